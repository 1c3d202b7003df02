package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The names a table may not take keep up with the fields the writers generate. */
class GeneratedNamesTest {
    private static final TypeNames NAMES = TypeNames.of("p", "Chat");

    @Test
    void everyFieldOfTheGeneratedEnumsIsReserved() throws ClassNotFoundException {
        Compilation compilation = TableCompiler.compile(TableCompiler.chatTable(
                "@CloseCodeRange(name = \"AUTH\", from = 4000, to = 4099, title = \"Auth\", description = \"Auth.\")\n",
                TableCompiler.code("TOKEN_EXPIRED", 4001)));
        ClassLoader loader = HostileTextTest.loaderOf(compilation);

        for (String field : fields(loader.loadClass("p.ChatCloseCode"))) {
            assertWithMessage(field).that(GeneratedNames.inCodeEnum(field, NAMES).isPresent()).isTrue();
        }
        for (String field : fields(loader.loadClass("p.ChatCloseCodeRange"))) {
            assertWithMessage(field).that(GeneratedNames.inRangeEnum(field, NAMES).isPresent()).isTrue();
        }
        assertThat(GeneratedNames.inCodeEnum("$VALUES", NAMES).isPresent()).isTrue();
        assertThat(GeneratedNames.inRangeEnum("OUT_OF_RANGE", NAMES).isPresent()).isTrue();
        assertThat(GeneratedNames.inCodeEnum("TOKEN_EXPIRED", NAMES).isPresent()).isFalse();
        assertThat(GeneratedNames.inRangeEnum("AUTH", NAMES).isPresent()).isFalse();
    }

    /** The fields a generated enum declares besides its constants and javac's own. */
    private static List<String> fields(Class<?> type) {
        return Stream.of(type.getDeclaredFields())
                .filter(field -> !field.isEnumConstant() && !field.isSynthetic())
                .map(Field::getName)
                .collect(Collectors.toList());
    }

    @Test
    void plainIdentifiersHaveNoInvisibleCharacters() {
        assertThat(GeneratedNames.isPlainIdentifier("CLOSE_NORMAL")).isTrue();
        assertThat(GeneratedNames.isPlainIdentifier("Jeton_expiré")).isTrue();
        assertThat(GeneratedNames.isPlainIdentifier("CLOSE\u200BNORMAL")).isFalse();
        assertThat(GeneratedNames.isPlainIdentifier("class")).isFalse();
        assertThat(GeneratedNames.isPlainIdentifier("_")).isFalse();
        assertThat(GeneratedNames.isPlainIdentifier("close normal")).isFalse();
    }
}
