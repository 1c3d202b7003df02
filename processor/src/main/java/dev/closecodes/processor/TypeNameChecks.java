package dev.closecodes.processor;

import dev.closecodes.processor.Declarations.TableDeclaration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks that no other table of this round, and no existing type, has the names a table generates. One for each
 * round, since it remembers the names each table claims.
 */
final class TypeNameChecks {
    private final Reporter reporter;
    private final Elements elements;
    private final Map<String, TypeElement> claimed = new HashMap<>();

    TypeNameChecks(Reporter reporter, Elements elements) {
        this.reporter = reporter;
        this.elements = elements;
    }

    void check(TableDeclaration declaration, TypeNames names) {
        TypeElement table = declaration.element();
        Position position = declaration.prefixPosition();
        // Two tables with the same package and prefix clash in all three names: say so once.
        TypeElement other = claimed.putIfAbsent(names.code().canonicalName(), table);
        if (other != null && other != table) {
            reporter.report(Problem.NAME_CLASH_TABLES, position, other.getQualifiedName(), table.getQualifiedName(),
                    names.code().simpleName(), names.range().simpleName(), names.event().simpleName(),
                    otherPrefix(table, names));
            return;
        }
        for (String name : List.of(names.code().canonicalName(), names.range().canonicalName(),
                names.event().canonicalName())) {
            TypeElement existing = elements.getTypeElement(name);
            // A type this processor generated in an earlier build may be seen again; only a user's type clashes.
            if (existing != null && !Mirrors.has(existing, GeneratedFiles.MARKER.canonicalName())) {
                reporter.report(Problem.NAME_TAKEN, position, name);
            }
        }
    }

    /** A prefix to suggest to a table whose generated names clash with another table's. */
    private static String otherPrefix(TypeElement table, TypeNames clashing) {
        String prefix = TypeNames.defaultPrefix(table.getSimpleName().toString());
        if (table.getEnclosingElement() instanceof TypeElement outer) {
            prefix = outer.getSimpleName() + prefix;
        }
        return clashing.code().simpleName().equals(prefix + "CloseCode") ? prefix + "Other" : prefix;
    }
}
