package dev.closecodes.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.closecodes.Reconnect;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LabelTest {
    private static final List<Locale> SHIPPED = List.of(Locale.ENGLISH, Locale.forLanguageTag("pt-BR"), Locale.FRENCH,
            Locale.forLanguageTag("zh-CN"));
    private static final Pattern PLACEHOLDER = Pattern.compile("%[sd]");

    @ParameterizedTest
    @EnumSource(Label.class)
    void everyLanguageHasTheLabelWithTheSamePlaceholders(Label label) {
        List<String> english = placeholders(label.in(Locale.ENGLISH));
        for (Locale locale : SHIPPED) {
            assertFalse(label.in(locale).isBlank(), label + " in " + locale);
            assertEquals(english, placeholders(label.in(locale)), label + " in " + locale);
        }
    }

    @ParameterizedTest
    @EnumSource(Reconnect.class)
    void everyKindOfAdviceIsExplainedInEveryLanguage(Reconnect reconnect) {
        for (Locale locale : SHIPPED.subList(1, SHIPPED.size())) {
            String advice = Label.advice(reconnect, locale);
            assertEquals(reconnect.name(), advice.substring(0, reconnect.name().length()), advice);
            assertNotEquals(Label.advice(reconnect, Locale.ENGLISH), advice, "translated into " + locale);
        }
    }

    @ParameterizedTest
    @CsvSource({"pt, não", "pt-PT, não", "fr-CA, non", "zh-TW, 否", "zh, 否", "de, no", "en-GB, no", "und, no"})
    void aLanguageIsChosenAsTheTablesChooseTheirs(String tag, String no) {
        assertEquals(no, Label.NO.in(Locale.forLanguageTag(tag)));
    }

    @Test
    void theColonFollowsEachLanguagesTypography() {
        assertEquals("BACKOFF : ", Label.advice(Reconnect.BACKOFF, Locale.FRENCH).substring(0, 10));
        assertEquals("BACKOFF：", Label.advice(Reconnect.BACKOFF, Locale.forLanguageTag("zh-CN")).substring(0, 8));
    }

    private static List<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.results().map(result -> result.group()).toList();
    }
}
