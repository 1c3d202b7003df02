package dev.closecodes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in English with translations, as generated code stores titles and descriptions.
 *
 * <p>{@link #in(Locale)} picks the best translation for a reader: the exact language tag, then the tag with its
 * last subtags dropped one by one ({@code zh-Hans-CN}, {@code zh-Hans}, {@code zh}), then any translation in the
 * same language (so {@code pt-PT} reads the {@code pt-BR} text rather than English), and English last. A
 * translation into a variety of English, such as {@code en-GB}, is read by that exact tag (and the tags that start
 * with it, such as {@code en-GB-oxendict}); any other English reader reads the English text.
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
        if (tags.length == 0) {
            return english;
        }
        // The reader's tag, then the tag with its last subtags dropped one by one: each is a prefix of the whole
        // tag ending at a '-' (or at its end), so no shorter tag is cut out of it.
        String wanted = locale.toLanguageTag();
        for (int end = wanted.length(); end != -1; end = wanted.lastIndexOf('-', end - 1)) {
            int found = indexOf(wanted, end);
            if (found != -1) {
                return texts[found];
            }
        }
        // Any translation in the reader's language. English readers read the English text rather than a
        // translation into another English, and a reader of no language (the root locale) reads English too.
        String language = locale.getLanguage();
        if (!language.equals("en") && !language.isEmpty()) {
            for (int i = 0; i < tags.length; i++) {
                if (Locale.forLanguageTag(tags[i]).getLanguage().equals(language)) {
                    return texts[i];
                }
            }
        }
        return english;
    }

    /** Returns the index of the tag that equals {@code wanted}'s first {@code length} chars, ignoring case. */
    private int indexOf(String wanted, int length) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].length() == length && tags[i].regionMatches(true, 0, wanted, 0, length)) {
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
        return Objects.hash(english, Arrays.hashCode(tags), Arrays.hashCode(texts));
    }

    @Override
    public String toString() {
        return english;
    }
}
