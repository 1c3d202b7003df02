package dev.closecodes.processor;

import dev.closecodes.processor.Declarations.TableDeclaration;
import java.util.List;
import java.util.Optional;
import javax.lang.model.util.Elements;

/**
 * The checking phase: runs every check on a table's declarations and builds the model from what passes. Every
 * problem is reported; the table yields a model only if none of them is an error. This is the one place that asks.
 */
final class TableChecker {
    private final Reporter reporter;
    private final ShapeChecks shape;
    private final TypeNameChecks typeNames;
    private final RangeChecks ranges;
    private final CodeChecks codes;
    private final FromNameChecks fromName;
    private final OverrideChecks overrides;

    /** A checker for one round, which also checks that no two of its tables generate the same types. */
    TableChecker(Reporter reporter, Elements elements) {
        TextChecks texts = new TextChecks(reporter);
        this.reporter = reporter;
        this.shape = new ShapeChecks(reporter);
        this.typeNames = new TypeNameChecks(reporter, elements);
        this.ranges = new RangeChecks(reporter, texts);
        this.codes = new CodeChecks(reporter, texts);
        this.fromName = new FromNameChecks(reporter);
        this.overrides = new OverrideChecks(reporter);
    }

    /** Checks the table and returns its model, or nothing if an error was reported. */
    Optional<Table> check(TableDeclaration table) {
        int errorsBefore = reporter.errors();
        if (!shape.checkInterface(table)) {
            return Optional.empty();
        }
        Optional<String> prefix = shape.prefix(table);
        shape.checkType(table);
        shape.checkUnannotated(table);
        // With a prefix that makes no type names, the names the generated types would use are the default prefix's.
        TypeNames names = TypeNames.of(ShapeChecks.packageOf(table.element()),
                prefix.orElse(TypeNames.defaultPrefix(table.element().getSimpleName().toString())));
        List<Range> checkedRanges = ranges.check(table.ranges(), names);
        List<Code> checkedCodes = codes.check(table.codes(), checkedRanges, names);
        OverrideChecks.Advised advised = overrides.check(table, checkedRanges, checkedCodes);
        fromName.check(table.codes());
        if (prefix.isPresent()) {
            typeNames.check(table, names);
        }
        if (reporter.errors() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Table(table.element(), names, advised.codes(), advised.ranges()));
    }
}
