package dev.closecodes.processor;

import dev.closecodes.Reconnect;
import java.util.List;

/**
 * One range of a table, with every default resolved.
 *
 * @param name the generated constant's name
 * @param from the first code, inclusive
 * @param to the last code, inclusive
 * @param title the English title
 * @param description the English description
 * @param sendable whether undeclared codes of the range may be sent
 * @param reconnect the advice for codes of the range that give none: the range's own, or its enclosing range's
 * @param translations titles and descriptions in other languages
 */
record Range(
        String name,
        int from,
        int to,
        String title,
        String description,
        boolean sendable,
        Reconnect reconnect,
        List<TranslatedText> translations) {

    Range {
        translations = List.copyOf(translations);
    }
}
