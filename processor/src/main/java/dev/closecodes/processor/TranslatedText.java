package dev.closecodes.processor;

/**
 * A title and description in one language, as the model holds them.
 *
 * @param locale a normalized BCP 47 tag, such as {@code pt-BR}
 * @param title the title in that language, or {@code ""} to keep the English one
 * @param description the description in that language
 */
record TranslatedText(String locale, String title, String description) {}
