package dev.closecodes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain|\"plain\"",
        "say \"hi\"|\"say \\\"hi\\\"\"",
        "back\\slash|\"back\\\\slash\"",
        "\\u000a|\"\\\\u000a\"",
        "$1 and $L|\"$1 and $L\"",
        "*/ end|\"*/ end\"",
        "日本語|\"日本語\"",
        "😀|\"😀\"",
    })
    void literalKeepsTextExactAndInert(String text, String expected) {
        assertEquals(expected, JavaText.literal(text));
    }

    @Test
    void literalEscapesLineTerminatorsControlsAndInvisibleCharacters() {
        assertEquals("\"a\\nb\\rc\\td\"", JavaText.literal("a\nb\rc\td"));
        assertEquals("\"\\000\\037\\177\"", JavaText.literal("\u0000\u001f\u007f"));
        assertEquals("\"\\u202Eevil\\u200F\"", JavaText.literal("\u202Eevil\u200F"));
        assertEquals("\"\\u2028\"", JavaText.literal("\u2028"));
        // javac reads a backslash after an unpaired high surrogate as starting a unicode escape, so the literal
        // ends there.
        assertEquals("\"\\uD800\" + \"x\"", JavaText.literal("\uD800x"));
    }

    @Test
    void javadocEscapesMarkupAndCommentEnds() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more",
                JavaText.javadoc("<script>alert(1)</script> & more"));
        assertEquals("ends *&#47; here, /* starts", JavaText.javadoc("ends */ here, /* starts"));
        assertEquals("&#64;return {&#64;code x}", JavaText.javadoc("@return {@code x}"));
        assertEquals("&#92;u002a/", JavaText.javadoc("\\u002a/"), "the backslash is what matters");
        assertEquals("line\nnext\nlast", JavaText.javadoc("line\r\nnext\rlast"));
        assertEquals("&#x202E;", JavaText.javadoc("\u202E"));
        assertFalse(JavaText.javadoc("\\u000a").contains("\\"), "no backslash may start a unicode escape");
    }

    @Test
    void wrapsLongJavadocLinesAtSpacesOutsideInlineTags() {
        String source = "/**\n"
                + " * one two {@link Some#long(String)} three four five\n"
                + " * @return the six seven eight\n"
                + " */\n"
                + "int x = 1; // a long code line is not javadoc and stays as it is\n";
        assertEquals("/**\n"
                + " * one two\n"
                + " * {@link Some#long(String)}\n"
                + " * three four\n"
                + " * five\n"
                + " * @return the\n"
                + " *     six\n"
                + " *     seven\n"
                + " *     eight\n"
                + " */\n"
                + "int x = 1; // a long code line is not javadoc and stays as it is\n", JavaText.wrapJavadoc(source, 14));
    }

    @Test
    void neverStartsALineWithABlockTagNorBreaksAWordThatDoesNotFit() {
        String source = "/**\n * a {@code x} @b c averyveryverylongword d\n */\n";
        assertEquals("/**\n * a\n * {@code x} @b\n * c\n * averyveryverylongword\n * d\n */\n",
                JavaText.wrapJavadoc(source, 8));
    }
}
