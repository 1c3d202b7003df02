package dev.closecodes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in English with translations, as generated code stores titles and descriptions.
 *
 * <p>{@link #in(Locale)} picks the best translation for a reader: the exact language tag, then the tag with its
 * last subtags dropped one by one ({@code zh-Hans-CN}, {@code zh-Hans}, {@code zh}), then any translation in the
 * same language (so {@code pt-PT} reads the {@code pt-BR} text rather than English), and English last.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class LocalizedText {
    private static final String[] NONE = {};

    private final String english;
    private final String[] tags;
    private final String[] texts;

    private LocalizedText(String english, String[] tags, String[] texts) {
        this.english = english;
        this.tags = tags;
        this.texts = texts;
    }

    /**
     * Returns a text with no translation.
     *
     * @param english the English text
     * @return the text
     */
    public static LocalizedText of(String english) {
        return new LocalizedText(Objects.requireNonNull(english, "english"), NONE, NONE);
    }

    /**
     * Returns a text with translations, given as pairs of a BCP 47 language tag and the text in that language.
     *
     * @param english the English text
     * @param tagsAndTexts {@code tag, text, tag, text, …}; a tag must not repeat
     * @return the text
     * @throws IllegalArgumentException if {@code tagsAndTexts} has an odd length or a tag appears twice
     */
    public static LocalizedText of(String english, String... tagsAndTexts) {
        Objects.requireNonNull(english, "english");
        if (tagsAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("tagsAndTexts must hold pairs of a tag and a text, but has "
                    + tagsAndTexts.length + " elements");
        }
        int count = tagsAndTexts.length / 2;
        String[] tags = new String[count];
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) {
            String tag = Locale.forLanguageTag(Objects.requireNonNull(tagsAndTexts[2 * i], "tag")).toLanguageTag();
            for (int j = 0; j < i; j++) {
                if (tags[j].equalsIgnoreCase(tag)) {
                    throw new IllegalArgumentException("language tag " + tag + " is given twice");
                }
            }
            tags[i] = tag;
            texts[i] = Objects.requireNonNull(tagsAndTexts[2 * i + 1], "text");
        }
        return new LocalizedText(english, tags, texts);
    }

    /**
     * Returns the English text.
     *
     * @return the English text
     */
    public String english() {
        return english;
    }

    /**
     * Returns the text in the language that best matches {@code locale}, or in English if there is none.
     *
     * @param locale the reader's locale
     * @return the best text for that reader
     */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (tags.length == 0 || locale.getLanguage().equals("en") || locale.getLanguage().isEmpty()) {
            return english;
        }
        for (String wanted = locale.toLanguageTag(); ; ) {
            int found = indexOf(wanted);
            if (found >= 0) {
                return texts[found];
            }
            int cut = wanted.lastIndexOf('-');
            if (cut < 0) {
                break;
            }
            wanted = wanted.substring(0, cut);
        }
        for (int i = 0; i < tags.length; i++) {
            if (Locale.forLanguageTag(tags[i]).getLanguage().equals(locale.getLanguage())) {
                return texts[i];
            }
        }
        return english;
    }

    private int indexOf(String tag) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].equalsIgnoreCase(tag)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that
                && english.equals(that.english)
                && Arrays.equals(tags, that.tags)
                && Arrays.equals(texts, that.texts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * english.hashCode() + Arrays.hashCode(tags)) + Arrays.hashCode(texts);
    }

    @Override
    public String toString() {
        return english;
    }
}
