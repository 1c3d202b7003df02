package dev.closecodes.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.sample.ChatCloseCode;
import dev.closecodes.sample.ChatCloseCodeRange;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "fr", "zh-CN"})
    void textTableListsEveryCodeAndRangeInTheChosenLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        CommandRun run = CommandRun.of("table", "--locale", tag);

        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().collect(Collectors.toList());
        ChatCloseCode[] codes = ChatCloseCode.values();
        for (int i = 0; i < codes.length; i++) {
            ChatCloseCode code = codes[i];
            String line = lines.get(1 + i);
            assertTrue(line.trim().startsWith(code.code() + "  " + code.name() + " "), line);
            assertTrue(line.contains(" " + code.range().name() + " "), line);
            assertTrue(line.contains(" " + code.reconnect() + " "), line);
            assertTrue(line.endsWith(" " + code.title(locale)), line);
        }
        for (ChatCloseCodeRange range : ChatCloseCodeRange.values()) {
            assertTrue(lines.stream().anyMatch(line -> line.contains(" " + range.name() + " ")
                    && line.endsWith(" " + range.title(locale))), range + " in:\n" + run.out());
        }
    }

    @Test
    void textTableSpeaksFrenchInItsHeadingsAndAnswers() {
        List<String> lines = CommandRun.of("table", "--locale", "fr").out().lines().collect(Collectors.toList());

        assertEquals(" code  nom                    plage         envoi    close() reconnexion    titre", lines.get(0));
        assertTrue(row(String.join("\n", lines), "1006 ").matches(".*STANDARD +non +non +BACKOFF +Fermeture anormale"),
                lines.toString());
        assertTrue(lines.contains("codes        plage         envoi    reconnexion    titre"), lines.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("autres       OUT_OF_RANGE  non "), lines.toString());
    }

    @Test
    void textTableColumnsLineUpInChinese() {
        List<String> lines = CommandRun.of("table", "--locale", "zh-CN").out().lines().collect(Collectors.toList());

        int titleColumn = Columns.cells(lines.get(0)) - Columns.cells("标题");
        for (String line : lines.subList(1, ChatCloseCode.values().length + 1)) {
            ChatCloseCode code = ChatCloseCode.fromCode(Integer.parseInt(line.trim().split(" ")[0])).orElseThrow();
            String title = code.title(Locale.forLanguageTag("zh-CN"));
            assertEquals(titleColumn, Columns.cells(line) - Columns.cells(title), line);
            assertTrue(line.contains(" 是 ") || line.contains(" 否 "), line);
        }
    }

    @Test
    void textTableTellsSendabilityAndWhatCloseAccepts() {
        CommandRun run = CommandRun.of("table");
        String closure = row(run.out(), "1006 ");
        String normal = row(run.out(), "1000 ");
        String goingAway = row(run.out(), "1001 ");

        assertTrue(closure.matches(".*STANDARD +no +no +BACKOFF .*"), closure);
        assertTrue(normal.matches(".*STANDARD +yes +yes +NEVER .*"), normal);
        assertTrue(goingAway.matches(".*STANDARD +yes +no +BACKOFF .*"), goingAway);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "fr", "zh-CN"})
    void markdownTableHasARowPerCodeWithItsDescription(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        CommandRun run = CommandRun.of("table", "--format", "markdown", "--locale", tag);

        assertEquals(0, run.status(), run.err());
        List<String> rows = run.out().lines().collect(Collectors.toList());
        assertEquals(Map.of(
                "en", "| Code | Name | Title | Range | Sendable | `close()` | Reconnect | Description |",
                "pt-BR", "| Código | Nome | Título | Faixa | Envio | `close()` | Reconexão | Descrição |",
                "fr", "| Code | Nom | Titre | Plage | Envoi | `close()` | Reconnexion | Description |",
                "zh-CN", "| 关闭码 | 名称 | 标题 | 范围 | 可发送 | `close()` | 重连 | 描述 |").get(tag), rows.get(0));
        for (ChatCloseCode code : ChatCloseCode.values()) {
            String row = rows.stream().filter(line -> line.startsWith("| " + code.code() + " |")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + code));
            assertEquals(10, row.split("(?<!\\\\)\\|", -1).length, "8 cells between 9 bars: " + row);
            assertTrue(row.endsWith("| " + code.description(locale) + " |"), row);
        }
        assertEquals(ChatCloseCode.values().length + ChatCloseCodeRange.values().length + 5, rows.size(),
                "two headers, two separators, one blank line, and a row per code and per range");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CommandRun run = CommandRun.of("table", "--format", "html");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("text, markdown"), run.err());
    }

    private static String row(String table, String start) {
        return table.lines().filter(line -> line.trim().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no row starting with " + start));
    }
}
