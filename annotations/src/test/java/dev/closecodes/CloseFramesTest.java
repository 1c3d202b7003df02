package dev.closecodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloseFramesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "bye", "é", "€uro", "😀 emoji", "日本語のテキスト", "mixed ascii and ünïcödé"})
    void utf8LengthAgreesWithTheJdkEncoder(String text) {
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, CloseFrames.utf8Length(text));
    }

    @Test
    void utf8LengthNamesTheIndexOfAnUnpairedSurrogate() {
        IllegalArgumentException lone = assertThrows(IllegalArgumentException.class,
                () -> CloseFrames.utf8Length("ab\uD83D"));
        assertEquals("reason has an unpaired surrogate U+D83D at index 2, which UTF-8 cannot encode; a reason must "
                + "be well-formed text", lone.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CloseFrames.utf8Length("\uDE00x"));
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

    @Test
    void decodeReasonNamesTheFirstMalformedByte() {
        InvalidClosePayloadException e = assertThrows(InvalidClosePayloadException.class,
                () -> CloseFrames.decodeReason(body("EF BF BD 41 C0 80")));
        assertEquals("the close reason is not valid UTF-8: byte 4 of the reason (0xc0) does not start or continue "
                + "a well-formed sequence", e.getMessage());
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
