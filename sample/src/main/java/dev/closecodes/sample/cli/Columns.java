package dev.closecodes.sample.cli;

/**
 * Pads text to a column for a terminal, where the characters of Chinese, Japanese and Korean take two cells: a
 * column of labels lines up in every language.
 */
final class Columns {
    private Columns() {}

    /**
     * Pads text on the right.
     *
     * @param text the text
     * @param width the column's width in terminal cells
     * @return the text followed by enough spaces to fill {@code width} cells (none if it is wider)
     */
    static String pad(String text, int width) {
        int missing = width - cells(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /**
     * Pads text on the left.
     *
     * @param text the text
     * @param width the column's width in terminal cells
     * @return enough spaces to fill {@code width} cells (none if the text is wider), followed by the text
     */
    static String padLeft(String text, int width) {
        int missing = width - cells(text);
        return missing <= 0 ? text : " ".repeat(missing) + text;
    }

    /**
     * Counts the terminal cells text takes.
     *
     * @param text the text
     * @return one per character, two per wide East Asian character
     */
    static int cells(String text) {
        return text.codePoints().map(codePoint -> isWide(codePoint) ? 2 : 1).sum();
    }

    private static boolean isWide(int codePoint) {
        return codePoint >= 0x1100 && codePoint <= 0x115F          // Hangul Jamo
                || codePoint >= 0x2E80 && codePoint <= 0xA4CF      // CJK radicals to Yi, punctuation included
                || codePoint >= 0xAC00 && codePoint <= 0xD7A3      // Hangul syllables
                || codePoint >= 0xF900 && codePoint <= 0xFAFF      // CJK compatibility ideographs
                || codePoint >= 0xFE30 && codePoint <= 0xFE4F      // CJK compatibility forms
                || codePoint >= 0xFF00 && codePoint <= 0xFF60      // full-width forms
                || codePoint >= 0xFFE0 && codePoint <= 0xFFE6
                || codePoint >= 0x1F300 && codePoint <= 0x1FAFF    // emoji
                || codePoint >= 0x20000 && codePoint <= 0x3FFFD;   // CJK extensions
    }
}
