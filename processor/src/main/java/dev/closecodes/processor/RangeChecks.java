package dev.closecodes.processor;

import static dev.closecodes.processor.Annotations.FROM;
import static dev.closecodes.processor.Annotations.NAME;
import static dev.closecodes.processor.Annotations.TO;

import dev.closecodes.Reconnect;
import dev.closecodes.processor.Declarations.RangeDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a table's ranges, own and inherited: names, bounds, nesting and text; and turns them into the model. */
final class RangeChecks {
    /** Ascending {@code from}, and an enclosing range before the ranges inside it. */
    private static final Comparator<RangeDeclaration> OUTER_FIRST = Comparator.comparingInt(RangeDeclaration::from)
            .thenComparing(Comparator.comparingInt(RangeDeclaration::to).reversed());

    private final Reporter reporter;
    private final TextChecks texts;

    RangeChecks(Reporter reporter, TextChecks texts) {
        this.reporter = reporter;
        this.texts = texts;
    }

    /** Returns the ranges that passed every check, outer first, with their advice resolved. */
    List<Range> check(List<RangeDeclaration> declared, TypeNames names) {
        List<RangeDeclaration> valid = new ArrayList<>();
        Map<String, RangeDeclaration> byName = new LinkedHashMap<>();
        for (RangeDeclaration range : declared) {
            if (range.erroneous()) {
                // javac has reported the error; what was read from the annotation would only mislead.
                reporter.alreadyReported();
                continue;
            }
            boolean ok = checkName(range, byName, names);
            ok &= checkBounds(range);
            ok &= texts.checkText(range.position(), range.describe(), range.title(), range.description());
            ok &= texts.checkReconnect(range.position(), range.describe(), range.reconnect());
            ok &= texts.checkTranslations(range.describe(), range.translations());
            if (ok) {
                valid.add(range);
            }
        }
        checkClashes(byName, names);
        checkNesting(valid);
        List<RangeDeclaration> sorted = new ArrayList<>(valid);
        sorted.sort(OUTER_FIRST);
        List<Range> ranges = new ArrayList<>();
        for (RangeDeclaration range : sorted) {
            Reconnect reconnect = range.reconnect().isEmpty()
                    ? innermost(ranges, range.from(), range.to()).map(Range::reconnect).orElse(Reconnect.NEVER)
                    : Reconnect.valueOf(range.reconnect().get(0));
            ranges.add(new Range(range.name(), range.from(), range.to(), range.title(), range.description(),
                    range.sendable(), reconnect, TextChecks.translations(range.translations())));
        }
        return ranges;
    }

    /** Returns the innermost of {@code ranges} (sorted outer first) that holds all of {@code from..to}. */
    static Optional<Range> innermost(List<Range> ranges, int from, int to) {
        Range found = null;
        for (Range range : ranges) {
            if (range.from() <= from && to <= range.to()) {
                found = range;
            }
        }
        return Optional.ofNullable(found);
    }

    private boolean checkName(RangeDeclaration range, Map<String, RangeDeclaration> byName, TypeNames names) {
        Position position = range.position().at(NAME);
        String enumName = names.range().simpleName();
        if (!ConstantNames.isPlainIdentifier(range.name())) {
            reporter.report(Problem.RANGE_NAME_NOT_IDENTIFIER, position, range.name());
            return false;
        }
        if (range.name().equals(CloseCodeRangeWriter.OUT_OF_RANGE)) {
            reporter.report(Problem.RANGE_NAME_OUT_OF_RANGE, position, range.name(), enumName);
            return false;
        }
        if (range.name().equals(ConstantNames.JAVAC_VALUES)) {
            reporter.report(Problem.RANGE_NAME_JAVAC, position, range.name(), enumName);
            return false;
        }
        RangeDeclaration earlier = byName.putIfAbsent(range.name(), range);
        if (earlier != null) {
            reporter.report(Problem.RANGE_NAME_TAKEN, position, range.name(), earlier.from(), earlier.to(),
                    earlier.owner().getSimpleName());
            return false;
        }
        return true;
    }

    /** Reports the names that no writer can keep from hiding a type or package the range enum names. */
    private void checkClashes(Map<String, RangeDeclaration> byName, TypeNames names) {
        for (ConstantNames.Clash clash
                : ConstantNames.clashes(byName.keySet(), CloseCodeRangeWriter.typesInExpressions(names))) {
            RangeDeclaration range = byName.get(clash.name());
            Position position = range.position().at(NAME);
            if (clash.hidesPackage()) {
                reporter.report(Problem.RANGE_NAME_HIDES_PACKAGE, position, clash.name(),
                        names.range().simpleName(), clash.type().canonicalName(), clash.other());
            } else {
                reporter.report(Problem.RANGE_NAME_HIDES_TYPE, position, clash.name(), names.range().simpleName(),
                        clash.type().canonicalName());
            }
        }
    }

    private boolean checkBounds(RangeDeclaration range) {
        if (range.from() > range.to()) {
            reporter.report(Problem.RANGE_INVERTED, range.position().at(FROM), range.name(), range.from(),
                    range.to());
            return false;
        }
        if (range.from() < 0 || range.to() > Limits.UNSIGNED_SHORT_MAX) {
            reporter.report(Problem.RANGE_OUT_OF_FRAME, range.position().at(range.from() < 0 ? FROM : TO),
                    range.name(), range.from(), range.to());
            return false;
        }
        if (!range.isStandard() && (range.from() < Limits.OWN_FROM || range.to() > Limits.OWN_TO)) {
            reporter.report(Problem.RANGE_RESERVED, range.position().at(range.from() < Limits.OWN_FROM ? FROM : TO),
                    range.name(), range.from(), range.to());
            return false;
        }
        return true;
    }

    /** Reports each range that partly overlaps or repeats an earlier one, once, at the first it collides with. */
    private void checkNesting(List<RangeDeclaration> ranges) {
        for (int j = 1; j < ranges.size(); j++) {
            RangeDeclaration later = ranges.get(j);
            for (int i = 0; i < j; i++) {
                RangeDeclaration earlier = ranges.get(i);
                boolean disjoint = later.to() < earlier.from() || earlier.to() < later.from();
                boolean laterInside = earlier.from() <= later.from() && later.to() <= earlier.to();
                boolean earlierInside = later.from() <= earlier.from() && earlier.to() <= later.to();
                if (laterInside && earlierInside) {
                    reporter.report(Problem.RANGE_SAME_BOUNDS, later.position().at(FROM), later.name(),
                            later.from(), later.to(), earlier.name(), earlier.owner().getSimpleName());
                    break;
                } else if (!disjoint && !laterInside && !earlierInside) {
                    reporter.report(Problem.RANGE_OVERLAP, later.position().at(FROM), later.name(), later.from(),
                            later.to(), earlier.name(), earlier.from(), earlier.to(), earlier.owner().getSimpleName());
                    break;
                }
            }
        }
    }
}
