package dev.closecodes.processor;

import dev.closecodes.Reconnect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A random close-code table: valid by construction, or made invalid by one or two known mistakes, with hostile
 * text everywhere text goes. It renders itself as Java source and, when valid, is its own reference model of what
 * the generated types must answer.
 */
final class RandomTable {
    /** A translation as the table writes it. */
    record Text(String locale, String title, String description) {}

    /** A code as the table writes it; {@code reconnect} null for the default. */
    static final class Code {
        String name;
        String type = "int";
        String value;
        int code;
        String title;
        String description;
        boolean sendable;
        Reconnect reconnect;
        boolean reconnectTwice;
        List<String> aliases = new ArrayList<>();
        List<Text> translations = new ArrayList<>();
    }

    /** A range as the table writes it; {@code reconnect} null for the default. */
    static final class Range {
        String name;
        int from;
        int to;
        String title;
        String description;
        boolean sendable;
        Reconnect reconnect;
        List<Text> translations = new ArrayList<>();

        Range(String name, int from, int to, boolean sendable, Reconnect reconnect) {
            this.name = name;
            this.from = from;
            this.to = to;
            this.sendable = sendable;
            this.reconnect = reconnect;
        }

        boolean contains(int value) {
            return from <= value && value <= to;
        }
    }

    /**
     * An {@code @ReconnectOverride} as the table writes it: one of {@code code} and {@code range}, unless a mistake
     * says otherwise; {@code constant} writes the code as a constant of {@code StandardCloseCodes} where one has it.
     */
    static final class AdviceOverride {
        Integer code;
        String constant;
        String range;
        Reconnect reconnect;

        AdviceOverride(Integer code, String range, Reconnect reconnect) {
            this.code = code;
            this.range = range;
            this.reconnect = reconnect;
        }
    }

    /** The mistakes a table can be made to hold, each an error the processor must report. */
    enum Mistake {
        NOT_INTERFACE, NOT_STANDARD, GENERIC, BAD_PREFIX, NAME_TAKEN, CODE_NOT_INT, CODE_NOT_CONSTANT,
        CODE_OUT_OF_FRAME, CODE_RESERVED, CODE_DUPLICATE, CODE_HIDES, CODE_NAME_RESERVED, CODE_NAME_CLASH,
        BLANK_TITLE, BLANK_DESCRIPTION, BLANK_TRANSLATION, RECONNECT_TWICE, ALIAS_NOT_IDENTIFIER, ALIAS_CLASH,
        TITLE_CLASH, LOCALE_INVALID, LOCALE_ENGLISH, LOCALE_TWICE, RANGE_INVERTED, RANGE_OUT_OF_FRAME,
        RANGE_RESERVED, RANGE_OVERLAP, RANGE_SAME_BOUNDS, RANGE_NAME_BAD, RANGE_NAME_TAKEN, RANGE_NAME_RESERVED,
        OVERRIDE_NO_TARGET, OVERRIDE_BOTH_TARGETS, OVERRIDE_UNKNOWN_CODE, OVERRIDE_UNKNOWN_RANGE, OVERRIDE_OWN_CODE,
        OVERRIDE_OWN_RANGE, OVERRIDE_TWICE
    }

