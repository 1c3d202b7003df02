package dev.closecodes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.CloseCodeInfo;
import dev.closecodes.Reconnect;
import dev.closecodes.StandardCloseCodes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated code enum, used as the chat service uses it. */
class ChatCloseCodeTest {

    @Test
    void holdsEveryStandardAndOwnCodeInAscendingOrder() {
        int[] codes = Arrays.stream(ChatCloseCode.values()).mapToInt(ChatCloseCode::code).toArray();
        assertEquals(List.of(1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014,
                1015, 3000, 3003, 3008, 4001, 4003, 4100, 4201, 4202, 4203),
                Arrays.stream(codes).boxed().toList());
    }

    @Test
    void constantsMatchTheTableTheyCameFrom() {
        assertEquals(ChatCloseCodes.TOKEN_EXPIRED, ChatCloseCode.TOKEN_EXPIRED.code());
        assertEquals(StandardCloseCodes.NORMAL_CLOSURE, ChatCloseCode.NORMAL_CLOSURE.code());
        CloseCodeInfo info = ChatCloseCode.ROOM_FULL;
        assertEquals(4201, info.code());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "1000, Normal Closure, true, NEVER",
        "1001, Going Away, true, BACKOFF",
        "1002, Protocol error, true, NEVER",
        "1003, Unsupported Data, true, NEVER",
        "1004, Reserved, false, NEVER",
        "1005, No Status Rcvd, false, NEVER",
        "1006, Abnormal Closure, false, BACKOFF",
        "1007, Invalid frame payload data, true, NEVER",
        "1008, Policy Violation, true, NEVER",
        "1009, Message Too Big, true, NEVER",
        "1010, Mandatory Ext., true, NEVER",
        "1011, Internal Error, true, BACKOFF",
        "1012, Service Restart, true, BACKOFF",
        "1013, Try Again Later, true, BACKOFF",
        "1014, Bad Gateway, true, BACKOFF",
        "1015, TLS handshake, false, NEVER",
        "3000, Unauthorized, true, REAUTHENTICATE",
        "3003, Forbidden, true, NEVER",
        "3008, Timeout, true, BACKOFF",
        "4001, Token Expired, true, NEVER",
        "4100, Rate Limited, true, BACKOFF",
        "4201, Room Full, true, BACKOFF",
        "4202, Room Closed, true, NEVER",
        "4203, Room Moved, true, IMMEDIATELY",
    })
    void knowsTheRegistryTitleSendabilityAndAdvice(int code, String title, boolean sendable, Reconnect reconnect) {
        ChatCloseCode found = ChatCloseCode.fromCode(code).orElseThrow();
        assertEquals(title, found.title());
        assertEquals(sendable, found.sendable());
        assertEquals(reconnect, found.reconnect());
        assertFalse(found.description().isBlank());
    }

    @Test
    void ownCodesWithoutAdviceTakeTheirRangesAdvice() {
        assertEquals(ChatCloseCodeRange.LIMITS.reconnect(), ChatCloseCode.RATE_LIMITED.reconnect());
        assertEquals(ChatCloseCodeRange.ROOMS, ChatCloseCode.ROOM_FULL.range());
        assertEquals(Reconnect.BACKOFF, ChatCloseCode.ROOM_FULL.reconnect(), "its own advice wins over the range's");
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 999, 1016, 2000, 2999, 3001, 3999, 4000, 4002, 4204, 4999, 5000,
        65535, 65536, Integer.MAX_VALUE})
    void fromCodeIsEmptyForCodesTheTableDoesNotDeclare(int code) {
        assertEquals(Optional.empty(), ChatCloseCode.fromCode(code));
    }

    @Test
    void fromCodeIsEmptyRightBeforeAndAfterEveryDeclaredCode() {
        ChatCloseCode[] codes = ChatCloseCode.values();
        assertEquals(Optional.empty(), ChatCloseCode.fromCode(codes[0].code() - 1), "before the first code");
        assertEquals(Optional.empty(), ChatCloseCode.fromCode(codes[codes.length - 1].code() + 1),
                "after the last code");
        for (ChatCloseCode code : codes) {
            for (int neighbour : new int[] {code.code() - 1, code.code() + 1}) {
                Optional<ChatCloseCode> found = ChatCloseCode.fromCode(neighbour);
                assertTrue(found.isEmpty() || found.get().code() == neighbour, neighbour + " gave " + found);
            }
        }
    }

    @Test
    void fromCodeFindsExactlyTheDeclaredCodesAmongAllCodesAFrameCanCarry() {
        Map<Integer, ChatCloseCode> declared = new HashMap<>();
        for (ChatCloseCode code : ChatCloseCode.values()) {
            declared.put(code.code(), code);
        }
        for (int code = -100; code <= 70_000; code++) {
            assertEquals(Optional.ofNullable(declared.get(code)), ChatCloseCode.fromCode(code), "fromCode(" + code + ")");
        }
    }

    @Test
    void fromCodeReturnsTheSameOptionalEveryTime() {
        for (ChatCloseCode code : ChatCloseCode.values()) {
            assertSame(ChatCloseCode.fromCode(code.code()), ChatCloseCode.fromCode(code.code()),
                    "a lookup must not allocate a new Optional");
            assertSame(code, ChatCloseCode.fromCode(code.code()).orElseThrow());
        }
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource({
        "NORMAL_CLOSURE, NORMAL_CLOSURE",
        "normal_closure, NORMAL_CLOSURE",
        "Normal Closure, NORMAL_CLOSURE",
        "CLOSE_NORMAL, NORMAL_CLOSURE",
        "close_going_away, GOING_AWAY",
        "CLOSE_PROTOCOL_ERROR, PROTOCOL_ERROR",
        "CLOSE_UNSUPPORTED, UNSUPPORTED_DATA",
        "CLOSE_NO_STATUS, NO_STATUS_RECEIVED",
        "CLOSE_ABNORMAL, ABNORMAL_CLOSURE",
        "CLOSE_TOO_LARGE, MESSAGE_TOO_BIG",
        "'  token expired  ', TOKEN_EXPIRED",
        "SESSION_EXPIRED, TOKEN_EXPIRED",
        "mandatory ext., MANDATORY_EXTENSION",
    })
    void fromNameAcceptsConstantNamesTitlesAndAliasesInAnyCase(String name, ChatCloseCode expected) {
        assertEquals(Optional.of(expected), ChatCloseCode.fromName(name));
    }

    @Test
    void fromNameIsEmptyForUnknownNamesAndRejectsNull() {
        assertEquals(Optional.empty(), ChatCloseCode.fromName("NOT_A_CODE"));
        assertEquals(Optional.empty(), ChatCloseCode.fromName(""));
        assertThrows(NullPointerException.class, () -> ChatCloseCode.fromName(null));
    }

    @Test
    void aliasesAreTheOlderMdnNames() {
        assertEquals(List.of("CLOSE_NORMAL"), ChatCloseCode.NORMAL_CLOSURE.aliases());
        assertEquals(List.of("CLOSE_GOING_AWAY"), ChatCloseCode.GOING_AWAY.aliases());
        assertEquals(List.of("CLOSE_PROTOCOL_ERROR"), ChatCloseCode.PROTOCOL_ERROR.aliases());
        assertEquals(List.of("CLOSE_UNSUPPORTED"), ChatCloseCode.UNSUPPORTED_DATA.aliases());
        assertEquals(List.of("CLOSE_NO_STATUS"), ChatCloseCode.NO_STATUS_RECEIVED.aliases());
        assertEquals(List.of("CLOSE_ABNORMAL"), ChatCloseCode.ABNORMAL_CLOSURE.aliases());
        assertEquals(List.of("CLOSE_TOO_LARGE"), ChatCloseCode.MESSAGE_TOO_BIG.aliases());
        assertEquals(List.of(), ChatCloseCode.POLICY_VIOLATION.aliases());
        assertThrows(UnsupportedOperationException.class, () -> ChatCloseCode.NORMAL_CLOSURE.aliases().add("X"));
    }

    @Test
    void everyCodeIsDescribedInTheFourShippedLanguages() {
        List<Locale> translated = List.of(Locale.forLanguageTag("pt-BR"), Locale.FRENCH, Locale.SIMPLIFIED_CHINESE);
        for (ChatCloseCode code : ChatCloseCode.values()) {
            assertEquals(code.description(), code.description(Locale.ENGLISH));
            for (Locale locale : translated) {
                assertFalse(code.description(locale).equals(code.description()),
                        code + " has no " + locale.toLanguageTag() + " description");
                assertFalse(code.title(locale).isBlank());
            }
        }
    }

    @Test
    void descriptionFallsBackToTheClosestLanguageThenEnglish() {
        ChatCloseCode code = ChatCloseCode.TOKEN_EXPIRED;
        assertEquals("O token expirou; entre de novo antes de reconectar.",
                code.description(Locale.forLanguageTag("pt-BR")));
        assertEquals(code.description(Locale.forLanguageTag("pt-BR")),
                code.description(Locale.forLanguageTag("pt-PT")));
        assertEquals(code.description(Locale.FRENCH), code.description(Locale.CANADA_FRENCH));
        assertEquals("会话令牌已过期；请重新登录后再连接。", code.description(Locale.forLanguageTag("zh-Hans-CN")));
        assertEquals(code.description(), code.description(Locale.GERMAN));
        assertEquals("Jeton expiré", code.title(Locale.FRANCE));
    }
}
