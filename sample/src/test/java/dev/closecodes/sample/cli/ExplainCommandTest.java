package dev.closecodes.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.sample.ChatCloseCode;
import dev.closecodes.sample.ChatCloseCodeRange;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainCommandTest {

    @Test
    void explainsAnAbnormalClosure() {
        CommandRun run = CommandRun.of("explain", "1006");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("1006 Abnormal Closure\n"), run.out());
        assertTrue(run.out().contains("ABNORMAL_CLOSURE (also CLOSE_ABNORMAL)"), run.out());
        assertTrue(run.out().contains(ChatCloseCode.ABNORMAL_CLOSURE.description()), run.out());
        assertTrue(run.out().contains("range        STANDARD 1000-1999"), run.out());
        assertTrue(run.out().contains("sendable     no:"), run.out());
        assertTrue(run.out().contains("close()      no:"), run.out());
        assertTrue(run.out().contains("reconnect    BACKOFF:"), run.out());
    }

    @Test
    void explainsANameInBrazilianPortuguese() {
        CommandRun run = CommandRun.of("explain", "CLOSE_NORMAL", "--locale", "pt-BR");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("1000 Fechamento normal\n"), run.out());
        assertTrue(run.out().contains("NORMAL_CLOSURE (also CLOSE_NORMAL)"), run.out());
        assertTrue(run.out().contains(ChatCloseCode.NORMAL_CLOSURE.description(Locale.forLanguageTag("pt-BR"))),
                run.out());
        assertTrue(run.out().contains("Protocolo"), "the range's title in Portuguese: " + run.out());
        assertTrue(run.out().contains("close()      yes:"), run.out());
        assertTrue(run.out().contains("reconnect    NEVER:"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "fr", "zh-CN"})
    void explainsTheServicesOwnCodeInEveryShippedLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        CommandRun run = CommandRun.of("explain", "4001", "--locale", tag);

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("4001 " + ChatCloseCode.TOKEN_EXPIRED.title(locale) + "\n"), run.out());
        assertTrue(run.out().contains("TOKEN_EXPIRED (also SESSION_EXPIRED)"), run.out());
        assertTrue(run.out().contains("description  " + ChatCloseCode.TOKEN_EXPIRED.description(locale) + "\n"),
                run.out());
        assertTrue(run.out().contains("AUTH 4000-4099, " + ChatCloseCodeRange.AUTH.title(locale)), run.out());
        assertTrue(run.out().contains("sendable     yes:"), run.out());
        assertTrue(run.out().contains("close()      yes:"), run.out());
        assertTrue(run.out().contains("reconnect    NEVER:"), run.out());
    }

    @Test
    void theFourLanguagesReadDifferently() {
        Set<String> outputs = new HashSet<>();
        for (String tag : new String[] {"en", "pt-BR", "fr", "zh-CN"}) {
            outputs.add(CommandRun.of("explain", "4001", "--locale", tag).out());
        }

        assertEquals(4, outputs.size());
        assertTrue(outputs.stream().anyMatch(out -> out.contains("会话令牌已过期")), outputs.toString());
        assertTrue(outputs.stream().anyMatch(out -> out.contains("Le jeton de session a expiré")), outputs.toString());
    }

    @Test
    void aCodeNobodyDefinedIsExplainedByItsRange() {
        CommandRun run = CommandRun.of("explain", "4500");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("4500 is not defined: neither the standard nor the chat service's table "
                + "declares it.\n"), run.out());
        assertTrue(run.out().contains("range        APPLICATIONS 4000-4999"), run.out());
        assertTrue(run.out().contains("sendable     yes:"), run.out());
        assertTrue(run.out().contains("close()      yes:"), run.out());
        assertTrue(run.out().contains("reconnect    NEVER:"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"70000", "-1", "99999999999"})
    void aCodeNoFrameCanCarryIsOutOfRange(String code) {
        CommandRun run = CommandRun.of("explain", code);

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith(code + " is not defined"), run.out());
        assertTrue(run.out().contains("no close frame can carry it: codes are 0-65535"), run.out());
        assertTrue(run.out().contains("range        OUT_OF_RANGE"), run.out());
        assertTrue(run.out().contains("sendable     no:"), run.out());
    }

    @Test
    void anUnknownNameIsAnError() {
        CommandRun run = CommandRun.of("explain", "CLOSE_SOMETIMES");

        assertEquals(1, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("No close code is named 'CLOSE_SOMETIMES'."), run.err());
    }

    @Test
    void aMalformedLanguageTagIsAUsageError() {
        CommandRun run = CommandRun.of("explain", "1000", "--locale", "pt_BR!");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("'pt_BR!' is not a BCP 47 language tag"), run.err());
    }

    @Test
    void titlesAndAliasesWorkInAnyCase() {
        assertTrue(CommandRun.of("explain", "token expired").out().startsWith("4001 Token Expired\n"));
        assertTrue(CommandRun.of("explain", "session_expired").out().startsWith("4001 Token Expired\n"));
    }
}
