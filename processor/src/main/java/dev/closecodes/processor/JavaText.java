package dev.closecodes.processor;

/**
 * Turns a table's text into Java string literals and javadoc that say exactly that text and nothing more.
 *
 * <p>javac reads unicode escapes everywhere, comments included, so a backslash is never left in front of a
 * {@code u}; line terminators never reach a literal raw; bidirectional controls and other invisible characters
 * are written as escapes so that the source reads as it compiles.
 */
final class JavaText {
    private JavaText() {}

    /** Returns {@code text} as a Java string literal, quotes included. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        // An octal escape: a unicode escape of a control character is read before the literal is.
                        out.append(String.format("\\%03o", (int) c));
                    } else if (isInvisible(text, i)) {
                        out.append(String.format("\\u%04X", (int) c));
                        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                            // javac looks past an unpaired high surrogate for its low half and, from JDK 16 on,
                            // forgets a backslash it saw there: "\uD800\\u0022" would read as a quote. End the
                            // literal here, so that what follows the surrogate is a quote.
                            out.append("\" + \"");
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Returns {@code text} as javadoc prose: HTML-escaped, with nothing javadoc or javac would read as markup. */
    static String javadoc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append('\n');
                default -> {
                    if (c < 0x20 || c == 0x7F || isInvisible(text, i)) {
                        out.append("&#x").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Tells whether the char at {@code index} would be invisible, misleading or a line break in source, Java's or
     * JavaScript's: controls, format characters (the bidirectional controls among them), line and paragraph
     * separators, private-use and unassigned characters, and surrogates that are not half of a pair.
     */
    static boolean isInvisible(String text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.CONTROL -> true;
            default -> false;
        };
    }

    /**
     * Wraps the javadoc lines of {@code source} that are longer than {@code width} at spaces, keeping each line's
     * {@code " * "} prefix, and indenting the lines of a block tag such as {@code @return} under it. A line is never
     * broken inside an inline tag, nor before an {@code @} that would start a block tag; a line with no such space
     * stays as it is. Code lines are left alone.
     */
    static String wrapJavadoc(String source, int width) {
        StringBuilder out = new StringBuilder(source.length() + source.length() / 50);
        boolean inJavadoc = false;
        int start = 0;
        while (start < source.length()) {
            int end = source.indexOf('\n', start);
            end = end < 0 ? source.length() : end + 1;
            String line = source.substring(start, end);
            start = end;
            String trimmed = line.strip();
            if (!inJavadoc && trimmed.startsWith("/**")) {
                inJavadoc = !trimmed.endsWith("*/");
            } else if (inJavadoc && trimmed.endsWith("*/")) {
                inJavadoc = false;
            } else if (inJavadoc && trimmed.startsWith("* ")) {
                wrapLine(line, line.indexOf('*') + 2, width, out);
                continue;
            }
            out.append(line);
        }
        return out.toString();
    }

    /** Appends {@code line}, whose text starts at {@code textStart}, wrapped to {@code width}. */
    private static void wrapLine(String line, int textStart, int width, StringBuilder out) {
        // A block tag's wrapped lines are indented under it, as javadoc is written by hand.
        String prefix = line.substring(0, textStart) + (line.startsWith("@", textStart) ? "    " : "");
        String rest = line;
        int start = textStart;
        while (rest.stripTrailing().length() > width) {
            int at = breakAt(rest, start, width);
            if (at < 0) {
                break;
            }
            out.append(rest, 0, at).append('\n');
            rest = prefix + rest.substring(at + 1);
            start = prefix.length();
        }
        out.append(rest);
    }

    /** The space to break {@code line} at: the last one that leaves it at most {@code width} long, or -1. */
    private static int breakAt(String line, int textStart, int width) {
        int found = -1;
        int depth = 0;
        for (int i = textStart; i < line.length() && (found < 0 || i <= width); i++) {
            char c = line.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == ' ' && depth == 0 && i > textStart && line.charAt(i - 1) != ' '
                    && i + 1 < line.length() && line.charAt(i + 1) != '@' && line.charAt(i + 1) != ' '
                    && line.charAt(i + 1) != '\n') {
                if (i <= width || found < 0) {
                    found = i;
                }
            }
        }
        return found;
    }
}
