package dev.closecodes.processor;

import static dev.closecodes.processor.Annotations.CODE_TARGET;
import static dev.closecodes.processor.Annotations.RANGE_TARGET;

import dev.closecodes.Reconnect;
import dev.closecodes.processor.Declarations.CodeDeclaration;
import dev.closecodes.processor.Declarations.OverrideDeclaration;
import dev.closecodes.processor.Declarations.RangeDeclaration;
import dev.closecodes.processor.Declarations.TableDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * Checks the {@code @ReconnectOverride}s of a table and of the interfaces it extends, and gives the model the advice
 * they make: each override names one code or range that its interface inherits and does not declare itself, once.
 *
 * <p>The advice of a range is its override, else its own {@code reconnect}, else its enclosing range's; the advice
 * of a code is its override, else its own, else its innermost range's. So a range's override reaches the codes and
 * ranges inside it that give no advice of their own, and never a table's own code or range. Where two interfaces
 * that do not extend each other override the same code or range differently, the table must decide.
 */
final class OverrideChecks {
    private final Reporter reporter;

    OverrideChecks(Reporter reporter) {
        this.reporter = reporter;
    }

    /** An override that passed its checks. */
    private record Valid(OverrideDeclaration declaration, AdviceTarget target, Reconnect advice) {}

    /**
     * Checks the table's overrides and applies them to its checked ranges and codes.
     *
     * @param table the declarations
     * @param ranges the ranges that passed their checks, outer first, with their declared advice
     * @param codes the codes that passed their checks, with their declared advice
     * @return the ranges and codes with the advice the table gives them, in the same order
     */
    Advised check(TableDeclaration table, List<Range> ranges, List<Code> codes) {
        List<Valid> valid = new ArrayList<>();
        for (TypeElement owner : table.interfaces()) {
            valid.addAll(checkOwn(table, owner));
        }
        AdviceResolver resolver = new AdviceResolver(table, ranges);
        for (Valid override : valid) {
            TypeElement owner = override.declaration().owner();
            if (!override.declaration().position().element().equals(owner)) {
                // An interface from a class file: its warnings were its own build's, and must not fail this one.
                continue;
            }
            Map<AdviceTarget, Reconnect> inherited = effective(table, valid, strictSupertypes(owner), null);
            Reconnect before = resolver.advice(override.target(), inherited);
            if (before == override.advice()) {
                reporter.report(Problem.OVERRIDE_REDUNDANT, override.declaration().position().at(Annotations.RECONNECT),
                        owner.getSimpleName(), describe(override.target(), table), override.advice());
            }
        }
        Set<String> all = new HashSet<>();
        table.interfaces().forEach(type -> all.add(type.getQualifiedName().toString()));
        Map<AdviceTarget, Reconnect> effective = effective(table, valid, all, reporter);
        List<Range> advisedRanges = new ArrayList<>();
        for (Range range : ranges) {
            advisedRanges.add(new Range(range.name(), range.from(), range.to(), range.title(), range.description(),
                    range.sendable(), resolver.rangeAdvice(range, effective), range.translations()));
        }
        List<Code> advisedCodes = new ArrayList<>();
        for (Code code : codes) {
            advisedCodes.add(new Code(code.name(), code.value(), code.title(), code.description(), code.sendable(),
                    resolver.codeAdvice(code.value(), effective), code.aliases(), code.translations()));
        }
        return new Advised(advisedRanges, advisedCodes);
    }

    /**
     * The ranges and codes of a table with the advice it gives them.
     *
     * @param ranges outer first
     * @param codes in the order they were given
     */
    record Advised(List<Range> ranges, List<Code> codes) {}

    /** Checks the overrides written on {@code owner} and returns those that name something it may override. */
    private List<Valid> checkOwn(TableDeclaration table, TypeElement owner) {
        Set<String> inherited = strictSupertypes(owner);
        Set<AdviceTarget> seen = new HashSet<>();
        List<Valid> valid = new ArrayList<>();
        for (OverrideDeclaration override : table.overrides()) {
            if (!override.owner().equals(owner)) {
                continue;
            }
            if (override.erroneous()) {
                reporter.alreadyReported();
                continue;
            }
            String ownerName = owner.getSimpleName().toString();
            if (override.code().isEmpty() && override.range().isEmpty()) {
                reporter.report(Problem.OVERRIDE_NO_TARGET, override.position(), ownerName);
                continue;
            }
            if (override.code().isPresent() && override.range().isPresent()) {
                reporter.report(Problem.OVERRIDE_BOTH_TARGETS, override.position().at(RANGE_TARGET), ownerName,
                        override.code().get(), override.range().get());
                continue;
            }
            AdviceTarget target = AdviceTarget.of(override);
            boolean known = target.code() != null
                    ? checkCode(table, override, owner, inherited, target.code())
                    : checkRange(table, override, owner, inherited, target.range());
            if (!known) {
                continue;
            }
            if (!seen.add(target)) {
                reporter.report(Problem.OVERRIDE_TWICE, override.position().at(target.code() != null ? CODE_TARGET
                        : RANGE_TARGET), ownerName, describe(target, table));
                continue;
            }
            valid.add(new Valid(override, target, Reconnect.valueOf(override.reconnect())));
        }
        return valid;
    }

