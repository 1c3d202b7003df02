package dev.closecodes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The WHATWG rules for {@code WebSocket.close(code, reason)}: a code other than 1000 or 3000–4999 throws an
 * {@code InvalidAccessError}; a reason over 123 bytes in UTF-8 throws a {@code SyntaxError}.
 */
class CloseMethodRulesTest {

    @ParameterizedTest(name = "close({0}) is allowed: {1}")
    @CsvSource({
        "-1, false", "0, false", "999, false",
        "1000, true",
        "1001, false", "1002, false", "1003, false", "1005, false", "1006, false", "1011, false", "1012, false",
        "1015, false", "2000, false", "2999, false",
        "3000, true", "3001, true", "3999, true", "4000, true", "4001, true", "4999, true",
        "5000, false", "65535, false", "65536, false",
    })
    void onlyNormalClosureAndTheLibraryAndApplicationRangesAreAllowed(int code, boolean allowed) {
        assertEquals(allowed, ChatCloseCodeRange.isAllowedByCloseMethod(code));
    }

    @Test
    void everyCodeTheBrowserAllowsMayAlsoBeSent() {
        for (int code = 0; code <= 65535; code++) {
            if (ChatCloseCodeRange.isAllowedByCloseMethod(code)) {
                assertEquals(true, ChatCloseCodeRange.isSendable(code), "close(" + code + ") is allowed");
            }
        }
    }

    @Test
    void reasonLimitIs123Utf8BytesNotCharacters() {
        String chinese41 = "关".repeat(41); // 123 bytes
        assertEquals(123, chinese41.getBytes(StandardCharsets.UTF_8).length);
        ChatCloseEvent.builder().code(1000).reason(chinese41).build();
        assertThrows(IllegalArgumentException.class,
                () -> ChatCloseEvent.builder().code(1000).reason(chinese41 + "a").build());
        ChatCloseEvent.builder().code(1000).reason("a".repeat(123)).build();
        assertThrows(IllegalArgumentException.class,
                () -> ChatCloseEvent.builder().code(1000).reason("a".repeat(124)).build());
    }
}
