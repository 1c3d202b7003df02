package dev.closecodes.processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes {@code {prefix}CloseCodes.js}, an ES module that says what the generated Java types say about every code
 * of a table, and {@code {prefix}CloseCodes.d.ts}, its TypeScript declarations.
 *
 * <p>The module is data and a fixed runtime: one row per range and per code, then frozen objects made from the
 * rows once, when the module loads, and arrays that {@code fromCode}, {@code classify} and {@code isSendable}
 * index, so that no lookup allocates. It imports nothing, and the same table gives the same bytes on every build.
 */
final class JavaScriptModuleWriter {
    /** What a client should do after a close, as {@code dev.closecodes.Reconnect} names it, with its meaning. */
    private static final List<String[]> RECONNECT = List.of(
            new String[] {"NEVER", "the condition will not go away by itself: do not reconnect until something "
                    + "changes"},
            new String[] {"BACKOFF", "transient: reconnect with exponential backoff and jitter"},
            new String[] {"IMMEDIATELY", "reconnect at once, without waiting (the server moves or rebalances its "
                    + "clients); if that attempt fails too, back off"},
            new String[] {"REAUTHENTICATE", "get fresh credentials first (refresh the token, sign in again), then "
                    + "reconnect with backoff"});

    /** The module's lookups and exports, which read the table's rows; the same in every module. */
    private static final String RUNTIME = runtime();

    /** The widest a generated line gets where the writer wraps lists. */
    private static final int WIDTH = 100;

    /** The two files of one table's module. */
    record Module(String path, String javascript, String declarations) {}

