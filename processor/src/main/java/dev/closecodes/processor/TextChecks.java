package dev.closecodes.processor;

import static dev.closecodes.processor.Annotations.DESCRIPTION;
import static dev.closecodes.processor.Annotations.LOCALE;
import static dev.closecodes.processor.Annotations.RECONNECT;
import static dev.closecodes.processor.Annotations.TITLE;

import dev.closecodes.processor.Declarations.TranslationDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the text of a code or range, its translations and their locales, and its {@code reconnect}; what codes and
 * ranges have alike. Each check reports its problems and tells whether the declaration may enter the model.
 */
final class TextChecks {
    private final Reporter reporter;

    TextChecks(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Checks the English title and description of {@code owner}, declared at {@code position}. */
    boolean checkText(Position position, String owner, String title, String description) {
        boolean ok = true;
        if (title.isBlank()) {
            reporter.report(Problem.BLANK_TITLE, position.at(TITLE), owner);
            ok = false;
        }
        if (description.isBlank()) {
            reporter.report(Problem.BLANK_DESCRIPTION, position.at(DESCRIPTION), owner);
            ok = false;
        }
        long titleBytes = classFileBytes(title);
        if (titleBytes > Limits.UNSIGNED_SHORT_MAX) {
            reporter.report(Problem.TITLE_TOO_LONG, position.at(TITLE), owner, titleBytes);
            ok = false;
        }
        long descriptionBytes = classFileBytes(description);
        if (descriptionBytes > Limits.UNSIGNED_SHORT_MAX) {
            reporter.report(Problem.DESCRIPTION_TOO_LONG, position.at(DESCRIPTION), owner, descriptionBytes);
            ok = false;
        }
        return ok;
    }

    /** Checks that {@code reconnect} names at most one value. */
    boolean checkReconnect(Position position, String owner, List<String> reconnect) {
        if (reconnect.size() > 1) {
            reporter.report(Problem.RECONNECT_TWICE, position.at(RECONNECT), owner, reconnect.size());
            return false;
        }
        return true;
    }

    /** Checks each translation's locale and text, and that no locale comes twice. */
    boolean checkTranslations(String owner, List<TranslationDeclaration> translations) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (TranslationDeclaration translation : translations) {
            Position locale = translation.position().at(LOCALE);
            Optional<String> tag = normalize(translation.locale());
            if (tag.isEmpty()) {
                reporter.report(Problem.LOCALE_INVALID, locale, translation.locale(), owner);
                ok = false;
            } else if (Locale.forLanguageTag(tag.get()).getLanguage().equals("en")) {
                reporter.report(Problem.LOCALE_ENGLISH, locale, translation.locale(), owner);
                ok = false;
            } else if (!seen.add(tag.get().toLowerCase(Locale.ROOT))) {
                reporter.report(Problem.LOCALE_TWICE, locale, tag.get(), owner);
                ok = false;
            }
            Position title = translation.position().at(TITLE);
            Position description = translation.position().at(DESCRIPTION);
            if (!translation.title().isEmpty() && translation.title().isBlank()) {
                reporter.report(Problem.BLANK_TRANSLATED_TITLE, title, translation.locale(), owner);
                ok = false;
            }
            if (translation.description().isBlank()) {
                reporter.report(Problem.BLANK_TRANSLATED_DESCRIPTION, description, translation.locale(), owner);
                ok = false;
            }
            long titleBytes = classFileBytes(translation.title());
            if (titleBytes > Limits.UNSIGNED_SHORT_MAX) {
                reporter.report(Problem.TRANSLATED_TITLE_TOO_LONG, title, translation.locale(), owner, titleBytes);
                ok = false;
            }
            long descriptionBytes = classFileBytes(translation.description());
            if (descriptionBytes > Limits.UNSIGNED_SHORT_MAX) {
                reporter.report(Problem.TRANSLATED_DESCRIPTION_TOO_LONG, description, translation.locale(), owner,
                        descriptionBytes);
                ok = false;
            }
        }
        return ok;
    }

    /** The bytes {@code text} takes as a string constant of a class file, where javac writes it as modified UTF-8. */
    private static long classFileBytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    /**
     * Returns a well-formed BCP 47 tag in the form the generated code's {@code LocalizedText} files it under, or
     * nothing if {@code tag} is not one or names no language.
     */
    static Optional<String> normalize(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            String runtime = Locale.forLanguageTag(locale.toLanguageTag()).toLanguageTag();
            String language = Locale.forLanguageTag(runtime).getLanguage();
            return language.isEmpty() || language.equals("und") ? Optional.empty() : Optional.of(runtime);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** The model of checked translations. */
    static List<TranslatedText> translations(List<TranslationDeclaration> declared) {
        List<TranslatedText> translations = new ArrayList<>();
        for (TranslationDeclaration translation : declared) {
            translations.add(new TranslatedText(normalize(translation.locale()).orElseThrow(), translation.title(),
                    translation.description()));
        }
        return translations;
    }
}
