package dev.closecodes.processor;

import static dev.closecodes.processor.Annotations.NAME;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks the {@code @CloseCode}, {@code @CloseCodeRange} and {@code @ReconnectOverride} annotations of a round that
 * no table reads: on classes, on interfaces that do not extend {@code StandardCloseCodes} (errors), and on
 * interfaces that could be tables but are not (a note). Each type is reported once: its declaration is the one mistake.
 */
final class StrayAnnotationChecks {
    private final Reporter reporter;
    private final Elements elements;

    StrayAnnotationChecks(Reporter reporter, Elements elements) {
        this.reporter = reporter;
        this.elements = elements;
    }

    /**
     * Checks the round's annotations outside tables.
     *
     * @param tables the tables of the round, whose supertypes need no note
     */
    void check(RoundEnvironment round, Collection<TypeElement> tables) {
        Set<String> bases = new HashSet<>();
        for (TypeElement table : tables) {
            TableReader.supertypesFirst(table).forEach(type -> bases.add(type.getQualifiedName().toString()));
        }
        Set<TypeElement> reported = new HashSet<>();
        checkCodes(round, bases, reported);
        checkRanges(round, reported);
        checkOverrides(round);
    }

    private void checkCodes(RoundEnvironment round, Set<String> bases, Set<TypeElement> reported) {
        TypeElement annotation = elements.getTypeElement(Annotations.CODE);
        if (annotation == null) {
            return;
        }
        List<VariableElement> fields = new ArrayList<>(ElementFilter.fieldsIn(
                round.getElementsAnnotatedWith(annotation)));
        fields.sort(Comparator.comparing(field -> field.getEnclosingElement().toString()));
        for (VariableElement field : fields) {
            TypeElement owner = (TypeElement) field.getEnclosingElement();
            // A table is checked as a whole; a table that is no interface is one error, not one per code.
            if (Mirrors.has(owner, Annotations.TABLE) || !reported.add(owner)) {
                continue;
            }
            Position position = Position.of(field, Mirrors.find(field, Annotations.CODE).get(0));
            if (owner.getKind() != ElementKind.INTERFACE) {
                reporter.report(Problem.CODE_OUTSIDE_INTERFACE, position, field.getSimpleName(),
                        Problem.kindOf(owner), owner.getSimpleName());
            } else if (!TableReader.extendsStandard(owner)) {
                reporter.report(Problem.CODE_NOT_IN_TABLE, position, field.getSimpleName(), owner.getSimpleName());
            } else if (!bases.contains(owner.getQualifiedName().toString())) {
                reporter.report(Problem.NOT_A_TABLE, Position.of(owner), owner.getQualifiedName(),
                        TypeNames.defaultPrefix(owner.getSimpleName().toString()));
            }
        }
    }

    /** Reports {@code @ReconnectOverride} on a type that no table can be or extend, once for each type. */
    private void checkOverrides(RoundEnvironment round) {
        Set<TypeElement> owners = new TreeSet<>(Comparator.comparing(type -> type.getQualifiedName().toString()));
        owners.addAll(Annotations.typesAnnotated(round, elements, Annotations.OVERRIDE));
        owners.addAll(Annotations.typesAnnotated(round, elements, Annotations.OVERRIDES));
        for (TypeElement owner : owners) {
            boolean tableLike = owner.getKind() == ElementKind.INTERFACE && TableReader.extendsStandard(owner);
            if (Mirrors.has(owner, Annotations.TABLE) || tableLike) {
                continue;
            }
            Position position = TableReader.overrideMirrors(owner).get(0).position();
            if (owner.getKind() != ElementKind.INTERFACE) {
                reporter.report(Problem.OVERRIDE_OUTSIDE_INTERFACE, position, owner.getSimpleName(),
                        Problem.kindWithArticle(owner));
            } else {
                reporter.report(Problem.OVERRIDE_NOT_IN_TABLE, position, owner.getSimpleName());
            }
        }
    }

    private void checkRanges(RoundEnvironment round, Set<TypeElement> reported) {
        Set<TypeElement> owners = new TreeSet<>(Comparator.comparing(type -> type.getQualifiedName().toString()));
        owners.addAll(Annotations.typesAnnotated(round, elements, Annotations.RANGE));
        owners.addAll(Annotations.typesAnnotated(round, elements, Annotations.RANGES));
        for (TypeElement owner : owners) {
            boolean tableLike = owner.getKind() == ElementKind.INTERFACE && TableReader.extendsStandard(owner);
            if (Mirrors.has(owner, Annotations.TABLE) || tableLike || !reported.add(owner)) {
                continue;
            }
            TableReader.WrittenAnnotation range = TableReader.rangeMirrors(owner).get(0);
            Position position = range.position().at(NAME);
            String name = Mirrors.string(range.mirror(), NAME);
            if (owner.getKind() != ElementKind.INTERFACE) {
                reporter.report(Problem.RANGE_OUTSIDE_INTERFACE, position, owner.getSimpleName(),
                        Problem.kindWithArticle(owner), name);
            } else {
                reporter.report(Problem.RANGE_NOT_IN_TABLE, position, name, owner.getSimpleName());
            }
        }
    }
}
