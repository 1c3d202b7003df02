package dev.closecodes.processor;

import dev.closecodes.CloseCodeInfo;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the generated Java types of one table answer, as JSON that {@code src/test/js/check-module.mjs} compares
 * with the table's ES module: every code and range with its texts in {@link #LOCALES}, and {@code fromCode},
 * {@code classify}, {@code isSendable}, {@code isAllowedByCloseMethod} and {@code reconnect} for each probe, and
 * {@code fromName} for each spelling of every name, title and alias.
 */
final class JavaAnswers {
    /** The locales texts are compared in; {@code ""} stands for no locale: {@code title()}. */
    static final List<String> LOCALES = List.of("en", "pt-BR", "pt", "pt-PT", "fr", "fr-CA", "zh-CN", "zh", "zh-TW",
            "de", "");

    private final Class<?> codes;
    private final Class<?> ranges;
    private final Class<?> events;

    /** The answers of {@code {prefix}CloseCode} and its siblings in {@code packageName}, loaded by {@code loader}. */
    JavaAnswers(ClassLoader loader, String packageName, String prefix) throws ClassNotFoundException {
        String start = packageName.isEmpty() ? prefix : packageName + "." + prefix;
        codes = loader.loadClass(start + "CloseCode");
        ranges = loader.loadClass(start + "CloseCodeRange");
        events = loader.loadClass(start + "CloseEvent");
    }

    /** The name of the module's export that maps names to codes. */
    String codeObject() {
        return codes.getSimpleName();
    }

    /** The answers, as JSON, for the codes {@code probes} and the names {@code spellings} and every code's own. */
    String json(List<Integer> probes, List<String> spellings) throws ReflectiveOperationException {
        StringBuilder out = new StringBuilder(1 << 20).append("{\"codes\":[");
        Set<String> names = new LinkedHashSet<>(spellings);
        Method aliases = codes.getMethod("aliases");
        Method codeRange = codes.getMethod("range");
        Method codeTitle = codes.getMethod("title", Locale.class);
        Object[] constants = codes.getEnumConstants();
        for (int i = 0; i < constants.length; i++) {
            CloseCodeInfo info = (CloseCodeInfo) constants[i];
            @SuppressWarnings("unchecked")
            List<String> others = (List<String>) aliases.invoke(info);
            out.append(i == 0 ? "" : ",").append("{\"code\":").append(info.code())
                    .append(",\"name\":").append(string(((Enum<?>) info).name()))
                    .append(",\"sendable\":").append(info.sendable())
                    .append(",\"reconnect\":").append(string(info.reconnect().name()))
                    .append(",\"range\":").append(string(((Enum<?>) codeRange.invoke(info)).name()))
                    .append(",\"aliases\":[");
            for (int j = 0; j < others.size(); j++) {
                out.append(j == 0 ? "" : ",").append(string(others.get(j)));
            }
            out.append("],\"titles\":{");
            appendTexts(out, locale -> locale == null ? info.title() : (String) codeTitle.invoke(info, locale));
            out.append("},\"descriptions\":{");
            appendTexts(out, locale -> locale == null ? info.description() : info.description(locale));
            out.append("}}");
            names.addAll(spellings(((Enum<?>) info).name()));
            names.addAll(spellings(info.title()));
            for (String alias : others) {
                names.addAll(spellings(alias));
            }
        }
        out.append("],\"ranges\":[");
        Method rangeTitle = ranges.getMethod("title", Locale.class);
        Method rangeDescription = ranges.getMethod("description", Locale.class);
        Method contains = ranges.getMethod("contains", int.class);
        Object[] rangeConstants = ranges.getEnumConstants();
        for (int i = 0; i < rangeConstants.length; i++) {
            Object range = rangeConstants[i];
            int from = (int) ranges.getMethod("from").invoke(range);
            int to = (int) ranges.getMethod("to").invoke(range);
            out.append(i == 0 ? "" : ",").append("{\"name\":").append(string(((Enum<?>) range).name()))
                    .append(",\"from\":").append(from).append(",\"to\":").append(to)
                    .append(",\"sendable\":").append(ranges.getMethod("sendable").invoke(range))
                    .append(",\"reconnect\":").append(string(((Enum<?>) ranges.getMethod("reconnect").invoke(range))
                            .name()))
                    .append(",\"titles\":{");
            appendTexts(out, locale -> (String) (locale == null ? ranges.getMethod("title").invoke(range)
                    : rangeTitle.invoke(range, locale)));
            out.append("},\"descriptions\":{");
            appendTexts(out, locale -> (String) (locale == null ? ranges.getMethod("description").invoke(range)
                    : rangeDescription.invoke(range, locale)));
            out.append("},\"contains\":[");
            List<Integer> edges = new ArrayList<>(List.of(-1, 0, 1000, 4999, 5000, 65535, 65536));
            if (from != Integer.MIN_VALUE) {
                edges.addAll(List.of(from - 1, from, to, to + 1));
            }
            for (int j = 0; j < edges.size(); j++) {
                out.append(j == 0 ? "" : ",").append('[').append(edges.get(j)).append(',')
                        .append(contains.invoke(range, edges.get(j))).append(']');
            }
            out.append("]}");
        }

        Method fromCode = codes.getMethod("fromCode", int.class);
        Method classify = ranges.getMethod("classify", int.class);
        Method isSendable = ranges.getMethod("isSendable", int.class);
        Method isAllowed = ranges.getMethod("isAllowedByCloseMethod", int.class);
        StringBuilder found = new StringBuilder();
        StringBuilder classified = new StringBuilder();
        StringBuilder sendable = new StringBuilder();
        StringBuilder allowed = new StringBuilder();
        StringBuilder clean = new StringBuilder();
        StringBuilder unclean = new StringBuilder();
        out.append("],\"probes\":[");
        for (int i = 0; i < probes.size(); i++) {
            int code = probes.get(i);
            String comma = i == 0 ? "" : ",";
            out.append(comma).append(code);
            Optional<?> constant = (Optional<?>) fromCode.invoke(null, code);
            found.append(comma).append(constant.map(c -> string(((Enum<?>) c).name())).orElse("null"));
            classified.append(comma).append(string(((Enum<?>) classify.invoke(null, code)).name()));
            sendable.append(comma).append(isSendable.invoke(null, code));
            allowed.append(comma).append(isAllowed.invoke(null, code));
            clean.append(comma).append(reconnect(code, true));
            unclean.append(comma).append(reconnect(code, false));
        }
        out.append("],\"fromCode\":[").append(found).append("],\"classify\":[").append(classified)
                .append("],\"isSendable\":[").append(sendable).append("],\"isAllowedByCloseMethod\":[")
                .append(allowed).append("],\"reconnectClean\":[").append(clean).append("],\"reconnectUnclean\":[")
                .append(unclean).append("],\"names\":[");
        Method fromName = codes.getMethod("fromName", String.class);
        int i = 0;
        for (String name : names) {
            Optional<?> constant = (Optional<?>) fromName.invoke(null, name);
            out.append(i++ == 0 ? "" : ",").append('[').append(string(name)).append(',')
                    .append(constant.map(c -> string(((Enum<?>) c).name())).orElse("null")).append(']');
        }
        return out.append("]}").toString();
    }