    private boolean checkCode(TableDeclaration table, OverrideDeclaration override, TypeElement owner,
            Set<String> inherited, int value) {
        Position position = override.position().at(CODE_TARGET);
        List<CodeDeclaration> declared = table.codes().stream()
                .filter(code -> code.isReadable() && code.value() == value)
                .collect(Collectors.toList());
        Optional<CodeDeclaration> own = declared.stream().filter(code -> code.owner().equals(owner)).findFirst();
        if (own.isPresent()) {
            reporter.report(Problem.OVERRIDE_OWN_CODE, position, owner.getSimpleName(), value, own.get().name(),
                    override.reconnect());
            return false;
        }
        if (declared.stream().noneMatch(code -> inherited.contains(code.owner().getQualifiedName().toString()))) {
            Optional<CodeDeclaration> nearest = table.codes().stream()
                    .filter(code -> code.isReadable() && inherited.contains(code.owner().getQualifiedName().toString()))
                    .min(Comparator.comparingInt((CodeDeclaration code) -> Math.abs(code.value() - value))
                            .thenComparingInt(CodeDeclaration::value));
            reporter.report(Problem.OVERRIDE_UNKNOWN_CODE, position, owner.getSimpleName(), value,
                    nearest.map(code -> code.value() + " (" + code.owner().getSimpleName() + "." + code.name() + ")")
                            .orElse("1011 (StandardCloseCodes.INTERNAL_ERROR) once it extends StandardCloseCodes"));
            return false;
        }
        return true;
    }

    private boolean checkRange(TableDeclaration table, OverrideDeclaration override, TypeElement owner,
            Set<String> inherited, String name) {
        Position position = override.position().at(RANGE_TARGET);
        Optional<RangeDeclaration> own = table.ranges().stream()
                .filter(range -> range.owner().equals(owner) && range.name().equals(name)).findFirst();
        if (own.isPresent()) {
            reporter.report(Problem.OVERRIDE_OWN_RANGE, position, owner.getSimpleName(), name, override.reconnect());
            return false;
        }
        List<String> names = table.ranges().stream()
                .filter(range -> inherited.contains(range.owner().getQualifiedName().toString()))
                .map(RangeDeclaration::name)
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().collect(Collectors.toList());
        if (!names.contains(name)) {
            reporter.report(Problem.OVERRIDE_UNKNOWN_RANGE, position, owner.getSimpleName(), name,
                    String.join(", ", names));
            return false;
        }
        return true;
    }

    /**
     * The overrides in force for the interfaces {@code among}: for each target, the override of an interface that
     * no other overriding interface among them extends. Two such that disagree are reported, if {@code reporter}
     * is given, and neither applies.
     */
    private static Map<AdviceTarget, Reconnect> effective(TableDeclaration table, List<Valid> valid, Set<String> among,
            Reporter reporter) {
        Map<AdviceTarget, List<Valid>> byTarget = new LinkedHashMap<>();
        for (Valid override : valid) {
            if (among.contains(override.declaration().owner().getQualifiedName().toString())) {
                byTarget.computeIfAbsent(override.target(), key -> new ArrayList<>()).add(override);
            }
        }
        Map<AdviceTarget, Reconnect> effective = new HashMap<>();
        for (Map.Entry<AdviceTarget, List<Valid>> entry : byTarget.entrySet()) {
            List<Valid> candidates = entry.getValue();
            List<Valid> mostDerived = candidates.stream()
                    .filter(candidate -> candidates.stream().noneMatch(other -> other != candidate
                            && strictSupertypes(other.declaration().owner())
                                    .contains(candidate.declaration().owner().getQualifiedName().toString())))
                    .collect(Collectors.toList());
            Set<Reconnect> advice = mostDerived.stream().map(Valid::advice).collect(Collectors.toSet());
            if (advice.size() == 1) {
                effective.put(entry.getKey(), advice.iterator().next());
            } else if (reporter != null) {
                Valid first = mostDerived.get(0);
                Valid second = mostDerived.stream().filter(other -> other.advice() != first.advice()).findFirst()
                        .orElseThrow();
                reporter.report(Problem.OVERRIDE_CONFLICT, table.position(), table.element().getSimpleName(),
                        describe(entry.getKey(), table), first.advice(), first.declaration().owner().getSimpleName(),
                        second.advice(), second.declaration().owner().getSimpleName());
            }
        }
        return effective;
    }

    /** The qualified names of the interfaces {@code type} extends, directly or not, without {@code type}. */
    private static Set<String> strictSupertypes(TypeElement type) {
        Set<String> names = new HashSet<>();
        for (TypeElement supertype : TableReader.supertypesFirst(type)) {
            if (!supertype.equals(type)) {
                names.add(supertype.getQualifiedName().toString());
            }
        }
        return names;
    }

    /** How messages name a target: {@code 1011 (INTERNAL_ERROR)} or {@code LIBRARIES (3000-3999)}. */
    private static String describe(AdviceTarget target, TableDeclaration table) {
        if (target.code() != null) {
            return target.code() + table.codes().stream()
                    .filter(code -> code.isReadable() && code.value().equals(target.code())).findFirst()
                    .map(code -> " (" + code.name() + ")").orElse("");
        }
        return target.range() + table.ranges().stream().filter(range -> range.name().equals(target.range()))
                .findFirst().map(range -> " (" + range.from() + "-" + range.to() + ")").orElse("");
    }
}