    /** The standard table's codes: name, code, sendable, reconnect. */
    static final List<Object[]> STANDARD_CODES = List.of(
            new Object[] {"NORMAL_CLOSURE", 1000, true, Reconnect.NEVER},
            new Object[] {"GOING_AWAY", 1001, true, Reconnect.BACKOFF},
            new Object[] {"PROTOCOL_ERROR", 1002, true, Reconnect.NEVER},
            new Object[] {"UNSUPPORTED_DATA", 1003, true, Reconnect.NEVER},
            new Object[] {"RESERVED", 1004, false, Reconnect.NEVER},
            new Object[] {"NO_STATUS_RECEIVED", 1005, false, Reconnect.NEVER},
            new Object[] {"ABNORMAL_CLOSURE", 1006, false, Reconnect.BACKOFF},
            new Object[] {"INVALID_PAYLOAD", 1007, true, Reconnect.NEVER},
            new Object[] {"POLICY_VIOLATION", 1008, true, Reconnect.NEVER},
            new Object[] {"MESSAGE_TOO_BIG", 1009, true, Reconnect.NEVER},
            new Object[] {"MANDATORY_EXTENSION", 1010, true, Reconnect.NEVER},
            new Object[] {"INTERNAL_ERROR", 1011, true, Reconnect.BACKOFF},
            new Object[] {"SERVICE_RESTART", 1012, true, Reconnect.BACKOFF},
            new Object[] {"TRY_AGAIN_LATER", 1013, true, Reconnect.BACKOFF},
            new Object[] {"BAD_GATEWAY", 1014, true, Reconnect.BACKOFF},
            new Object[] {"TLS_HANDSHAKE", 1015, false, Reconnect.NEVER},
            new Object[] {"UNAUTHORIZED", 3000, true, Reconnect.REAUTHENTICATE},
            new Object[] {"FORBIDDEN", 3003, true, Reconnect.NEVER},
            new Object[] {"TIMEOUT", 3008, true, Reconnect.BACKOFF});

    /** Tags with one language each, so that a language's text is never another tag's. */
    private static final List<String> LOCALES = List.of("fr", "pt-BR", "zh-Hant-TW", "de-CH", "ar", "he", "ja", "sr-Latn");

    /** Pieces of text that break naive generators: escapes, comment ends, markup, invisible and wide characters. */
    private static final List<String> HOSTILE = List.of(
            "\"", "\\", "\\\\", "$", "$L", "$S", "$$", "*/", "/*", "/**", "//", "\\u000a", "\\u0022", "\\\\u005c",
            "<script>alert(1)</script>", "&amp;", "&#47;", "{@code x}", "{@link Object}", "@param", "@return", "%s",
            "%n", "%", "\u200F", "\u202E", "\u200E", "\u200B", "\uFEFF", "\uD83D\uDE00", "\uD800\uDF48", "\n",
            "\r\n", "\r", "\t", "\0", "\u0007", "\u007F", "\u0085", "\u2028", "\u2029", "\uD800", "\uDC00", "é",
            "中文", "ع", "ß", "İ", " ", "  ", "'", "`", "}", "{", ")", "(", ";", "Ω");

    private static final String IDENTIFIER_PARTS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$éßΩ中";

    final String packageName;
    final String simpleName;
    String prefix;
    boolean classNotInterface;
    boolean extendsStandard = true;
    boolean generic;
    String extraName;
    String extraSource;
    final List<Range> ranges = new ArrayList<>();
    final List<Code> codes = new ArrayList<>();
    final List<AdviceOverride> overrides = new ArrayList<>();
    boolean overridesInContainer;
    final List<Mistake> mistakes = new ArrayList<>();

    private RandomTable(String packageName, String simpleName) {
        this.packageName = packageName;
        this.simpleName = simpleName;
    }

    /** A valid table named {@code T{index}CloseCodes} in package {@code t{index}}. */
    static RandomTable valid(Random random, int index) {
        RandomTable table = new RandomTable("t" + index, "T" + index + "CloseCodes");
        if (random.nextInt(4) == 0) {
            table.prefix = "P" + identifier(random, 0, 6) + index;
        }
        List<Range> all = standardRanges();
        int rangeCount = random.nextInt(4);
        for (int i = 0; i < rangeCount; i++) {
            Range range = table.newRange(random, all, i);
            if (range != null) {
                table.ranges.add(range);
                all.add(range);
            }
        }
        int codeCount = random.nextInt(7);
        List<Integer> taken = new ArrayList<>(List.of(3000, 3003, 3008));
        for (int i = 0; i < codeCount; i++) {
            int value;
            do {
                value = random.nextInt(3) == 0 && !table.ranges.isEmpty()
                        ? pick(random, table.ranges).from + random.nextInt(3)
                        : 3000 + random.nextInt(2000);
            } while (taken.contains(value) || value > 4999);
            taken.add(value);
            Code code = new Code();
            code.name = "C" + i + "_" + identifier(random, 0, 5);
            code.code = value;
            code.value = Integer.toString(value);
            code.title = (text(random, 0, 6).strip() + " #" + i).strip();
            code.description = nonBlank(random);
            code.sendable = random.nextInt(4) != 0;
            code.reconnect = random.nextBoolean() ? null : pick(random, List.of(Reconnect.values()));
            int aliasCount = random.nextInt(3);
            for (int j = 0; j < aliasCount; j++) {
                code.aliases.add("A" + i + "_" + j + identifier(random, 0, 4));
            }
            code.translations.addAll(translations(random));
            table.codes.add(code);
        }
        table.addOverrides(random);
        return table;
    }

