package dev.closecodes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.Reconnect;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated range enum and its classifier. */
class ChatCloseCodeRangeTest {

    @Test
    void rangesComeInAscendingOrderWithEnclosingRangesFirst() {
        assertEquals(List.of("NOT_USED", "STANDARD", "EXTENSIONS", "LIBRARIES", "APPLICATIONS", "AUTH", "LIMITS",
                "ROOMS", "OUT_OF_RANGE"),
                Arrays.stream(ChatCloseCodeRange.values()).map(Enum::name).toList());
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "-2147483648, OUT_OF_RANGE",
        "-1, OUT_OF_RANGE",
        "0, NOT_USED",
        "999, NOT_USED",
        "1000, STANDARD",
        "1016, STANDARD",
        "1999, STANDARD",
        "2000, EXTENSIONS",
        "2999, EXTENSIONS",
        "3000, LIBRARIES",
        "3999, LIBRARIES",
        "4000, AUTH",
        "4099, AUTH",
        "4100, LIMITS",
        "4199, LIMITS",
        "4200, ROOMS",
        "4299, ROOMS",
        "4300, APPLICATIONS",
        "4999, APPLICATIONS",
        "5000, OUT_OF_RANGE",
        "65535, OUT_OF_RANGE",
        "65536, OUT_OF_RANGE",
        "2147483647, OUT_OF_RANGE",
    })
    void classifyReturnsTheInnermostRange(int code, ChatCloseCodeRange expected) {
        assertEquals(expected, ChatCloseCodeRange.classify(code));
        assertTrue(expected.contains(code));
    }

    @Test
    void classifyAgreesWithContainsForEveryCodeAFrameCanCarry() {
        for (int code = -10; code <= 70_000; code++) {
            ChatCloseCodeRange innermost = ChatCloseCodeRange.classify(code);
            assertTrue(innermost.contains(code), code + " is not in " + innermost);
            for (ChatCloseCodeRange range : ChatCloseCodeRange.values()) {
                if (range == innermost || range == ChatCloseCodeRange.OUT_OF_RANGE) {
                    continue;
                }
                if (range.contains(code)) {
                    assertTrue(range.from() <= innermost.from() && innermost.to() <= range.to(),
                            code + ": " + range + " holds it but does not enclose " + innermost);
                }
            }
        }
    }

    @Test
    void containsIsTheRangesBoundsAndOutOfRangeHoldsOnlyWhatNoRangeHolds() {
        for (int code = -10; code <= 70_000; code++) {
            for (ChatCloseCodeRange range : ChatCloseCodeRange.values()) {
                boolean expected = range == ChatCloseCodeRange.OUT_OF_RANGE
                        ? code < 0 || code > 4999
                        : range.from() <= code && code <= range.to();
                assertEquals(expected, range.contains(code), range + ".contains(" + code + ")");
            }
        }
        assertFalse(ChatCloseCodeRange.OUT_OF_RANGE.contains(1000));
        assertTrue(ChatCloseCodeRange.OUT_OF_RANGE.contains(Integer.MIN_VALUE));
        assertTrue(ChatCloseCodeRange.OUT_OF_RANGE.contains(Integer.MAX_VALUE));
        assertFalse(ChatCloseCodeRange.NOT_USED.contains(Integer.MIN_VALUE));
    }

    @Test
    void standardRangesHaveTheRfcBoundsAndSendability() {
        assertRange(ChatCloseCodeRange.NOT_USED, 0, 999, false);
        assertRange(ChatCloseCodeRange.STANDARD, 1000, 1999, false);
        assertRange(ChatCloseCodeRange.EXTENSIONS, 2000, 2999, false);
        assertRange(ChatCloseCodeRange.LIBRARIES, 3000, 3999, true);
        assertRange(ChatCloseCodeRange.APPLICATIONS, 4000, 4999, true);
        for (ChatCloseCodeRange range : List.of(ChatCloseCodeRange.NOT_USED, ChatCloseCodeRange.STANDARD,
                ChatCloseCodeRange.EXTENSIONS, ChatCloseCodeRange.LIBRARIES, ChatCloseCodeRange.APPLICATIONS)) {
            assertEquals(Reconnect.NEVER, range.reconnect(), range + ": an unknown code is no reason to retry");
        }
        assertEquals(Reconnect.BACKOFF, ChatCloseCodeRange.LIMITS.reconnect());
    }

    @ParameterizedTest(name = "isSendable({0}) is {1}")
    @CsvSource({
        "-1, false", "0, false", "999, false",
        "1000, true", "1001, true", "1002, true", "1003, true", "1004, false", "1005, false", "1006, false",
        "1007, true", "1008, true", "1009, true", "1010, true", "1011, true", "1012, true", "1013, true",
        "1014, true", "1015, false", "1016, false", "1999, false",
        "2000, false", "2999, false",
        "3000, true", "3001, true", "3999, true",
        "4000, true", "4001, true", "4500, true", "4999, true",
        "5000, false", "65535, false", "65536, false",
    })
    void isSendableUsesTheCodesOwnFlagElseItsRanges(int code, boolean expected) {
        assertEquals(expected, ChatCloseCodeRange.isSendable(code));
    }

    @ParameterizedTest(name = "isSendable at the bounds of {0}")
    @EnumSource(value = ChatCloseCodeRange.class, names = "OUT_OF_RANGE", mode = EnumSource.Mode.EXCLUDE)
    void isSendableAtEachRangesBoundsIsTheCodesOwnFlagElseTheInnermostRanges(ChatCloseCodeRange range) {
        for (int code : new int[] {range.from() - 1, range.from(), range.from() + 1, range.to() - 1, range.to(),
            range.to() + 1}) {
            Optional<ChatCloseCode> declared = ChatCloseCode.fromCode(code);
            boolean expected = declared.isPresent() ? declared.get().sendable()
                    : ChatCloseCodeRange.classify(code).sendable();
            assertEquals(expected, ChatCloseCodeRange.isSendable(code), "isSendable(" + code + ")");
        }
    }

    @Test
    void isSendableFollowsTheRuleForEveryInt() {
        for (int code = -100; code <= 70_000; code++) {
            Optional<ChatCloseCode> declared = ChatCloseCode.fromCode(code);
            boolean expected = declared.isPresent() ? declared.get().sendable()
                    : ChatCloseCodeRange.classify(code).sendable();
            assertEquals(expected, ChatCloseCodeRange.isSendable(code), "isSendable(" + code + ")");
        }
        assertFalse(ChatCloseCodeRange.isSendable(Integer.MIN_VALUE));
        assertFalse(ChatCloseCodeRange.isSendable(Integer.MAX_VALUE));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "NOT_USED | Not Used |",
        "STANDARD | Protocol |",
        "EXTENSIONS | Extensions |",
        "LIBRARIES | Libraries and Frameworks |",
        "APPLICATIONS | Applications |",
        "AUTH | Authentication | The server refused the client's credentials.",
        "LIMITS | Limits | The client went over one of the service's limits for a while.",
        "ROOMS | Rooms | Something happened to the chat room the client was in.",
        "OUT_OF_RANGE | Out of Range |",
    })
    void rangesHaveTheirTitleAndDescriptionInEnglish(ChatCloseCodeRange range, String title, String description) {
        assertEquals(title, range.title());
        assertEquals(title, range.title(Locale.ENGLISH));
        assertEquals(title, range.title(Locale.GERMAN), "no German title, so the English one");
        if (description != null) { // the chat table's own ranges
            assertEquals(description, range.description());
        }
        assertFalse(range.description().isBlank());
        assertFalse(range.description().equals(range.title()));
        assertEquals(range.description(), range.description(Locale.UK));
        assertEquals(range.description(), range.description(Locale.GERMAN));
    }

    @Test
    void everyRangeIsDescribedInTheFourShippedLanguages() {
        List<Locale> translated = List.of(Locale.forLanguageTag("pt-BR"), Locale.FRENCH, Locale.SIMPLIFIED_CHINESE);
        for (ChatCloseCodeRange range : ChatCloseCodeRange.values()) {
            for (Locale locale : translated) {
                assertFalse(range.title(locale).isBlank(), range + " " + locale);
                assertNotEquals(range.description(), range.description(locale),
                        range + " has no " + locale.toLanguageTag() + " description");
                assertFalse(range.description(locale).isBlank());
            }
        }
    }

    @Test
    void rangesAreDescribedInTheFourShippedLanguages() {
        assertEquals("Authentification", ChatCloseCodeRange.AUTH.title(Locale.FRENCH));
        assertEquals("Autenticação", ChatCloseCodeRange.AUTH.title(Locale.forLanguageTag("pt-BR")));
        assertEquals("身份验证", ChatCloseCodeRange.AUTH.title(Locale.SIMPLIFIED_CHINESE));
        assertEquals("The server refused the client's credentials.", ChatCloseCodeRange.AUTH.description());
        assertEquals("Le serveur a refusé les identifiants du client.",
                ChatCloseCodeRange.AUTH.description(Locale.CANADA_FRENCH));
        assertEquals("O servidor recusou as credenciais do cliente.",
                ChatCloseCodeRange.AUTH.description(Locale.forLanguageTag("pt-PT")));
        assertEquals("服务器拒绝了客户端的凭据。", ChatCloseCodeRange.AUTH.description(Locale.forLanguageTag("zh-Hans-CN")));
        assertEquals("Salons", ChatCloseCodeRange.ROOMS.title(Locale.FRANCE));
        assertEquals("Não utilizados", ChatCloseCodeRange.NOT_USED.title(Locale.forLanguageTag("pt-BR")));
        assertFalse(ChatCloseCodeRange.OUT_OF_RANGE.description().isBlank());
        assertEquals("Hors plage", ChatCloseCodeRange.OUT_OF_RANGE.title(Locale.FRENCH));
        assertEquals("超出范围", ChatCloseCodeRange.OUT_OF_RANGE.title(Locale.SIMPLIFIED_CHINESE));
    }

    private static void assertRange(ChatCloseCodeRange range, int from, int to, boolean sendable) {
        assertEquals(from, range.from());
        assertEquals(to, range.to());
        assertEquals(sendable, range.sendable());
    }
}