    /** Where a table's module goes in the class output, without the extension. */
    static String path(Table table) {
        String packageName = table.names().code().packageName();
        return "META-INF/resources/closecodes/" + (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/")
                + baseName(table);
    }

    /** Tells whether the table's names can be the module's exports: {@code {prefix}CloseCode} is one. */
    static boolean hasJavaScriptNames(Table table) {
        return JavaScriptText.isIdentifier(table.names().code().simpleName());
    }

    Module write(Table table) {
        return new Module(path(table), javascript(table), declarations(table));
    }

    // ------------------------------------------------------------------------------------------ the module

    private static String javascript(Table table) {
        String codeName = table.names().code().simpleName();
        StringBuilder out = new StringBuilder(8192);
        header(out, table, baseName(table) + ".js: the close codes of {table} as an ES module, with its TypeScript "
                + "declarations in " + baseName(table) + ".d.ts.");
        out.append("\n// Each text is English, then its row's languages (lower-case BCP 47 tags) in turn, null for "
                + "none.\n\n");

        List<Range> ranges = new ArrayList<>(table.ranges());
        ranges.add(CloseCodeRangeWriter.OUTSIDE);
        List<String> rowTags = new ArrayList<>();
        ranges.forEach(range -> rowTags.add(tags(range.translations())));
        table.codes().forEach(code -> rowTags.add(tags(code.translations())));
        String common = commonTags(rowTags);
        if (common != null) {
            out.append("/** The languages of most rows. */\n")
                    .append("const LANGUAGES = ").append(common).append(";\n\n");
        }
        Function<List<TranslatedText>, String> languages = translations -> {
            String listed = tags(translations);
            return listed.equals(common) ? "LANGUAGES" : listed;
        };

        out.append("/** ").append(table.names().range().simpleName())
                .append("'s ranges: name, from, to, sendable, reconnect, languages, title, description. */\n");
        out.append("const RANGE_ROWS = [\n");
        for (Range range : ranges) {
            out.append("  [").append(JavaScriptText.literal(range.name())).append(", ").append(range.from())
                    .append(", ").append(range.to()).append(", ").append(range.sendable()).append(", ")
                    .append(JavaScriptText.literal(range.reconnect().name())).append(", ")
                    .append(languages.apply(range.translations())).append(",\n");
            out.append(texts(range.title(), range.translations(), TranslatedText::title)).append(",\n");
            out.append(texts(range.description(), range.translations(), TranslatedText::description))
                    .append("],\n");
        }
        out.append("];\n\n");

        out.append("/** ").append(codeName)
                .append("'s codes: code, name, sendable, reconnect, aliases, languages, title, description. */\n");
        out.append("const CODE_ROWS = [\n");
        for (Code code : table.codes()) {
            out.append("  [").append(code.value()).append(", ").append(JavaScriptText.literal(code.name()))
                    .append(", ").append(code.sendable()).append(", ")
                    .append(JavaScriptText.literal(code.reconnect().name())).append(", [");
            for (int i = 0; i < code.aliases().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(JavaScriptText.literal(code.aliases().get(i)));
            }
            out.append("], ").append(languages.apply(code.translations())).append(",\n");
            out.append(texts(code.title(), code.translations(), TranslatedText::title)).append(",\n");
            out.append(texts(code.description(), code.translations(), TranslatedText::description))
                    .append("],\n");
        }
        out.append("];\n\n");

        int first = table.codes().isEmpty() ? 0 : table.codes().get(0).value();
        out.append("/** One past the highest code any range holds. */\n")
                .append("const LIMIT = ").append(table.rangeLimit()).append(";\n\n")
                .append("/** The lowest code. */\n")
                .append("const FIRST_CODE = ").append(first).append(";\n");
        out.append(RUNTIME);

        out.append("\n/** Every code of ").append(jsdoc(table.spec().simpleName()))
                .append(" by name, in a frozen object without prototype. */\n");
        out.append("export const ").append(codeName).append(" = Object.freeze(\n  Object.assign(Object.create(null), "
                + "Object.fromEntries(CODES.map((code) => [code.name, code.code]))));\n");
        return out.toString();
    }

    /** The languages most rows list, if two or more list them and they are not none; else {@code null}. */
    private static String commonTags(List<String> rowTags) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rowTags.forEach(tags -> counts.merge(tags, 1, Integer::sum));
        String common = null;
        int most = 1;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most && !entry.getKey().equals("[]")) {
                common = entry.getKey();
                most = entry.getValue();
            }
        }
        return common;
    }

    /** {@code ["tag", …]}: the languages of the translations, in their order. */
    private static String tags(List<TranslatedText> translations) {
        return "[" + String.join(", ", translations.stream()
                .map(translation -> JavaScriptText.literal(tag(translation.locale()))).toList()) + "]";
    }

    /**
     * {@code ["English", "translation", …]}, indented as a row's text: one line if it fits, else a text a line;
     * {@code null} for a translation that gives no text for this field.
     */
    private static String texts(String english, List<TranslatedText> translations,
            Function<TranslatedText, String> text) {
        List<String> literals = new ArrayList<>();
        literals.add(JavaScriptText.literal(english));
        for (TranslatedText translation : translations) {
            String translated = text.apply(translation);
            literals.add(translated.isEmpty() ? "null" : JavaScriptText.literal(translated));
        }
        String oneLine = "    [" + String.join(", ", literals) + "]";
        return oneLine.length() + 2 <= WIDTH ? oneLine
                : "    [" + String.join(",\n      ", literals) + "]";
    }

    /** The tag as {@code LocalizedText} compares it: normalized by {@code Locale}, in lower case. */
    private static String tag(String locale) {
        return Locale.forLanguageTag(locale).toLanguageTag().toLowerCase(Locale.ROOT);
    }


    // ------------------------------------------------------------------------------------ the declarations

    private static String declarations(Table table) {
        String codeName = table.names().code().simpleName();
        String rangeName = table.names().range().simpleName();
        String spec = jsdoc(table.spec().simpleName());
        StringBuilder out = new StringBuilder(4096);
        header(out, table, baseName(table) + ".d.ts: the TypeScript declarations of " + baseName(table)
                + ".js, the close codes of {table} as an ES module.");

        out.append("\n/**\n * What a client should do after a connection closed, as dev.closecodes.Reconnect says:\n"
                + " *\n");
        for (String[] reconnect : RECONNECT) {
            out.append(wrapped(" * - ", "`" + reconnect[0] + "`: " + reconnect[1] + ";", " *   ")).append('\n');
        }
        out.setLength(out.length() - 2);
        out.append(".\n */\nexport type Reconnect =");
        for (String[] reconnect : RECONNECT) {
            out.append(" ").append(reconnect == RECONNECT.get(0) ? "" : "| ").append('"').append(reconnect[0])
                    .append('"');
        }
        out.append(";\n\n");

        out.append("/** The name of every code of ").append(spec).append(", as ").append(codeName)
                .append(" names its constants. */\n");
        union(out, "export type " + codeName + "Name =",
                table.codes().stream().map(code -> JavaScriptText.literal(code.name())).toList());
        out.append("\n/** Every code of ").append(spec).append(", its own and those it inherits. */\n");
        union(out, "export type " + codeName + "Value =",
                table.codes().stream().map(code -> Integer.toString(code.value())).toList());

        out.append("\n/**\n * Every code of ").append(spec).append(" by name, as ").append(codeName)
                .append(" names its constants: a frozen object\n * without prototype.\n */\n");
        out.append("export declare const ").append(codeName).append(": {\n");
        for (Code code : table.codes()) {
            out.append("  /**\n").append(wrapped("   * ", code.value() + " " + jsdoc(code.title()) + ": "
                    + jsdoc(code.description()), "   * ").replace(" * \n", " *\n")).append("\n   */\n");
            out.append("  readonly ").append(JavaScriptText.isPlainName(code.name()) ? code.name()
                    : JavaScriptText.literal(code.name())).append(": ").append(code.value()).append(";\n");
        }
        out.append("};\n\n");

        out.append("/** One code of ").append(spec).append(", as the Java enum ").append(codeName)
                .append(" tells it. */\n");
        out.append("export interface CloseCodeInfo {\n"
                + "  /** The numeric code, as a close frame carries it. */\n"
                + "  readonly code: ").append(codeName).append("Value;\n"
                + "  /** The constant's name, such as `NORMAL_CLOSURE`. */\n"
                + "  readonly name: ").append(codeName).append("Name;\n"
                + "  /** Whether an endpoint may put this code in a close frame. */\n"
                + "  readonly sendable: boolean;\n"
                + "  /** What a client should do after a close with this code. */\n"
                + "  readonly reconnect: Reconnect;\n"
                + "  /** Other names of the code, such as older names from the MDN pages. */\n"
                + "  readonly aliases: readonly string[];\n"
                + "  /** The innermost range that holds the code. */\n"
                + "  readonly range: CloseCodeRangeInfo;\n"
                + "  /**\n"
                + "   * The code's title in the language that best matches `locale`, a BCP 47 tag, as Java's\n"
                + "   * `title(Locale)` picks it: the exact tag, then the tag with subtags dropped, then any text\n"
                + "   * in the same language, then English; English without a tag.\n"
                + "   */\n"
                + "  title(locale?: string): string;\n"
                + "  /** What the code means, in the language that best matches `locale`, as `title` picks it. */\n"
                + "  description(locale?: string): string;\n"
                + "}\n\n");

        out.append("/** One range of ").append(spec).append(", as the Java enum ").append(rangeName)
                .append(" tells it. */\n");
        out.append("export interface CloseCodeRangeInfo {\n"
                + "  /** The constant's name, such as `APPLICATIONS`, or `OUT_OF_RANGE`. */\n"
                + "  readonly name: string;\n"
                + "  /** The first code, inclusive (-2147483648 for `OUT_OF_RANGE`). */\n"
                + "  readonly from: number;\n"
                + "  /** The last code, inclusive (2147483647 for `OUT_OF_RANGE`). */\n"
                + "  readonly to: number;\n"
                + "  /** Whether codes of this range that the table does not declare may be sent. */\n"
                + "  readonly sendable: boolean;\n"
                + "  /** The advice for codes of this range that give none of their own. */\n"
                + "  readonly reconnect: Reconnect;\n"
                + "  /** The range's title in the language that best matches `locale`, as a code's `title` picks it. "
                + "*/\n"
                + "  title(locale?: string): string;\n"
                + "  /** What the range's codes mean, in the language that best matches `locale`. */\n"
                + "  description(locale?: string): string;\n"
                + "  /**\n"
                + "   * Whether the range holds `code`, an integer, directly or through a range inside it; for\n"
                + "   * `OUT_OF_RANGE`, whether no other range holds it.\n"
                + "   */\n"
                + "  contains(code: number): boolean;\n"
                + "}\n\n");

        out.append("/** Every code of ").append(spec).append(", in ascending order, as ").append(codeName)
                .append(".values(). */\n"
                        + "export declare const CODES: readonly CloseCodeInfo[];\n\n");
        out.append("/**\n * Every range of ").append(spec).append(", as ").append(rangeName)
                .append(".values(): ascending, each enclosing range\n"
                        + " * before the ranges inside it, `OUT_OF_RANGE` last.\n */\n"
                        + "export declare const RANGES: readonly CloseCodeRangeInfo[];\n\n");
        out.append("/**\n * Returns the code `code`, without allocating; `undefined` if the table declares no such "
                + "code\n * (a number that is not an integer included).\n *\n"
                + " * @throws {TypeError} if `code` is not a number\n */\n"
                + "export declare function fromCode(code: number): CloseCodeInfo | undefined;\n\n");
        out.append("/**\n * Returns the code with this constant name, title or alias, ignoring case and surrounding "
                + "white\n * space as Java's `fromName` does: `\"NORMAL_CLOSURE\"`, `\"normal closure\"` and "
                + "`\"CLOSE_NORMAL\"` all\n * name 1000; `undefined` if no code has that name.\n *\n"
                + " * @throws {TypeError} if `name` is not a string\n */\n"
                + "export declare function fromName(name: string): CloseCodeInfo | undefined;\n\n");
        out.append("/**\n * Returns the innermost range that holds `code`, without allocating: `OUT_OF_RANGE` for "
                + "a code no\n * range holds, and for NaN, infinities and numbers that are not integers.\n *\n"
                + " * @throws {TypeError} if `code` is not a number\n */\n"
                + "export declare function classify(code: number): CloseCodeRangeInfo;\n\n");
        out.append("/**\n * Tells whether `code` may be put in a close frame: a declared code's own `sendable`, "
                + "else its\n * innermost range's.\n *\n"
                + " * @throws {TypeError} if `code` is not a number\n */\n"
                + "export declare function isSendable(code: number): boolean;\n\n");
        out.append("/**\n * Tells whether a browser's `WebSocket.close(code)` accepts `code`: the WHATWG standard "
                + "allows 1000\n * and 3000–4999, and throws an `InvalidAccessError` for every other code.\n *\n"
                + " * @throws {TypeError} if `code` is not a number\n */\n"
                + "export declare function isAllowedByCloseMethod(code: number): boolean;\n\n");
        out.append("/**\n * Returns what a client should do after `event`, a `CloseEvent` or anything with its "
                + "`code` and\n * `wasClean`, as ").append(table.names().event().simpleName())
                .append(".reconnect() says: after an unclean close, `BACKOFF`; after a\n"
                        + " * clean one, the known code's advice, else its range's.\n */\n"
                        + "export declare function reconnect(event: { code: number; wasClean: boolean }): "
                        + "Reconnect;\n");
        return out.toString();
    }

    /** {@code start} and the members, wrapped, one per line if they do not fit on one. */
    private static void union(StringBuilder out, String start, List<String> members) {
        if (members.isEmpty()) {
            out.append(start).append(" never;\n");
            return;
        }
        String oneLine = start + " " + String.join(" | ", members) + ";";
        if (oneLine.length() <= WIDTH) {
            out.append(oneLine).append('\n');
            return;
        }
        out.append(start).append('\n');
        StringBuilder line = new StringBuilder("  |");
        for (String member : members) {
            if (line.length() + member.length() + 3 > WIDTH && line.length() > 3) {
                out.append(line).append('\n');
                line = new StringBuilder("  |");
            } else if (line.length() > 3) {
                line.append(" |");
            }
            line.append(' ').append(member);
        }
        out.append(line).append(";\n");
    }

    // ------------------------------------------------------------------------------------------ shared

    private static void header(StringBuilder out, Table table, String what) {
        out.append(wrapped("// ", what.replace("{table}", jsdoc(table.spec().canonicalName()).replace("\n", " "))
                + " Generated by closecodes from that table; change the table, not this file. The Java types "
                + table.names().code().simpleName() + ", " + table.names().range().simpleName() + " and "
                + table.names().event().simpleName() + " give the same answers.", "// ")).append('\n');
    }

    private static String runtime() {
        try (InputStream in = JavaScriptModuleWriter.class.getResourceAsStream("module-runtime.js")) {
            if (in == null) {
                throw new IllegalStateException("module-runtime.js is missing from the processor's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code text} after {@code first}, on lines of at most {@link #WIDTH} characters where its words allow, each
     * further line starting with {@code next}; a line break in {@code text} starts a line too.
     */
    private static String wrapped(String first, String text, String next) {
        StringBuilder out = new StringBuilder(first);
        int lineStart = 0;
        boolean startOfLine = true;
        for (String line : text.split("\n", -1)) {
            if (out.length() > first.length() || !startOfLine) {
                out.append('\n');
                lineStart = out.length();
                out.append(next);
                startOfLine = true;
            }
            for (String word : line.split(" ", -1)) {
                if (!startOfLine && out.length() - lineStart + word.length() + 1 > WIDTH) {
                    out.append('\n');
                    lineStart = out.length();
                    out.append(next);
                } else if (!startOfLine) {
                    out.append(' ');
                }
                out.append(word);
                startOfLine = false;
            }
        }
        return out.toString();
    }

    private static String baseName(Table table) {
        return table.names().code().simpleName() + "s";
    }

    private static String jsdoc(String text) {
        return JavaScriptText.jsdoc(text);
    }

}
