package dev.closecodes.processor;

import dev.closecodes.Reconnect;
import java.util.List;

/**
 * One close code of a table, with every default resolved.
 *
 * @param name the constant's name, which becomes the enum constant's
 * @param value the code
 * @param title the English title
 * @param description the English description
 * @param sendable whether the code may be sent
 * @param reconnect the advice after a close with this code: the code's own, or its innermost range's
 * @param aliases other names {@code fromName} accepts
 * @param translations titles and descriptions in other languages
 */
record Code(
        String name,
        int value,
        String title,
        String description,
        boolean sendable,
        Reconnect reconnect,
        List<String> aliases,
        List<TranslatedText> translations) {

    Code {
        aliases = List.copyOf(aliases);
        translations = List.copyOf(translations);
    }
}
