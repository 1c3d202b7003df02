package dev.closecodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CloseFramesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "bye", "é", "€uro", "😀 emoji", "日本語のテキスト", "mixed ascii and ünïcödé",
        // the first and last char of each UTF-8 length: 1 byte up to U+007F, 2 up to U+07FF, 3 up to U+FFFF
        "\u007F", "\u0080", "a\u0080", "é\u0080", "\u07FF", "\u0800", "é\u0800", "\uD7FF", "\uE000", "\uFFFF",
        "\uD800\uDC00", "\uDBFF\uDFFF"})
    void utf8LengthAgreesWithTheJdkEncoder(String text) {
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, CloseFrames.utf8Length(text));
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, CloseFrames.utf8Length(new StringBuilder(text)),
                "any CharSequence");
    }

    @Test
    void utf8LengthNamesTheIndexOfAnUnpairedSurrogate() {
        IllegalArgumentException lone = assertThrows(IllegalArgumentException.class,
                () -> CloseFrames.utf8Length("ab\uD83D"));
        assertEquals("reason has an unpaired surrogate U+D83D at index 2, which UTF-8 cannot encode; a reason must "
                + "be well-formed text", lone.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CloseFrames.utf8Length("\uDE00x"));
    }

    @ParameterizedTest(name = "{0}: index {1}")
    @CsvSource({
        "'\uD800', 0", "'\uDFFF', 0",
        "'a\uDC00\uDC00', 1", // two low surrogates
        "'ab\uD800\uD800', 2", // two high surrogates
        "'\uDC00\uD800', 0", // a pair in the wrong order
        "'é\uD83D\uDE00\uD83D', 3", // a whole pair, then half of one
        "'日本\uDE00語', 2",
    })
    void utf8LengthRejectsEverySurrogateThatIsNotTheHighHalfOfAPair(String text, int index) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CloseFrames.utf8Length(text));
        assertEquals("reason has an unpaired surrogate U+" + Integer.toHexString(text.charAt(index)).toUpperCase(Locale.ROOT)
                + " at index " + index + ", which UTF-8 cannot encode; a reason must be well-formed text",
                e.getMessage());
    }

    @Test
    void checkReasonAcceptsExactly123Bytes() {
        String limit = "é".repeat(61) + "a"; // 122 + 1 bytes
        assertEquals(limit, CloseFrames.checkReason(limit));
        IllegalArgumentException over = assertThrows(IllegalArgumentException.class,
                () -> CloseFrames.checkReason(limit + "a"));
        assertEquals("reason is 124 bytes in UTF-8, over the limit of 123 bytes that fits a close frame; shorten it",
                over.getMessage());
        assertThrows(NullPointerException.class, () -> CloseFrames.checkReason(null));
    }

    @Test
    void checkCodeAcceptsTwoUnsignedBytes() {
        assertEquals(0, CloseFrames.checkCode(0));
        assertEquals(65535, CloseFrames.checkCode(65535));
        assertEquals("code 65536 is outside 0–65535, the codes a close frame can carry",
                assertThrows(IllegalArgumentException.class, () -> CloseFrames.checkCode(65536)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CloseFrames.checkCode(-1));
    }

    @Test
    void fitReasonTurnsNullIntoTheEmptyReason() {
        assertEquals("", CloseFrames.fitReason(null));
        assertEquals("", CloseFrames.fitReason(""));
    }

    @Test
    void fitReasonKeepsA123ByteReasonAsItIs() {
        String limit = "é".repeat(61) + "a"; // 123 bytes
        assertSame(limit, CloseFrames.fitReason(limit));
        String ascii = "a".repeat(123);
        assertSame(ascii, CloseFrames.fitReason(ascii));
    }

    @Test
    void fitReasonCutsA124ByteReasonAfterTheLastWholeCharacter() {
        assertEquals("a".repeat(123), CloseFrames.fitReason("a".repeat(124)));
        assertEquals("é".repeat(61), CloseFrames.fitReason("é".repeat(62)), "124 bytes: the 62nd é does not fit");
        assertEquals("a".repeat(120) + "€", CloseFrames.fitReason("a".repeat(120) + "€"), "€ is 3 bytes: 123 fit");
        assertEquals("a".repeat(121), CloseFrames.fitReason("a".repeat(121) + "€"), "121 + 3 is over");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF", "\uD800\uDC00"})
    void fitReasonCountsEachCharacterAtItsUtf8Width(String character) {
        int width = character.getBytes(StandardCharsets.UTF_8).length;
        String fits = "a".repeat(123 - width) + character; // exactly 123 bytes
        assertSame(fits, CloseFrames.fitReason(fits));
        String over = "a".repeat(124 - width) + character; // 124 bytes: the last character does not fit
        assertEquals("a".repeat(124 - width), CloseFrames.fitReason(over));
        assertEquals(character.repeat(123 / width), CloseFrames.fitReason(character.repeat(200)));
    }

    @Test
    void fitReasonNeverSplitsASurrogatePair() {
        String across = "a".repeat(121) + "😀"; // 121 + 4 bytes: the emoji straddles the limit
        assertEquals("a".repeat(121), CloseFrames.fitReason(across));
        String fits = "a".repeat(119) + "😀"; // exactly 123
        assertSame(fits, CloseFrames.fitReason(fits));
        String cut = CloseFrames.fitReason("😀".repeat(40)); // 160 bytes
        assertEquals("😀".repeat(30), cut);
        assertEquals(120, CloseFrames.utf8Length(cut));
    }

    @Test
    void fitReasonReplacesUnpairedSurrogatesWithTheReplacementCharacter() {
        assertEquals("bye \uFFFD!", CloseFrames.fitReason("bye \uD800!"));
        assertEquals("\uFFFDx\uFFFD", CloseFrames.fitReason("\uDE00x\uD83D"));
        String fitted = CloseFrames.fitReason("a".repeat(121) + "\uD800"); // U+FFFD is 3 bytes: 124
        assertEquals("a".repeat(121), fitted);
        String repairedAndCut = CloseFrames.fitReason("\uD800" + "a".repeat(130));
        assertEquals("\uFFFD" + "a".repeat(120), repairedAndCut);
        assertEquals(123, CloseFrames.checkReason(repairedAndCut).getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void encodeWritesTheCodeBigEndianThenTheReasonInUtf8() {
        assertArrayEquals(new byte[] {0x03, (byte) 0xE8}, CloseFrames.encode(1000, ""));
        assertArrayEquals(new byte[] {0x0F, (byte) 0xA1, 'o', 'k'}, CloseFrames.encode(4001, "ok"));
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xC3, (byte) 0xA9},
                CloseFrames.encode(65535, "é"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "\u007F", "\u0080", "ok \u0080", "\u07FF", "\u0800", "\uFFFF", "😀", "bye, 再见"})
    void encodeWritesTheReasonAsTheJdkEncoderDoes(String reason) {
        byte[] utf8 = reason.getBytes(StandardCharsets.UTF_8);
        byte[] expected = new byte[2 + utf8.length];
        expected[0] = 0x0F;
        expected[1] = (byte) 0xA1;
        System.arraycopy(utf8, 0, expected, 2, utf8.length);
        assertArrayEquals(expected, CloseFrames.encode(4001, reason));
    }

    @Test
    void decodeAcceptsBodiesOfTwoTo125Bytes() {
        byte[] largest = new byte[125];
        largest[0] = 0x0F;
        largest[1] = (byte) 0xA1;
        Arrays.fill(largest, 2, 125, (byte) 'a');
        assertEquals(4001, CloseFrames.decodeCode(largest));
        assertEquals("a".repeat(123), CloseFrames.decodeReason(largest));
        assertEquals(0, CloseFrames.decodeCode(new byte[2]));
        assertEquals("", CloseFrames.decodeReason(new byte[2]));
    }

    @Test
    void decodeReasonOfACodeAloneIsTheEmptyStringWithoutANewOne() {
        // A third of the bodies a server sees carry no reason; decoding one must not build a string.
        assertSame("", CloseFrames.decodeReason(new byte[] {0x03, (byte) 0xE8}));
        assertSame("", CloseFrames.decodeReason(new byte[0]));
    }

    @Test
    void decodeRejectsOneByteAndOverlongBodies() {
        InvalidClosePayloadException one = assertThrows(InvalidClosePayloadException.class,
                () -> CloseFrames.decodeCode(new byte[1]));
        assertEquals(1002, one.closeCode());
        assertEquals("a close-frame body must be empty or hold 2 to 125 bytes, but has 1", one.getMessage());
        assertEquals(1002, assertThrows(InvalidClosePayloadException.class,
                () -> CloseFrames.decodeCode(new byte[126])).closeCode());
        assertEquals(4001, CloseFrames.decodeCode(new byte[] {0x0F, (byte) 0xA1}));
        assertEquals(65535, CloseFrames.decodeCode(new byte[] {(byte) 0xFF, (byte) 0xFF}));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "C0 80", // overlong NUL
        "C1 BF", // overlong
        "C0 80 80 80", // a lead that takes no continuation, followed by three
        "F8 80 80 80", // a five-byte lead of the old UTF-8
        "E0 80 80", // overlong three-byte
        "ED A0 80", // UTF-16 surrogate D800
        "F0 80 80 80", // overlong four-byte
        "F4 90 80 80", // above U+10FFFF
        "F5 80 80 80", // invalid lead
        "80", // lone continuation
        "CE BA E1 BD B9 CF 83 CE BC CE B5 ED A0 80 65 64 69 74 65 64", // Autobahn 7.5.1
        "E2 82", // truncated
        "FF",
        "EF BF BD FF", // a U+FFFD that was sent, then a malformed byte
    })
    void decodeReasonRejectsInvalidUtf8With1007(String hex) {
        byte[] body = body(hex);
        InvalidClosePayloadException e = assertThrows(InvalidClosePayloadException.class,
                () -> CloseFrames.decodeReason(body));
        assertEquals(1007, e.closeCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "41", "C2 80", "DF BF", "E0 A0 80", "ED 9F BF", "EE 80 80", "EF BF BF",
        "F0 90 80 80", "F4 8F BF BF", "CE BA E1 BD B9 CF 83 CE BC CE B5",
        "EF BF BD", "41 EF BF BD 42"}) // U+FFFD itself is valid, and must not be taken for a malformed byte
    void decodeReasonAcceptsValidUtf8(String hex) {
        byte[] body = body(hex);
        assertEquals(new String(body, 2, body.length - 2, StandardCharsets.UTF_8), CloseFrames.decodeReason(body));
    }

    /**
     * A reason holding a U+FFFD is checked byte by byte (the decoder writes U+FFFD for what is malformed too): the
     * smallest and largest well-formed sequence of each length, the bounds of each lead byte's second byte, and
     * NUL must all pass that check as well.
     */
    @ParameterizedTest
    @ValueSource(strings = {"00", "41", "7F", "C2 80", "C2 BF", "DF 80", "DF BF", "E0 A0 80", "E0 BF BF", "E1 80 80",
        "EC BF BF", "ED 80 80", "ED 9F BF", "EE 80 80", "EF BF BF", "F0 90 80 80", "F0 BF BF BF", "F1 80 80 80",
        "F3 BF BF BF", "F4 80 80 80", "F4 8F BF BF", "CE BA E1 BD B9 CF 83 CE BC CE B5 00 41"})
    void decodeReasonAcceptsValidUtf8AfterAReplacementCharacter(String hex) {
        for (String reason : new String[] {"EF BF BD " + hex, hex + " EF BF BD", "41 EF BF BD " + hex + " 42"}) {
            byte[] body = body(reason);
            assertEquals(new String(body, 2, body.length - 2, StandardCharsets.UTF_8), CloseFrames.decodeReason(body),
                    reason);
        }
    }

    @ParameterizedTest(name = "{0}: byte {1} (0x{2})")
    @CsvSource({
        "80, 0, 80", // a continuation byte without a lead
        "BF, 0, bf",
        "C0 80, 0, c0", // leads of overlong two-byte forms
        "C1 BF, 0, c1",
        "C0 80 80, 0, c0", // a lead that takes no continuation, followed by two or three
        "C1 80 80 80, 0, c1",
        "80 80 80, 0, 80",
        "F8 80 80 80 80, 0, f8", // the five-byte lead of the old UTF-8
        "41 C2, 1, c2", // truncated at the end of the reason
        "C2 7F, 1, 7f", // a second byte below the continuation range
        "C2 C0, 1, c0", // and above it
        "DF 41, 1, 41",
        "E0 9F BF, 1, 9f", // overlong three-byte form
        "E0 A0, 0, e0",
        "E1 80 41, 2, 41", // the third byte checked too
        "E1 80 C0, 2, c0",
        "ED A0 80, 1, a0", // UTF-16 surrogate
        "ED BF BF, 1, bf",
        "EF 7F BF, 1, 7f",
        "EF BF, 0, ef",
        "F0 8F BF BF, 1, 8f", // overlong four-byte form
        "F0 90 80, 0, f0",
        "F1 80 80 C0, 3, c0", // the fourth byte checked too
        "F1 80 7F 80, 2, 7f",
        "F4 90 80 80, 1, 90", // above U+10FFFF
        "F5 80 80 80, 0, f5", // leads that UTF-8 no longer has
        "FF, 0, ff",
        "EF BF BD 41 C0 80, 4, c0", // after a U+FFFD that was really sent
        "41 42 43 E2 82, 3, e2",
    })
    void decodeReasonNamesTheFirstMalformedByte(String hex, int index, String value) {
        InvalidClosePayloadException e = assertThrows(InvalidClosePayloadException.class,
                () -> CloseFrames.decodeReason(body(hex)));
        assertEquals(1007, e.closeCode());
        assertEquals("the close reason is not valid UTF-8: byte " + index + " of the reason (0x" + value
                + ") does not start or continue a well-formed sequence", e.getMessage());
    }

    private static byte[] body(String hex) {
        String[] parts = hex.isEmpty() ? new String[0] : hex.split(" ");
        byte[] body = new byte[2 + parts.length];
        body[0] = 0x03;
        body[1] = (byte) 0xE8;
        for (int i = 0; i < parts.length; i++) {
            body[2 + i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return body;
    }
}