    /**
     * Overrides the advice of a few standard codes and ranges, each with advice other than what it inherits, since
     * repeating it is a warning.
     */
    private void addOverrides(Random random) {
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            if (random.nextBoolean()) {
                Object[] standard = pick(random, STANDARD_CODES);
                int code = (Integer) standard[1];
                if (overrides.stream().noneMatch(override -> Integer.valueOf(code).equals(override.code))) {
                    AdviceOverride override = new AdviceOverride(code, null, other(random, (Reconnect) standard[3]));
                    override.constant = random.nextBoolean() ? (String) standard[0] : null;
                    overrides.add(override);
                }
            } else {
                String range = pick(random, standardRanges()).name;
                if (overrides.stream().noneMatch(override -> range.equals(override.range))) {
                    overrides.add(new AdviceOverride(null, range, other(random, Reconnect.NEVER)));
                }
            }
        }
        overridesInContainer = overrides.size() > 1 && random.nextInt(3) == 0;
    }

    private static Reconnect other(Random random, Reconnect advice) {
        List<Reconnect> others = new ArrayList<>(List.of(Reconnect.values()));
        others.remove(advice);
        return pick(random, others);
    }

    /** This table, made invalid by one or two random mistakes. */
    RandomTable withMistakes(Random random) {
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            Mistake mistake = pick(random, List.of(Mistake.values()));
            if (apply(mistake, random)) {
                mistakes.add(mistake);
            }
        }
        if (mistakes.isEmpty()) {
            apply(Mistake.CODE_OUT_OF_FRAME, random);
            mistakes.add(Mistake.CODE_OUT_OF_FRAME);
        }
        return this;
    }

    private boolean apply(Mistake mistake, Random random) {
        Code code = codes.isEmpty() ? null : pick(random, codes);
        Range range = ranges.isEmpty() ? null : pick(random, ranges);
        switch (mistake) {
            case NOT_INTERFACE -> classNotInterface = true;
            case NOT_STANDARD -> extendsStandard = false;
            case GENERIC -> generic = true;
            case BAD_PREFIX -> {
                if (extraSource != null) {
                    return false;
                }
                prefix = pick(random, List.of("9Chat", "Chat Room", "class", "Chat-Room", "_", "Chat\u200B",
                    text(random, 1, 3) + " "));
            }
            case NAME_TAKEN -> {
                if (mistakes.contains(Mistake.BAD_PREFIX)) {
                    return false;
                }
                extraName = packageName + "." + generatedPrefix()
                        + pick(random, List.of("CloseCode", "CloseCodeRange", "CloseEvent"));
                extraSource = "package " + packageName + ";\npublic class "
                        + extraName.substring(packageName.length() + 1) + " {}\n";
            }
            case CODE_NOT_INT -> {
                if (code == null) {
                    return false;
                }
                code.type = pick(random, List.of("long", "short", "Integer", "char"));
                code.value = code.type.equals("long") ? code.code + "L" : code.type.equals("short") ? "(short) " + code.code
                        : code.type.equals("char") ? "(char) " + code.code : Integer.toString(code.code);
            }
            case CODE_NOT_CONSTANT -> {
                if (code == null) {
                    return false;
                }
                code.value = "Integer.parseInt(\"" + code.code + "\")";
                if (code.type.equals("char") || code.type.equals("short")) {
                    code.type = "long";
                }
            }
            case CODE_OUT_OF_FRAME -> {
                code = ensureCode(random);
                code.code = random.nextBoolean() ? 65536 + random.nextInt(100000) : -1 - random.nextInt(100000);
                setValue(code);
            }
            case CODE_RESERVED -> {
                code = ensureCode(random);
                code.code = random.nextBoolean() ? random.nextInt(3000) : 5000 + random.nextInt(60536);
                setValue(code);
            }
            case CODE_DUPLICATE -> {
                code = ensureCode(random);
                Code other = codes.size() > 1 ? codes.get(codes.get(0) == code ? 1 : 0) : null;
                code.code = other != null && random.nextBoolean() ? other.code : pick(random, List.of(3000, 3003, 3008));
                setValue(code);
            }
            case CODE_HIDES -> {
                return rename(ensureCode(random), (String) pick(random, STANDARD_CODES)[0]);
            }
            case CODE_NAME_RESERVED -> {
                // The names no generator can avoid: javac's own field, and a package hidden by a constant while
                // another constant makes the enum name a type of that package in full. Not "Reconnect": the
                // table's own annotations name that type, so javac itself would reject them, which stops
                // annotation processing for every table of the batch.
                if (random.nextBoolean()) {
                    return rename(ensureCode(random), "$VALUES");
                }
                String hidden = pick(random, List.of("Optional", "Locale", "Collections"));
                if (!rename(ensureCode(random), "java") || codes.stream().anyMatch(existing -> existing.name.equals(hidden))) {
                    return false;
                }
                Code other = new Code();
                other.name = hidden;
                other.code = 4999;
                other.value = "4999";
                other.sendable = true;
                other.title = "Hides java " + other.name;
                other.description = "Makes the enum name java.util." + other.name + " in full.";
                codes.add(other);
                return true;
            }
            case CODE_NAME_CLASH -> {
                return rename(ensureCode(random), pick(random, List.of("CLOSE_NORMAL", "Normal_Closure",
                        "close_abnormal")));
            }
            case BLANK_TITLE -> ensureCode(random).title = pick(random, List.of("", " ", "\t", "\n", "\u2028"));
            case BLANK_DESCRIPTION -> {
                if (range != null && random.nextBoolean()) {
                    range.description = pick(random, List.of("", "  ", "\r\n"));
                } else {
                    ensureCode(random).description = pick(random, List.of("", "  ", "\r\n"));
                }
            }
            case BLANK_TRANSLATION -> ensureCode(random).translations.add(new Text("fr-CA", "", " "));
            case RECONNECT_TWICE -> ensureCode(random).reconnectTwice = true;
            case ALIAS_NOT_IDENTIFIER -> ensureCode(random).aliases.add(text(random, 0, 3) + " " + text(random, 0, 3));
            case ALIAS_CLASH -> ensureCode(random).aliases.add(pick(random, List.of("CLOSE_NORMAL", "close_going_away",
                    "NORMAL_CLOSURE", "Timeout")));
            case TITLE_CLASH -> ensureCode(random).title = pick(random, List.of("Normal Closure", "NORMAL CLOSURE",
                    "going away", "Timeout", "unauthorized"));
            case LOCALE_INVALID -> ensureCode(random).translations.add(new Text(pick(random, List.of("pt_BR", "", "123",
                    "x-private", "en_US", "fr-", "und",
                    // Random text alone can be a well-formed tag ("LY" is one); an underscore never is.
                    "_" + text(random, 1, 3))), "", "Texte."));
            case LOCALE_ENGLISH -> ensureCode(random).translations.add(new Text(pick(random, List.of("en", "en-GB", "EN-us")),
                    "", "Text."));
            case LOCALE_TWICE -> {
                Code twice = ensureCode(random);
                twice.translations.clear();
                twice.translations.add(new Text("pt-BR", "", "Um."));
                twice.translations.add(new Text(pick(random, List.of("pt-BR", "pt-br", "PT-BR")), "", "Dois."));
            }
            case RANGE_INVERTED -> {
                range = ensureRange(random);
                int low = Math.min(range.from, range.to);
                int high = Math.max(range.from, range.to);
                range.from = high == low ? high + 1 : high;
                range.to = low;
            }
            case RANGE_OUT_OF_FRAME -> ensureRange(random).to = 65536 + random.nextInt(1000);
            case RANGE_RESERVED -> ensureRange(random).from = 2000 + random.nextInt(1000);
            case RANGE_OVERLAP -> {
                Range overlap = new Range("OVER" + ranges.size(), 3500 + random.nextInt(400), 4000 + random.nextInt(900),
                        true, null);
                text(overlap, random);
                ranges.add(overlap);
            }
            case RANGE_SAME_BOUNDS -> {
                range = ensureRange(random);
                Range same = new Range("SAME" + ranges.size(), range.from, range.to, true, null);
                text(same, random);
                ranges.add(same);
            }
            case RANGE_NAME_BAD -> ensureRange(random).name = pick(random, List.of("A-B", "1X", "class", "", "A B", "R\u200B"));
            case RANGE_NAME_TAKEN -> ensureRange(random).name = pick(random, List.of("STANDARD", "APPLICATIONS",
                    "NOT_USED"));
            case RANGE_NAME_RESERVED -> ensureRange(random).name = pick(random, List.of("OUT_OF_RANGE", "$VALUES"));
            case OVERRIDE_NO_TARGET -> overrides.add(new AdviceOverride(null, null, pick(random, List.of(Reconnect.values()))));
            case OVERRIDE_BOTH_TARGETS -> overrides.add(new AdviceOverride(1011, "LIBRARIES", Reconnect.NEVER));
            case OVERRIDE_UNKNOWN_CODE -> {
                int unknown = pick(random, List.of(1016, 2500, 999, 4997, 65535, -1));
                if (codes.stream().anyMatch(existing -> existing.code == unknown)) {
                    return false;
                }
                overrides.add(new AdviceOverride(unknown, null, Reconnect.BACKOFF));
            }
            case OVERRIDE_UNKNOWN_RANGE -> overrides.add(new AdviceOverride(null,
                    pick(random, List.of("LIBRARY", "Standard", "OUT_OF_RANGE", "", "APPLICATION")), Reconnect.BACKOFF));
            case OVERRIDE_OWN_CODE -> overrides.add(new AdviceOverride(ensureCode(random).code, null, Reconnect.IMMEDIATELY));
            case OVERRIDE_OWN_RANGE -> overrides.add(new AdviceOverride(null, ensureRange(random).name, Reconnect.BACKOFF));
            case OVERRIDE_TWICE -> {
                AdviceOverride first = random.nextBoolean() ? new AdviceOverride(1013, null, Reconnect.IMMEDIATELY)
                        : new AdviceOverride(null, "EXTENSIONS", Reconnect.BACKOFF);
                overrides.add(first);
                overrides.add(new AdviceOverride(first.code, first.range, pick(random, List.of(Reconnect.values()))));
            }
            default -> throw new AssertionError(mistake);
        }
        return true;
    }

    /**
     * Writes {@code code.code} as the field's value. A {@code char} or {@code short} field becomes a {@code long}
     * one, still no {@code int}: a plain literal out of their range would be javac's own error, and one such error
     * stops javac before any processor runs, for every table of the batch.
     */
    private static void setValue(Code code) {
        if (code.type.equals("char") || code.type.equals("short")) {
            code.type = "long";
        }
        code.value = Integer.toString(code.code);
    }

    /** Renames {@code code}, unless another field has the name: two fields of one name stop javac early. */
    private boolean rename(Code code, String name) {
        if (codes.stream().anyMatch(other -> other != code && other.name.equals(name))) {
            return false;
        }
        code.name = name;
        return true;
    }

    private Code ensureCode(Random random) {
        if (codes.isEmpty()) {
            Code code = new Code();
            code.name = "EXTRA";
            code.code = 4998;
            code.value = "4998";
            code.title = "Extra #x";
            code.description = "An extra code.";
            code.sendable = true;
            codes.add(code);
            return code;
        }
        return pick(random, codes);
    }

    private Range ensureRange(Random random) {
        if (ranges.isEmpty()) {
            Range range = new Range("EXTRA_RANGE", 4990, 4995, true, null);
            text(range, random);
            ranges.add(range);
            return range;
        }
        return pick(random, ranges);
    }

    private Range newRange(Random random, List<Range> all, int index) {
        for (int attempt = 0; attempt < 30; attempt++) {
            Range parent = pick(random, all);
            if (parent.from < 3000 || parent.to > 4999) {
                continue;
            }
            int a = parent.from + random.nextInt(parent.to - parent.from + 1);
            int b = a + random.nextInt(parent.to - a + 1);
            boolean fits = all.stream().allMatch(other -> (b < other.from || other.to < a)
                    || (other.from <= a && b <= other.to && !(other.from == a && other.to == b))
                    || (a <= other.from && other.to <= b && !(other.from == a && other.to == b)));
            if (fits) {
                Range range = new Range("R" + index + "_" + identifier(random, 0, 4).toUpperCase(Locale.ROOT), a, b,
                        random.nextBoolean(), random.nextBoolean() ? null : pick(random, List.of(Reconnect.values())));
                text(range, random);
                range.translations.addAll(translations(random));
                return range;
            }
        }
        return null;
    }

    private static void text(Range range, Random random) {
        range.title = nonBlank(random);
        range.description = nonBlank(random);
    }

    private static List<Text> translations(Random random) {
        List<Text> texts = new ArrayList<>();
        List<String> locales = new ArrayList<>(LOCALES);
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String locale = locales.remove(random.nextInt(locales.size()));
            texts.add(new Text(locale, random.nextBoolean() ? "" : nonBlank(random), nonBlank(random)));
        }
        return texts;
    }

    static List<Range> standardRanges() {
        List<Range> ranges = new ArrayList<>();
        ranges.add(new Range("NOT_USED", 0, 999, false, Reconnect.NEVER));
        ranges.add(new Range("STANDARD", 1000, 1999, false, Reconnect.NEVER));
        ranges.add(new Range("EXTENSIONS", 2000, 2999, false, Reconnect.NEVER));
        ranges.add(new Range("LIBRARIES", 3000, 3999, true, Reconnect.NEVER));
        ranges.add(new Range("APPLICATIONS", 4000, 4999, true, Reconnect.NEVER));
        return ranges;
    }

    /** Random text of hostile pieces and letters, never blank. */
    private static String nonBlank(Random random) {
        String text = text(random, 0, 8);
        return text.isBlank() ? text + "x" : text;
    }

    static String text(Random random, int min, int max) {
        StringBuilder text = new StringBuilder();
        int pieces = min + random.nextInt(max - min + 1);
        for (int i = 0; i < pieces; i++) {
            text.append(random.nextInt(3) == 0 ? identifier(random, 1, 5) : pick(random, HOSTILE));
        }
        return text.toString();
    }

    private static String identifier(Random random, int min, int max) {
        StringBuilder name = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            name.appendCodePoint(IDENTIFIER_PARTS.codePointAt(
                    IDENTIFIER_PARTS.offsetByCodePoints(0, random.nextInt(IDENTIFIER_PARTS.codePointCount(0,
                            IDENTIFIER_PARTS.length())))));
        }
        return name.toString();
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    // ------------------------------------------------------------------------------------------- source

    String qualifiedName() {
        return packageName + "." + simpleName;
    }

    /** The prefix of the generated types' names. */
    String generatedPrefix() {
        return prefix != null ? prefix : TypeNames.defaultPrefix(simpleName);
    }

    /** The table as Java source. */
    String source() {
        StringBuilder out = new StringBuilder("package ").append(packageName).append(";\n")
                .append("import dev.closecodes.*;\n");
        out.append(prefix == null ? "@CloseCodeTable\n" : "@CloseCodeTable(prefix = " + literal(prefix) + ")\n");
        for (Range range : ranges) {
            out.append("@CloseCodeRange(name = ").append(literal(range.name))
                    .append(", from = ").append(range.from).append(", to = ").append(range.to)
                    .append(",\n        title = ").append(literal(range.title))
                    .append(",\n        description = ").append(literal(range.description))
                    .append(", sendable = ").append(range.sendable)
                    .append(range.reconnect == null ? "" : ", reconnect = Reconnect." + range.reconnect)
                    .append(translations(range.translations)).append(")\n");
        }
        out.append(overridesInContainer ? "@ReconnectOverrides({\n" : "");
        for (int i = 0; i < overrides.size(); i++) {
            AdviceOverride override = overrides.get(i);
            List<String> attributes = new ArrayList<>();
            if (override.code != null) {
                attributes.add("code = " + (override.constant != null ? "StandardCloseCodes." + override.constant
                        : override.code.toString()));
            }
            if (override.range != null) {
                attributes.add("range = " + literal(override.range));
            }
            attributes.add("reconnect = Reconnect." + override.reconnect);
            out.append(overridesInContainer ? "        " : "").append("@ReconnectOverride(")
                    .append(String.join(", ", attributes)).append(")")
                    .append(overridesInContainer && i < overrides.size() - 1 ? "," : "").append("\n");
        }
        out.append(overridesInContainer ? "})\n" : "");
        out.append(classNotInterface ? "public abstract class " : "public interface ").append(simpleName)
                .append(generic ? "<T>" : "")
                .append(extendsStandard ? (classNotInterface ? " implements" : " extends") + " StandardCloseCodes" : "")
                .append(" {\n");
        for (Code code : codes) {
            out.append("    @CloseCode(title = ").append(literal(code.title))
                    .append(",\n            description = ").append(literal(code.description))
                    .append(", sendable = ").append(code.sendable)
                    .append(code.reconnectTwice ? ", reconnect = {Reconnect.NEVER, Reconnect.BACKOFF}"
                            : code.reconnect == null ? "" : ", reconnect = Reconnect." + code.reconnect);
            if (!code.aliases.isEmpty()) {
                out.append(",\n            aliases = {");
                for (int i = 0; i < code.aliases.size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(literal(code.aliases.get(i)));
                }
                out.append("}");
            }
            out.append(translations(code.translations)).append(")\n    ")
                    .append(classNotInterface ? "public static final " : "")
                    .append(code.type).append(' ').append(code.name).append(" = ").append(code.value).append(";\n");
        }
        return out.append("}\n").toString();
    }

    private static String translations(List<Text> texts) {
        if (texts.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(",\n            translations = {");
        for (int i = 0; i < texts.size(); i++) {
            Text text = texts.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("                @Translation(locale = ").append(literal(text.locale()))
                    .append(text.title().isEmpty() ? "" : ", title = " + literal(text.title()))
                    .append(", description = ").append(literal(text.description())).append(")");
        }
        return out.append("}").toString();
    }

    /**
     * {@code text} as a string literal of the table's source: escapes for what a literal cannot hold raw (line
     * breaks, controls, lone surrogates), the rest as it is.
     */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !paired) {
                // An octal escape for a control: its unicode escape would be a raw line break before lexing.
                out.append(Character.isSurrogate(c) ? String.format("\\u%04X", (int) c)
                        : String.format("\\%03o", (int) c));
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    // javac forgets a backslash it peeked at after an unpaired high surrogate: end the literal.
                    out.append("\" + \"");
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return mistakes + "\n" + source() + (extraSource == null ? "" : extraSource);
    }
}
