package dev.closecodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
    private static final LocalizedText TEXT = LocalizedText.of("English",
            "pt-BR", "Português do Brasil",
            "fr", "Français",
            "zh-CN", "简体中文",
            "zh-Hant", "繁體中文");

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "en, English",
        "en-GB, English",
        "pt-BR, Português do Brasil",
        "pt, Português do Brasil",
        "pt-PT, Português do Brasil",
        "fr, Français",
        "fr-CA, Français",
        "zh-CN, 简体中文",
        "zh-Hans-CN, 简体中文",
        "zh-Hant-TW, 繁體中文",
        "de, English",
        "ja-JP, English",
        "und, English",
    })
    void picksTheBestMatchFallingBackToEnglish(String tag, String expected) {
        assertEquals(expected, TEXT.in(Locale.forLanguageTag(tag)));
    }

    @Test
    void rootLocaleReadsEnglish() {
        assertEquals("English", TEXT.in(Locale.ROOT));
        assertEquals("English", TEXT.english());
    }

    @Test
    void rejectsMalformedPairsAndRepeatedTags() {
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("x", "fr"));
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("x", "fr", "a", "FR", "b"));
        assertThrows(NullPointerException.class, () -> TEXT.in(null));
    }
}
