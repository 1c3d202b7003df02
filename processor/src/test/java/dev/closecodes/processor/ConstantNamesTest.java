package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules for the names that become constants of the generated enums. */
class ConstantNamesTest {
    private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    private static final ClassName RANGE = ClassName.get("", "ChatCloseCodeRange");

    @Test
    void plainIdentifiersHaveNoInvisibleCharacters() {
        assertThat(ConstantNames.isPlainIdentifier("CLOSE_NORMAL")).isTrue();
        assertThat(ConstantNames.isPlainIdentifier("Jeton_expiré")).isTrue();
        assertThat(ConstantNames.isPlainIdentifier("CLOSE\u200BNORMAL")).isFalse();
        assertThat(ConstantNames.isPlainIdentifier("class")).isFalse();
        assertThat(ConstantNames.isPlainIdentifier("_")).isFalse();
        assertThat(ConstantNames.isPlainIdentifier("close normal")).isFalse();
    }

    @Test
    void aPackageIsHiddenOnlyWhereATypeOfItMustBeWrittenInFull() {
        assertThat(ConstantNames.clashes(Set.of("java"), List.of(OPTIONAL))).isEmpty();
        assertThat(ConstantNames.clashes(Set.of("Optional"), List.of(OPTIONAL))).isEmpty();
        assertThat(ConstantNames.clashes(Set.of("java", "Optional"), List.of(OPTIONAL)))
                .containsExactly(new ConstantNames.Clash("java", OPTIONAL, "Optional"));
    }

    @Test
    void aTypeOfTheUnnamedPackageCannotBeWrittenInFull() {
        assertThat(ConstantNames.clashes(Set.of("ChatCloseCodeRange"), List.of(RANGE)))
                .containsExactly(new ConstantNames.Clash("ChatCloseCodeRange", RANGE, null));
    }

    @Test
    void membersTakeNamesNoConstantHas() {
        MemberNames names = new MemberNames(List.of("FIRST_CODE", "FIRST_CODE$", "Texts"));
        assertThat(names.claim("FIRST_CODE")).isEqualTo("FIRST_CODE$$");
        assertThat(names.claim("Texts")).isEqualTo("Texts$");
        assertThat(names.claim("BY_CODE")).isEqualTo("BY_CODE");
        assertThat(names.claim("BY_CODE")).isEqualTo("BY_CODE$");
    }
}
