package dev.closecodes.processor;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * The names that a table's constants and ranges may not take, because the generated enums already use them, and
 * the rule for names that become Java identifiers in generated code.
 *
 * <p>A constant of an enum shares its scope with the enum's fields and shadows every type that the enum's code
 * names by its simple name: a code called {@code Locale} would turn {@code Locale.ROOT} into a field access on
 * that constant. The lists here follow what {@link CloseCodeEnumWriter} and {@link CloseCodeRangeWriter} write;
 * a test checks them against the fields those writers generate.
 */
final class GeneratedNames {
    /** The private fields of the code enum. */
    static final java.util.List<String> CODE_ENUM_FIELDS = java.util.List.of(
            "FIRST_CODE", "BY_CODE", "BY_NAME", "code", "sendable", "reconnect", "title", "description", "aliases",
            "asOptional");

    /** The private fields of the range enum, and the constant it adds. */
    static final java.util.List<String> RANGE_ENUM_FIELDS = java.util.List.of(
            "OUT_OF_RANGE", "LIMIT", "INNERMOST", "SENDABLE", "from", "to", "sendable", "reconnect", "title",
            "description");

    /** The types the code enum's code names by their simple names, as an expression's first word. */
    private static final Map<String, String> CODE_ENUM_TYPES = Map.of(
            "Reconnect", "dev.closecodes.Reconnect",
            "LocalizedText", "dev.closecodes.LocalizedText",
            "Locale", "java.util.Locale",
            "List", "java.util.List",
            "Map", "java.util.Map",
            "Optional", "java.util.Optional");

    /** The types the range enum's code names by their simple names, as an expression's first word. */
    private static final Map<String, String> RANGE_ENUM_TYPES = Map.of(
            "Reconnect", "dev.closecodes.Reconnect",
            "LocalizedText", "dev.closecodes.LocalizedText",
            "Integer", "java.lang.Integer",
            "Arrays", "java.util.Arrays");

    /** javac's own field of every enum. */
    private static final String VALUES = "$VALUES";

    private GeneratedNames() {}

    /**
     * Tells whether {@code name} can be a Java identifier in generated code and reads as what it is: an identifier,
     * not a keyword or literal, and with none of the invisible characters that Java ignores inside identifiers.
     */
    static boolean isPlainIdentifier(String name) {
        return SourceVersion.isIdentifier(name)
                && !SourceVersion.isKeyword(name)
                && name.codePoints().noneMatch(Character::isIdentifierIgnorable);
    }

    /** Returns why {@code name} cannot be a constant of the code enum, if it cannot. */
    static Optional<String> inCodeEnum(String name, TypeNames names) {
        if (CODE_ENUM_FIELDS.contains(name)) {
            return Optional.of("the enum has a private field of that name");
        }
        if (name.equals(VALUES)) {
            return Optional.of("javac declares a hidden field of that name in every enum");
        }
        if (name.equals(names.range().simpleName())) {
            return Optional.of("the enum refers to " + names.range().canonicalName() + " by that name");
        }
        return Optional.ofNullable(CODE_ENUM_TYPES.get(name)).map(type -> "the enum refers to " + type + " by that name");
    }

    /** Returns why {@code name} cannot be a constant of the range enum, if it cannot. */
    static Optional<String> inRangeEnum(String name, TypeNames names) {
        if (name.equals("OUT_OF_RANGE")) {
            return Optional.of("the enum declares it for the codes outside every range");
        }
        if (RANGE_ENUM_FIELDS.contains(name)) {
            return Optional.of("the enum has a private field of that name");
        }
        if (name.equals(VALUES)) {
            return Optional.of("javac declares a hidden field of that name in every enum");
        }
        if (name.equals(names.code().simpleName())) {
            return Optional.of("the enum refers to " + names.code().canonicalName() + " by that name");
        }
        return Optional.ofNullable(RANGE_ENUM_TYPES.get(name))
                .map(type -> "the enum refers to " + type + " by that name");
    }
}
