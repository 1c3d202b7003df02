package dev.closecodes.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The rules for the names that a table's codes and ranges give the constants of the generated enums.
 *
 * <p>A constant of an enum is in scope in the whole enum, and as the first word of an expression it hides any type
 * or package of the same name. The writers keep out of its way: they give their own fields, nested classes and
 * parameters names that no constant has ({@link MemberNames}), and JavaPoet writes a type whose simple name a
 * constant has in full ({@code java.util.Optional.empty()}). What no writer can avoid is reported here: javac's own
 * {@code $VALUES}; a constant called like the first part of a package that the enum must then write in full
 * ({@code java} beside {@code Optional}); and, in the unnamed package, where there is no full name, a constant
 * called like a type the enum names.
 */
final class ConstantNames {
    /** The field javac declares in every enum for {@code values()}. */
    static final String JAVAC_VALUES = "$VALUES";

    private ConstantNames() {}

    /**
     * Tells whether {@code name} can be a Java identifier in generated code and reads as what it is: an identifier,
     * not a keyword or literal, and with none of the invisible characters that Java ignores inside identifiers.
     */
    static boolean isPlainIdentifier(String name) {
        return SourceVersion.isIdentifier(name)
                && !SourceVersion.isKeyword(name)
                && name.codePoints().noneMatch(Character::isIdentifierIgnorable);
    }

    /**
     * A name that cannot be a constant of an enum whose other constants are what they are.
     *
     * @param name the constant that cannot be
     * @param type the type that the enum names in an expression
     * @param other for a package hidden, the constant that makes the enum write {@code type} in full; for a type
     *     hidden, null
     */
    record Clash(String name, ClassName type, String other) {
        boolean hidesPackage() {
            return other != null;
        }
    }

    /**
     * Returns the clashes among {@code constants}, the names of one enum's constants, given the types that the enum
     * names as the first word of an expression.
     */
    static List<Clash> clashes(Set<String> constants, Collection<ClassName> typesInExpressions) {
        List<Clash> clashes = new ArrayList<>();
        for (ClassName type : typesInExpressions) {
            if (!constants.contains(type.simpleName())) {
                continue;
            }
            if (type.packageName().isEmpty()) {
                clashes.add(new Clash(type.simpleName(), type, null));
            } else {
                String root = type.packageName().split("\\.", 2)[0];
                if (constants.contains(root)) {
                    clashes.add(new Clash(root, type, type.simpleName()));
                }
            }
        }
        return clashes;
    }
}
