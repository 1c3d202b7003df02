package dev.closecodes.processor;

import static dev.closecodes.processor.Annotations.ALIASES;
import static dev.closecodes.processor.Annotations.CODE_TARGET;
import static dev.closecodes.processor.Annotations.DESCRIPTION;
import static dev.closecodes.processor.Annotations.FROM;
import static dev.closecodes.processor.Annotations.LOCALE;
import static dev.closecodes.processor.Annotations.NAME;
import static dev.closecodes.processor.Annotations.PREFIX;
import static dev.closecodes.processor.Annotations.RANGE_TARGET;
import static dev.closecodes.processor.Annotations.RECONNECT;
import static dev.closecodes.processor.Annotations.SENDABLE;
import static dev.closecodes.processor.Annotations.TITLE;
import static dev.closecodes.processor.Annotations.TO;
import static dev.closecodes.processor.Annotations.TRANSLATIONS;

import dev.closecodes.processor.Declarations.CodeDeclaration;
import dev.closecodes.processor.Declarations.OverrideDeclaration;
import dev.closecodes.processor.Declarations.RangeDeclaration;
import dev.closecodes.processor.Declarations.TableDeclaration;
import dev.closecodes.processor.Declarations.TranslationDeclaration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads what a table declares, its prefix and its own and its supertypes' codes, ranges and reconnect overrides,
 * from annotation mirrors into plain values that keep their positions ({@link Declarations}). It reads interfaces
 * from source and from class files alike, and checks nothing: that is the checking phase's work, which starts at
 * {@link TableChecker}.
 */
final class TableReader {
    private final Predicate<TypeElement> inSource;

    /**
     * @param inSource tells whether a type is compiled in this run; problems in other types are reported on the
     *     table, since javac can point at no line of a class file
     */
    TableReader(Predicate<TypeElement> inSource) {
        this.inSource = inSource;
    }

