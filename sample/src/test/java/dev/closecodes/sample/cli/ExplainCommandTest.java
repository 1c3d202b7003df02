package dev.closecodes.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.sample.ChatCloseCode;
import dev.closecodes.sample.ChatCloseCodeRange;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertTrue(run.out().contains("NORMAL_CLOSURE (também CLOSE_NORMAL)"), run.out());
        assertTrue(run.out().contains(ChatCloseCode.NORMAL_CLOSURE.description(Locale.forLanguageTag("pt-BR"))),
                run.out());
        assertTrue(run.out().contains("faixa        STANDARD 1000-1999, Protocolo: "),
                "the range's title in Portuguese: " + run.out());
        assertTrue(run.out().contains("close()      sim: o WebSocket.close(1000) de um navegador o aceita"), run.out());
        assertTrue(run.out().contains("reconexão    NEVER: a condição não vai passar sozinha"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "fr", "zh-CN"})
    void explainsTheServicesOwnCodeInEveryShippedLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        CommandRun run = CommandRun.of("explain", "4001", "--locale", tag);

        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().collect(Collectors.toList());
        assertEquals("4001 " + ChatCloseCode.TOKEN_EXPIRED.title(locale), lines.get(0));
        assertTrue(lines.get(1).matches("  " + Label.NAME.in(locale) + " +TOKEN_EXPIRED \\("
                + Label.ALSO.in(locale, "SESSION_EXPIRED") + "\\)"), lines.get(1));
        assertTrue(lines.get(2).endsWith(" " + ChatCloseCode.TOKEN_EXPIRED.description(locale)), lines.get(2));
        assertTrue(lines.get(3).contains(" AUTH 4000-4099, " + ChatCloseCodeRange.AUTH.title(locale)), lines.get(3));
        assertTrue(lines.get(4).matches("  " + Label.SENDABLE.in(locale) + " +" + Label.YES.in(locale) + " ?[:：].*"),
                lines.get(4));
        assertTrue(lines.get(5).matches("  close\\(\\) +" + Label.YES.in(locale) + " ?[:：].*"), lines.get(5));
        assertTrue(lines.get(6).matches("  " + Label.RECONNECT.in(locale) + " +NEVER ?[:：].*"), lines.get(6));
        int column = Columns.cells("  " + Columns.pad(Label.NAME.in(locale), 12) + " ");
        for (String line : lines.subList(1, lines.size())) {
            int labelEnd = line.indexOf(' ', 2);
            String label = line.substring(0, labelEnd);
            String rest = line.substring(labelEnd).stripLeading();
            assertEquals(column, Columns.cells(line) - Columns.cells(rest), "the values line up: " + label);
        }
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
    void explainSpeaksFrenchInItsLabelsToo() {
        CommandRun run = CommandRun.of("explain", "4001", "--locale", "fr");

        assertEquals(0, run.status(), run.err());
        assertEquals(String.join("\n",
                "4001 Jeton expiré",
                "  nom          TOKEN_EXPIRED (aussi SESSION_EXPIRED)",
                "  description  Le jeton de session a expiré ; reconnectez-vous avant de revenir.",
                "  plage        AUTH 4000-4099, Authentification : Le serveur a refusé les identifiants du client.",
                "  envoi        oui : un point de terminaison peut le mettre dans une trame de fermeture",
                "  close()      oui : le WebSocket.close(4001) d'un navigateur l'accepte",
                "  reconnexion  NEVER : la situation ne se réglera pas d'elle-même ; ne vous reconnectez qu'une fois "
                        + "que quelque chose a changé",
                ""), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pt-BR", "fr", "zh-CN"})
    void noEnglishLabelIsLeftInAnotherLanguage(String tag) {
        for (String code : new String[] {"4001", "4500", "1006", "70000"}) {
            String out = CommandRun.of("explain", code, "--locale", tag).out();
            for (String english : new String[] {"  name ", "  note ", "  range ", "  sendable ", "  reconnect ",
                    " yes", " no:", "not defined", "close frame", "browser", "reconnect at", "by itself"}) {
                assertFalse(out.contains(english), tag + " " + code + ", '" + english + "' in:\n" + out);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en    | 4203 | reconnect    IMMEDIATELY: reconnect at once, without waiting; if that attempt fails too, back off",
        "pt-BR | 3000 | reconexão    REAUTHENTICATE: obtenha credenciais novas primeiro",
        "zh-CN | 4201 | 重连         BACKOFF：暂时性问题；按指数退避并加随机抖动后重连",
        "zh-CN | 1000 | 重连         NEVER：这种情况不会自行消失；等情况有变再重连",
    })
    void everyKindOfAdviceIsExplained(String tag, String code, String line) {
        String out = CommandRun.of("explain", code, "--locale", tag).out();

        assertTrue(out.contains("\n  " + line), out);
    }

    @Test
    void anUnknownNameIsAnErrorInTheChosenLanguage() {
        CommandRun run = CommandRun.of("explain", "CLOSE_SOMETIMES", "--locale", "pt-BR");

        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("Nenhum código de fechamento se chama 'CLOSE_SOMETIMES'."), run.err());
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
