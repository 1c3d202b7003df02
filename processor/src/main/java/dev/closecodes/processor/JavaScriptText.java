package dev.closecodes.processor;

import java.util.Locale;

/**
 * Turns a table's text into JavaScript and TypeScript string literals and JSDoc that say exactly that text and
 * nothing more, wherever the module ends up: in a file of its own, a bundle, or inline in a {@code <script>}
 * element.
 *
 * <p>A literal holds the same UTF-16 units as the Java string: every {@code <} is {@code \u003C}, so that neither
 * {@code </script>} nor {@code <!--} can end or change the element it is inlined into; line terminators
 * (U+2028 and U+2029 among them), controls, format characters (bidirectional marks among them), private-use and
 * unassigned characters, and unpaired surrogates are {@code \}{@code uXXXX} escapes, so the source reads as it runs.
 * Double-quoted literals take {@code $}, backticks and {@code ${} as they are.
 */
final class JavaScriptText {
    private JavaScriptText() {}

    /** Returns {@code text} as a double-quoted JavaScript string literal. */
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
                case '<' -> out.append("\\u003C");
                default -> {
                    if (JavaText.isInvisible(text, i)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Returns {@code text} as JSDoc prose, its line breaks as {@code \n}: HTML-escaped, as editors render JSDoc as
     * Markdown with HTML, with nothing that would end the comment or start a tag.
     */
    static String jsdoc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '`' -> out.append("&#96;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append('\n');
                default -> {
                    if (JavaText.isInvisible(text, i)) {
                        out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Tells whether {@code name} can be written as a property name or export without quotes. */
    static boolean isPlainName(String name) {
        if (name.isEmpty() || name.equals("__proto__")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '$';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether {@code name} is a JavaScript identifier (ECMAScript's ID_Start and ID_Continue, which
     * {@link Character#isUnicodeIdentifierStart(int)} and {@link Character#isUnicodeIdentifierPart(int)} follow,
     * less the characters Java ignores in identifiers), so that it can name an export.
     */
    static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            boolean ok = c == '$' || c == '_'
                    || (i == 0 ? Character.isUnicodeIdentifierStart(c)
                            : Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
            if (!ok) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