    TableDeclaration read(TypeElement table) {
        AnnotationMirror annotation = Mirrors.find(table, Annotations.TABLE).get(0);
        Position position = Position.of(table, annotation);
        List<TypeElement> interfaces = supertypesFirst(table);
        List<CodeDeclaration> codes = new ArrayList<>();
        List<RangeDeclaration> ranges = new ArrayList<>();
        List<OverrideDeclaration> overrides = new ArrayList<>();
        for (TypeElement type : interfaces) {
            for (WrittenAnnotation range : rangeMirrors(type)) {
                ranges.add(readRange(table, type, range.mirror(), range.position()));
            }
            for (WrittenAnnotation override : overrideMirrors(type)) {
                overrides.add(readOverride(table, type, override.mirror(), override.position()));
            }
            for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                for (AnnotationMirror mirror : Mirrors.find(field, Annotations.CODE)) {
                    codes.add(readCode(table, type, field, mirror));
                }
            }
        }
        List<VariableElement> unannotated = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(table.getEnclosedElements())) {
            if (field.asType().getKind() == TypeKind.INT && !Mirrors.has(field, Annotations.CODE)) {
                unannotated.add(field);
            }
        }
        return new TableDeclaration(table, position, Mirrors.string(annotation, PREFIX), position.at(PREFIX),
                interfaces, codes, ranges, overrides, unannotated);
    }

    /** Returns {@code type} and every interface it extends, each once, with every supertype before its subtypes. */
    static List<TypeElement> supertypesFirst(TypeElement type) {
        Set<String> seen = new HashSet<>();
        Deque<TypeElement> pending = new ArrayDeque<>();
        pending.add(type);
        List<TypeElement> order = new ArrayList<>();
        while (!pending.isEmpty()) {
            TypeElement next = pending.removeFirst();
            if (!seen.add(next.getQualifiedName().toString())) {
                continue;
            }
            order.add(next);
            for (TypeMirror supertype : next.getInterfaces()) {
                if (supertype instanceof DeclaredType declared
                        && declared.asElement() instanceof TypeElement element
                        && element.getKind() == ElementKind.INTERFACE) {
                    pending.addLast(element);
                }
            }
        }
        // Breadth-first from the table, reversed: a type always comes after every type it extends, unless two
        // paths of different lengths reach it, where only the order of reports depends on it.
        Collections.reverse(order);
        return order;
    }

    /** Tells whether {@code type} is or extends {@code StandardCloseCodes}. */
    static boolean extendsStandard(TypeElement type) {
        return supertypesFirst(type).stream()
                .anyMatch(supertype -> supertype.getQualifiedName().contentEquals(Annotations.STANDARD));
    }

    /**
     * A repeatable annotation ({@code @CloseCodeRange}, {@code @ReconnectOverride}) written on a type, alone or
     * repeated, with its position.
     */
    record WrittenAnnotation(AnnotationMirror mirror, Position position) {}

    /** The ranges written on {@code type}, each with its position. */
    static List<WrittenAnnotation> rangeMirrors(TypeElement type) {
        return repeatable(type, Annotations.RANGE, Annotations.RANGES);
    }

    /** The reconnect overrides written on {@code type}, each with its position. */
    static List<WrittenAnnotation> overrideMirrors(TypeElement type) {
        return repeatable(type, Annotations.OVERRIDE, Annotations.OVERRIDES);
    }

    private static List<WrittenAnnotation> repeatable(TypeElement type, String annotation, String container) {
        List<WrittenAnnotation> mirrors = new ArrayList<>();
        for (AnnotationMirror mirror : Mirrors.find(type, annotation)) {
            mirrors.add(new WrittenAnnotation(mirror, Position.of(type, mirror)));
        }
        for (AnnotationMirror holder : Mirrors.find(type, container)) {
            List<AnnotationMirror> repeated = Mirrors.list(holder, Annotations.VALUE, AnnotationMirror.class);
            for (int i = 0; i < repeated.size(); i++) {
                mirrors.add(new WrittenAnnotation(repeated.get(i),
                        Position.repeated(type, repeated.get(i), annotation, i)));
            }
        }
        return mirrors;
    }

    private Position position(TypeElement table, TypeElement owner, Position position) {
        return inSource.test(owner) ? position : Position.of(table);
    }

    private CodeDeclaration readCode(TypeElement table, TypeElement owner, VariableElement field,
            AnnotationMirror mirror) {
        Position position = position(table, owner, Position.of(field, mirror));
        Position fieldPosition = position.mirror() == null ? position : Position.of(field);
        List<String> aliases = new ArrayList<>();
        List<Position> aliasPositions = new ArrayList<>();
        for (AnnotationValue alias : Mirrors.list(mirror, ALIASES, AnnotationValue.class)) {
            if (alias.getValue() instanceof String text) {
                aliases.add(text);
                aliasPositions.add(position.at(alias));
            }
        }
        return new CodeDeclaration(
                field,
                owner,
                position,
                fieldPosition,
                field.getConstantValue() instanceof Integer code ? code : null,
                Mirrors.string(mirror, TITLE),
                Mirrors.string(mirror, DESCRIPTION),
                Mirrors.bool(mirror, SENDABLE),
                enumNames(mirror, RECONNECT),
                aliases,
                aliasPositions,
                translations(position, mirror),
                Mirrors.hasErrors(mirror));
    }

    private RangeDeclaration readRange(TypeElement table, TypeElement owner, AnnotationMirror mirror,
            Position written) {
        Position position = position(table, owner, written);
        return new RangeDeclaration(
                owner,
                position,
                Mirrors.string(mirror, NAME),
                Mirrors.integer(mirror, FROM),
                Mirrors.integer(mirror, TO),
                Mirrors.string(mirror, TITLE),
                Mirrors.string(mirror, DESCRIPTION),
                Mirrors.bool(mirror, SENDABLE),
                enumNames(mirror, RECONNECT),
                translations(position, mirror),
                Mirrors.hasErrors(mirror));
    }

    private OverrideDeclaration readOverride(TypeElement table, TypeElement owner, AnnotationMirror mirror,
            Position written) {
        Position position = position(table, owner, written);
        Object reconnect = Mirrors.value(mirror, RECONNECT);
        return new OverrideDeclaration(
                owner,
                position,
                Mirrors.explicitValue(mirror, CODE_TARGET) == null ? Optional.empty()
                        : Optional.of(Mirrors.integer(mirror, CODE_TARGET)),
                Mirrors.explicitValue(mirror, RANGE_TARGET) == null ? Optional.empty()
                        : Optional.of(Mirrors.string(mirror, RANGE_TARGET)),
                reconnect instanceof VariableElement constant ? constant.getSimpleName().toString() : "",
                Mirrors.hasErrors(mirror) || !(reconnect instanceof VariableElement));
    }

    /** The names of the enum constants of an array attribute. */
    private static List<String> enumNames(AnnotationMirror mirror, String attribute) {
        List<String> names = new ArrayList<>();
        for (VariableElement constant : Mirrors.list(mirror, attribute, VariableElement.class)) {
            names.add(constant.getSimpleName().toString());
        }
        return names;
    }

    private static List<TranslationDeclaration> translations(Position owner, AnnotationMirror mirror) {
        List<TranslationDeclaration> translations = new ArrayList<>();
        List<AnnotationMirror> written = Mirrors.list(mirror, TRANSLATIONS, AnnotationMirror.class);
        for (int i = 0; i < written.size(); i++) {
            AnnotationMirror translation = written.get(i);
            translations.add(new TranslationDeclaration(
                    owner.nested(translation, TRANSLATIONS, i),
                    Mirrors.string(translation, LOCALE),
                    Mirrors.string(translation, TITLE),
                    Mirrors.string(translation, DESCRIPTION)));
        }
        return translations;
    }
}
