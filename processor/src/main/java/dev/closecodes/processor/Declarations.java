package dev.closecodes.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What a table declares, as written, before any check: what {@link TableReader} reads and the checking phase
 * checks. Each value keeps its position, so that a problem is reported where it was written.
 */
final class Declarations {
    private Declarations() {}

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
            return owner.getQualifiedName().contentEquals(Annotations.STANDARD);
        }

        /** Whether the declaration can be checked further: an int constant whose annotation javac could read. */
        boolean isReadable() {
            return value != null && !erroneous;
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
            return owner.getQualifiedName().contentEquals(Annotations.STANDARD);
        }

        String describe() {
            return owner.getSimpleName() + "." + name;
        }
    }

    /**
     * An {@code @ReconnectOverride} as written. {@code code} and {@code range} hold what the user wrote, nothing
     * where it was left out; {@code reconnect} is the name of the advice's constant. {@code erroneous} as for
     * {@link CodeDeclaration}, and also where the advice is missing.
     */
    record OverrideDeclaration(
            TypeElement owner,
            Position position,
            Optional<Integer> code,
            Optional<String> range,
            String reconnect,
            boolean erroneous) {}

    /**
     * Everything a table declares and inherits.
     *
     * @param element the annotated type
     * @param position the position of its {@code @CloseCodeTable}
     * @param prefix the prefix as written, {@code ""} if it was left out
     * @param prefixPosition the position of the prefix, or of the annotation if it was left out
     * @param interfaces the table and every interface it extends, each once, deepest supertypes first
     * @param codes the codes, in the order of {@code interfaces}
     * @param ranges the ranges, in the order of {@code interfaces}
     * @param overrides the reconnect overrides, in the order of {@code interfaces}
     * @param unannotated the table's own {@code int} fields without {@code @CloseCode}
     */
    record TableDeclaration(
            TypeElement element,
            Position position,
            String prefix,
            Position prefixPosition,
            List<TypeElement> interfaces,
            List<CodeDeclaration> codes,
            List<RangeDeclaration> ranges,
            List<OverrideDeclaration> overrides,
            List<VariableElement> unannotated) {}
}
