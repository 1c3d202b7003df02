package dev.closecodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedTextTest {

    /** A text in five languages, built anew in every test so that each one goes through {@code of}. */
    private static LocalizedText text() {
        return LocalizedText.of("English",
                "pt-BR", "Português do Brasil",
                "fr", "Français",
                "zh-CN", "简体中文",
                "zh-Hant", "繁體中文");
    }

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
        assertEquals(expected, text().in(Locale.forLanguageTag(tag)));
    }

    @Test
    void rootLocaleReadsEnglish() {
        LocalizedText text = text();
        assertEquals("English", text.in(Locale.ROOT));
        assertEquals("English", text.english());
        assertEquals("English", text.toString());
    }

    @Test
    void anExactTagWinsOverItsParentAndOverAnyOtherOfTheLanguage() {
        LocalizedText text = LocalizedText.of("English",
                "zh-Hans-CN", "mainland",
                "zh-Hans", "simplified",
                "zh", "Chinese",
                "zh-Hant", "traditional");
        assertEquals("mainland", text.in(Locale.forLanguageTag("zh-Hans-CN")));
        assertEquals("simplified", text.in(Locale.forLanguageTag("zh-Hans")));
        assertEquals("simplified", text.in(Locale.forLanguageTag("zh-Hans-SG")));
        assertEquals("Chinese", text.in(Locale.forLanguageTag("zh")));
        assertEquals("Chinese", text.in(Locale.forLanguageTag("zh-TW")));
        assertEquals("traditional", text.in(Locale.forLanguageTag("zh-Hant-TW")));
    }

    @Test
    void aTranslationIntoAVarietyOfEnglishIsReadByItsOwnTag() {
        LocalizedText text = LocalizedText.of("color", "en-GB", "colour", "fr", "couleur");
        assertEquals("colour", text.in(Locale.forLanguageTag("en-GB")));
        assertEquals("colour", text.in(Locale.forLanguageTag("en-GB-oxendict")));
        // Other English readers read the English text, not another variety's translation.
        assertEquals("color", text.in(Locale.forLanguageTag("en-US")));
        assertEquals("color", text.in(Locale.forLanguageTag("en-AU")));
        assertEquals("color", text.in(Locale.ENGLISH));
        assertEquals("couleur", text.in(Locale.CANADA_FRENCH));
    }

    @Test
    void aTranslationTaggedPlainEnglishIsReadByEveryEnglishReader() {
        LocalizedText text = LocalizedText.of("English", "en", "plain English");
        assertEquals("plain English", text.in(Locale.ENGLISH));
        assertEquals("plain English", text.in(Locale.forLanguageTag("en-GB")));
        assertEquals("English", text.in(Locale.FRENCH));
    }

    @Test
    void aReaderOfNoLanguageReadsEnglishUnlessItsWholeTagIsTranslated() {
        LocalizedText text = LocalizedText.of("English", "und-US", "region only");
        assertEquals("English", text.in(Locale.ROOT));
        assertEquals("region only", text.in(Locale.forLanguageTag("und-US")));
        assertEquals("English", text.in(Locale.forLanguageTag("und-GB")));
    }

    @Test
    void aTagIsMatchedOnlyAtASubtagBoundary() {
        // sl-rozaj is the start of sl-rozajbis, but not a whole subtag of it: that reader reads plain Slovene.
        LocalizedText text = LocalizedText.of("English", "sl-rozaj", "Resian", "sl", "Slovene");
        assertEquals("Resian", text.in(Locale.forLanguageTag("sl-rozaj")));
        assertEquals("Resian", text.in(Locale.forLanguageTag("sl-rozaj-biske")));
        assertEquals("Slovene", text.in(Locale.forLanguageTag("sl-rozajbis")));
        assertEquals("Slovene", text.in(Locale.forLanguageTag("sl-IT")));
    }

    @Test
    void tagsAreMatchedIgnoringCaseAndInTheirCanonicalForm() {
        LocalizedText text = LocalizedText.of("English", "PT-br", "Português", "zh-hans-cn", "简体");
        assertEquals("Português", text.in(Locale.forLanguageTag("pt-BR")));
        assertEquals("简体", text.in(Locale.forLanguageTag("zh-Hans-CN")));
    }

    @Test
    void aTextWithoutTranslationsReadsEnglishEverywhere() {
        for (LocalizedText text : List.of(LocalizedText.of("Only English"), LocalizedText.of("Only English",
                new String[0]))) {
            assertEquals("Only English", text.english());
            for (String tag : List.of("en", "fr", "pt-BR", "zh-Hans-CN", "und")) {
                assertEquals("Only English", text.in(Locale.forLanguageTag(tag)));
            }
        }
    }

    @Test
    void rejectsMalformedPairsRepeatedTagsAndNulls() {
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
                () -> LocalizedText.of("x", "fr"));
        assertEquals("tagsAndTexts must hold pairs of a tag and a text, but has 1 elements", odd.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("x", "fr", "a", "de", "b", "it"));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> LocalizedText.of("x", "fr", "a", "de", "b", "FR", "c"));
        assertEquals("language tag fr is given twice", twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("x", "pt-BR", "a", "pt-br", "b"));
        assertThrows(NullPointerException.class, () -> LocalizedText.of(null));
        assertThrows(NullPointerException.class, () -> LocalizedText.of(null, "fr", "a"));
        assertThrows(NullPointerException.class, () -> LocalizedText.of("x", null, "a"));
        assertThrows(NullPointerException.class, () -> LocalizedText.of("x", "fr", null));
        assertThrows(NullPointerException.class, () -> text().in(null));
    }

    @Test
    void equalTextsAreEqualAndHashAlike() {
        LocalizedText a = LocalizedText.of("Bye", "fr", "Au revoir", "pt-BR", "Tchau");
        LocalizedText b = LocalizedText.of("Bye", "fr", "Au revoir", "pt-br", "Tchau");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(LocalizedText.of("Bye"), LocalizedText.of("Bye", new String[0]));
        assertEquals(LocalizedText.of("Bye").hashCode(), LocalizedText.of("Bye", new String[0]).hashCode());
    }

    @Test
    void textsThatDifferInAnyPartAreNotEqualAndHashApart() {
        LocalizedText base = LocalizedText.of("Bye", "fr", "Au revoir");
        List<LocalizedText> others = List.of(
                LocalizedText.of("Goodbye", "fr", "Au revoir"), // the English text
                LocalizedText.of("Bye", "it", "Au revoir"), // a tag
                LocalizedText.of("Bye", "fr", "Salut"), // a translation
                LocalizedText.of("Bye"), // no translation
                LocalizedText.of("Bye", "fr", "Au revoir", "it", "Ciao")); // one more
        for (LocalizedText other : others) {
            assertNotEquals(base, other);
            assertNotEquals(other, base);
            // Texts serve as keys of maps (a catalogue of messages, a cache of rendered pages): a hash that
            // ignored a part would pile such texts into one bucket.
            assertNotEquals(base.hashCode(), other.hashCode(), other + " " + other.in(Locale.FRENCH));
        }
        assertNotEquals(base, "Bye");
        assertNotEquals(base, null);
    }
}