    /** Every {@code int} from -1 to 65,536. */
    static List<Integer> everyCode() {
        List<Integer> probes = new ArrayList<>(65_538);
        for (int code = -1; code <= 65_536; code++) {
            probes.add(code);
        }
        return probes;
    }

    /** The event's advice after a close with {@code code}, as JSON; {@code null} where no event has that code. */
    private String reconnect(int code, boolean wasClean) throws ReflectiveOperationException {
        if (code < 0 || code > 65_535) {
            return "null";
        }
        Object builder = events.getMethod("builder").invoke(null);
        Class<?> type = builder.getClass();
        type.getMethod("code", int.class).invoke(builder, code);
        type.getMethod("wasClean", boolean.class).invoke(builder, wasClean);
        Object event = type.getMethod("build").invoke(builder);
        return string(((Enum<?>) events.getMethod("reconnect").invoke(event)).name());
    }

    /** A name as it is, and in other cases and with white space around it. */
    static List<String> spellings(String name) {
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT), mixed.toString(),
                " " + name + "\t", "\u3000" + name + "\u00A0", name + "\u001F");
    }

    private interface Text {
        String in(Locale locale) throws ReflectiveOperationException;
    }

    private static void appendTexts(StringBuilder out, Text text) throws ReflectiveOperationException {
        for (int i = 0; i < LOCALES.size(); i++) {
            String tag = LOCALES.get(i);
            out.append(i == 0 ? "" : ",").append(string(tag)).append(':')
                    .append(string(text.in(tag.isEmpty() ? null : Locale.forLanguageTag(tag))));
        }
    }

    /** {@code text} as a JSON string of ASCII characters, so that unpaired surrogates survive. */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
