package dev.closecodes.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.sample.ChatCloseCode;
import dev.closecodes.sample.ChatCloseCodeRange;
import java.util.List;
import java.util.Locale;
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
        assertEquals("| Code | Name | Title | Range | Sendable | `close()` | Reconnect | Description |", rows.get(0));
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
