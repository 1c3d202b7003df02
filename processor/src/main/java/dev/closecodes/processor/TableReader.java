package dev.closecodes.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads what a table declares, its own and its supertypes' codes and ranges, from annotation mirrors into plain
 * values that keep their positions. It reads interfaces from source and from class files alike, and checks
 * nothing: that is {@link TableChecker}'s work.
 */
final class TableReader {
    static final String STANDARD = "dev.closecodes.StandardCloseCodes";
    static final String TABLE = "dev.closecodes.CloseCodeTable";
    static final String CODE = "dev.closecodes.CloseCode";
    static final String RANGE = "dev.closecodes.CloseCodeRange";
    static final String RANGES = "dev.closecodes.CloseCodeRanges";

    /** A translation as written. */
    record TranslationDeclaration(Position position, String locale, String title, String description) {}

    /**
     * An {@code @CloseCode} constant as written; {@code value} is null where the field is no int constant.
     * {@code position} is the annotation's, {@code fieldPosition} the field's, {@code aliasPositions} each alias's.
     * {@code erroneous} tells that javac found an error in one of the annotation's values and has reported it.
     */
    record CodeDeclaration(
            VariableElement field,
            TypeElement owner,
            Position position,
            Position fieldPosition,
            Integer value,
            String title,
            String description,
            boolean sendable,
            List<String> reconnect,
            List<String> aliases,
            List<Position> aliasPositions,
            List<TranslationDeclaration> translations,
            boolean erroneous) {

        String name() {
            return field.getSimpleName().toString();
        }

        boolean isStandard() {
            return owner.getQualifiedName().contentEquals(STANDARD);
        }

        /** How messages name the constant: {@code ChatCloseCodes.TOKEN_EXPIRED}. */
        String describe() {
            return owner.getSimpleName() + "." + name();
        }
    }

    /** An {@code @CloseCodeRange} as written; {@code erroneous} as for {@link CodeDeclaration}. */
    record RangeDeclaration(
            TypeElement owner,
            Position position,
            String name,
            int from,
            int to,
            String title,
            String description,
            boolean sendable,
            List<String> reconnect,
            List<TranslationDeclaration> translations,
            boolean erroneous) {

        boolean isStandard() {
            return owner.getQualifiedName().contentEquals(STANDARD);
        }

        String describe() {
            return owner.getSimpleName() + "." + name;
        }
    }

    /**
     * Everything a table declares and inherits.
     *
     * @param table the annotated interface
     * @param interfaces the table and every interface it extends, each once, deepest supertypes first
     * @param codes the codes, in the order of {@code interfaces}
     * @param ranges the ranges, in the order of {@code interfaces}
     */
    record Declarations(
            TypeElement table, List<TypeElement> interfaces, List<CodeDeclaration> codes,
                    List<RangeDeclaration> ranges) {}

    private final Predicate<TypeElement> inSource;

    /**
     * @param inSource tells whether a type is compiled in this run; problems in other types are reported on the
     *     table, since javac can point at no line of a class file
     */
    TableReader(Predicate<TypeElement> inSource) {
        this.inSource = inSource;
    }

    Declarations read(TypeElement table) {
        List<TypeElement> interfaces = supertypesFirst(table);
        List<CodeDeclaration> codes = new ArrayList<>();
        List<RangeDeclaration> ranges = new ArrayList<>();
        for (TypeElement type : interfaces) {
            for (Map.Entry<AnnotationMirror, Position> range : rangeMirrors(type)) {
                ranges.add(readRange(table, type, range.getKey(), range.getValue()));
            }
            for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                for (AnnotationMirror mirror : Mirrors.find(field, CODE)) {
                    codes.add(readCode(table, type, field, mirror));
                }
            }
        }
        return new Declarations(table, interfaces, codes, ranges);
    }

    /** Returns {@code type} and every interface it extends, each once, with every supertype before its subtypes. */
    static List<TypeElement> supertypesFirst(TypeElement type) {
        Map<String, TypeElement> seen = new LinkedHashMap<>();
        Deque<TypeElement> pending = new ArrayDeque<>();
        pending.add(type);
        List<TypeElement> order = new ArrayList<>();
        while (!pending.isEmpty()) {
            TypeElement next = pending.removeFirst();
            if (seen.putIfAbsent(next.getQualifiedName().toString(), next) != null) {
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
        java.util.Collections.reverse(order);
        return order;
    }

    /** The ranges written on {@code type}, each with its position. */
    static List<Map.Entry<AnnotationMirror, Position>> rangeMirrors(TypeElement type) {
        List<Map.Entry<AnnotationMirror, Position>> mirrors = new ArrayList<>();
        for (AnnotationMirror mirror : Mirrors.find(type, RANGE)) {
            mirrors.add(Map.entry(mirror, Position.of(type, mirror)));
        }
        for (AnnotationMirror container : Mirrors.find(type, RANGES)) {
            List<AnnotationMirror> repeated = Mirrors.annotations(container, "value");
            for (int i = 0; i < repeated.size(); i++) {
                mirrors.add(Map.entry(repeated.get(i), Position.repeated(type, repeated.get(i), RANGE, i)));
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
        Object constant = field.getConstantValue();
        List<String> aliases = new ArrayList<>();
        List<Position> aliasPositions = new ArrayList<>();
        for (javax.lang.model.element.AnnotationValue alias : Mirrors.list(mirror, "aliases")) {
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
                constant instanceof Integer code ? code : null,
                Mirrors.string(mirror, "title"),
                Mirrors.string(mirror, "description"),
                Mirrors.bool(mirror, "sendable"),
                Mirrors.enumNames(mirror, "reconnect"),
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
                Mirrors.string(mirror, "name"),
                Mirrors.integer(mirror, "from"),
                Mirrors.integer(mirror, "to"),
                Mirrors.string(mirror, "title"),
                Mirrors.string(mirror, "description"),
                Mirrors.bool(mirror, "sendable"),
                Mirrors.enumNames(mirror, "reconnect"),
                translations(position, mirror),
                Mirrors.hasErrors(mirror));
    }

    private static List<TranslationDeclaration> translations(Position owner, AnnotationMirror mirror) {
        List<TranslationDeclaration> translations = new ArrayList<>();
        List<AnnotationMirror> written = Mirrors.annotations(mirror, "translations");
        for (int i = 0; i < written.size(); i++) {
            AnnotationMirror translation = written.get(i);
            Position position = owner.nested(translation, "translations", i);
            translations.add(new TranslationDeclaration(
                    position,
                    Mirrors.string(translation, "locale"),
                    Mirrors.string(translation, "title"),
                    Mirrors.string(translation, "description")));
        }
        return translations;
    }
}
