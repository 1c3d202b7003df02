package dev.closecodes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.InvalidClosePayloadException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The close-handling cases of the Autobahn test suite's section 7, as the close-frame body a peer sends and what
 * {@code fromPayload} must make of it: an event, or the code to fail the connection with.
 */
class AutobahnCloseCasesTest {

    @ParameterizedTest(name = "7.3.1 payload length 0")
    @ValueSource(ints = 0)
    void case7_3_1_emptyBodyIsACleanCloseWithoutStatus(int length) {
        ChatCloseEvent event = ChatCloseEvent.fromPayload(new byte[length]);
        assertEquals(1005, event.code());
        assertEquals("", event.reason());
        assertTrue(event.wasClean());
    }

    @ParameterizedTest(name = "7.3.2 payload length 1")
    @ValueSource(strings = {"03", "E8"})
    void case7_3_2_oneByteBodyIsAProtocolError(String hex) {
        assertFailsWith(1002, HexFormat.of().parseHex(hex));
    }

    @ParameterizedTest(name = "7.3.3 payload length 2: code 1000")
    @ValueSource(strings = "03E8")
    void case7_3_3_codeWithoutReason(String hex) {
        ChatCloseEvent event = ChatCloseEvent.fromPayload(HexFormat.of().parseHex(hex));
        assertEquals(1000, event.code());
        assertEquals("", event.reason());
    }

    @ParameterizedTest(name = "7.3.4 code 1000 with a reason")
    @ValueSource(strings = "Hello World!")
    void case7_3_4_codeWithReason(String reason) {
        ChatCloseEvent event = ChatCloseEvent.fromPayload(body(1000, reason.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1000, event.code());
        assertEquals(reason, event.reason());
    }

    @ParameterizedTest(name = "7.3.5 reason of maximum length, 123 bytes")
    @ValueSource(ints = 123)
    void case7_3_5_reasonOfMaximumLength(int length) {
        String reason = "*".repeat(length);
        ChatCloseEvent event = ChatCloseEvent.fromPayload(body(1000, reason.getBytes(StandardCharsets.UTF_8)));
        assertEquals(reason, event.reason());
        assertEquals(125, event.toPayload().length);
    }

    @ParameterizedTest(name = "7.3.6 reason of {0} bytes, a body over 125")
    @ValueSource(ints = {124, 200})
    void case7_3_6_reasonTooLongIsAProtocolError(int length) {
        assertFailsWith(1002, body(1000, "*".repeat(length).getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "7.5.1 reason that is not UTF-8")
    @ValueSource(strings = "CEBAE1BDB9CF83CEBCCEB5EDA080656469746564")
    void case7_5_1_invalidUtf8ReasonIsInvalidPayload(String hex) {
        assertFailsWith(1007, body(1000, HexFormat.of().parseHex(hex)));
    }

    @ParameterizedTest(name = "7.7.{0}: code {1} is valid")
    @CsvSource({
        "1, 1000", "2, 1001", "3, 1002", "4, 1003", "5, 1007", "6, 1008", "7, 1009", "8, 1010", "9, 1011",
        "10, 3000", "11, 3999", "12, 4000", "13, 4999",
        // Registered with IANA after the suite's first edition, and valid in its later ones.
        "14, 1012", "15, 1013", "16, 1014",
    })
    void case7_7_validCodesAreAccepted(int caseNumber, int code) {
        ChatCloseEvent event = ChatCloseEvent.fromPayload(body(code, new byte[0]));
        assertEquals(code, event.code(), "7.7." + caseNumber);
        assertTrue(ChatCloseCodeRange.isSendable(code));
    }

    @ParameterizedTest(name = "7.9.{0}: code {1} is invalid")
    @CsvSource({
        "1, 0", "2, 999", "3, 1004", "4, 1005", "5, 1006", "6, 1016", "7, 1100", "8, 2000", "9, 2999",
        // 1015 is reported locally only, like 1005 and 1006.
        "10, 1015",
    })
    void case7_9_invalidCodesAreProtocolErrors(int caseNumber, int code) {
        assertFailsWith(1002, body(code, new byte[0]));
    }

    @ParameterizedTest(name = "7.13.{0}: code {1}, above the defined ranges")
    @CsvSource({"1, 5000", "2, 65535"})
    void case7_13_codesOf5000AndAboveAreProtocolErrors(int caseNumber, int code) {
        assertFailsWith(1002, body(code, new byte[0]));
        assertEquals(ChatCloseCodeRange.OUT_OF_RANGE, ChatCloseCodeRange.classify(code));
    }

    private static void assertFailsWith(int closeCode, byte[] body) {
        InvalidClosePayloadException e = assertThrows(InvalidClosePayloadException.class,
                () -> ChatCloseEvent.fromPayload(body));
        assertEquals(closeCode, e.closeCode(), e.getMessage());
    }

    private static byte[] body(int code, byte[] reason) {
        byte[] body = new byte[2 + reason.length];
        body[0] = (byte) (code >>> 8);
        body[1] = (byte) code;
        System.arraycopy(reason, 0, body, 2, reason.length);
        return body;
    }
}
