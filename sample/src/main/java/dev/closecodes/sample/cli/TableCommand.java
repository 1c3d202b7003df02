package dev.closecodes.sample.cli;

import dev.closecodes.sample.ChatCloseCode;
import dev.closecodes.sample.ChatCloseCodeRange;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code table}: every code and range of the chat service's table. */
@Command(name = "table", mixinStandardHelpOptions = true,
        description = "Prints every close code and range that the chat service's table holds, its own and the "
                + "standard ones.")
final class TableCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format {
        /** Aligned columns for a terminal. */
        text,
        /** GitHub-flavoured Markdown tables, with descriptions. */
        markdown
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--locale", paramLabel = "TAG", converter = LocaleConverter.class, defaultValue = "en",
            description = "Language of the output, labels, titles and descriptions alike (" + LocaleConverter.SHIPPED
                    + "; others fall back to English). Default: ${DEFAULT-VALUE}.")
    private Locale locale;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.markdown) {
            markdown(out);
        } else {
            text(out);
        }
        out.flush();
        return 0;
    }

    private void text(PrintWriter out) {
        int[] widths = widths(new Label[] {Label.CODE, Label.NAME, Label.RANGE, Label.SENDABLE, Label.CLOSE_METHOD,
                Label.RECONNECT}, new int[] {5, 22, 13, 8, 7, 14});
        out.println(row(widths, true, Label.CODE.in(locale), Label.NAME.in(locale), Label.RANGE.in(locale),
                Label.SENDABLE.in(locale), Label.CLOSE_METHOD.in(locale), Label.RECONNECT.in(locale),
                Label.TITLE.in(locale)));
        for (ChatCloseCode code : ChatCloseCode.values()) {
            out.println(row(widths, true, String.valueOf(code.code()), code.name(), code.range().name(),
                    Label.yesNo(code.sendable(), locale),
                    Label.yesNo(ChatCloseCodeRange.isAllowedByCloseMethod(code.code()), locale),
                    code.reconnect().name(), code.title(locale)));
        }
        out.println();
        int[] rangeWidths = widths(new Label[] {Label.CODES, Label.RANGE, Label.SENDABLE, Label.RECONNECT},
                new int[] {11, 13, 8, 14});
        out.println(row(rangeWidths, false, Label.CODES.in(locale), Label.RANGE.in(locale), Label.SENDABLE.in(locale),
                Label.RECONNECT.in(locale), Label.TITLE.in(locale)));
        for (ChatCloseCodeRange range : ChatCloseCodeRange.values()) {
            out.println(row(rangeWidths, false, bounds(range), range.name(), Label.yesNo(range.sendable(), locale),
                    range.reconnect().name(), range.title(locale)));
        }
    }

    /** The widths of the columns: as wide as the values need, or as the heading in the chosen language. */
    private int[] widths(Label[] headings, int[] values) {
        int[] widths = new int[values.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(values[i], Columns.cells(headings[i].in(locale)));
        }
        return widths;
    }

    /** One line of aligned cells: the first right-aligned if it holds numbers, the last unpadded. */
    private static String row(int[] widths, boolean numbers, String... cells) {
        StringBuilder line = new StringBuilder(numbers ? Columns.padLeft(cells[0], widths[0])
                : Columns.pad(cells[0], widths[0]));
        for (int i = 1; i < cells.length - 1; i++) {
            line.append(i == 1 ? "  " : " ").append(Columns.pad(cells[i], widths[i]));
        }
        return line.append(' ').append(cells[cells.length - 1]).toString();
    }

    private void markdown(PrintWriter out) {
        out.println(markdownRow(capitalized(Label.CODE), capitalized(Label.NAME), capitalized(Label.TITLE),
                capitalized(Label.RANGE), capitalized(Label.SENDABLE), "`close()`", capitalized(Label.RECONNECT),
                capitalized(Label.DESCRIPTION)));
        out.println("|---:|---|---|---|---|---|---|---|");
        for (ChatCloseCode code : ChatCloseCode.values()) {
            out.println(markdownRow(String.valueOf(code.code()), "`" + code.name() + "`", cell(code.title(locale)),
                    "`" + code.range().name() + "`", Label.yesNo(code.sendable(), locale),
                    Label.yesNo(ChatCloseCodeRange.isAllowedByCloseMethod(code.code()), locale),
                    code.reconnect().name(), cell(code.description(locale))));
        }
        out.println();
        out.println(markdownRow(capitalized(Label.CODES), capitalized(Label.RANGE), capitalized(Label.TITLE),
                capitalized(Label.SENDABLE), capitalized(Label.RECONNECT), capitalized(Label.DESCRIPTION)));
        out.println("|---|---|---|---|---|---|");
        for (ChatCloseCodeRange range : ChatCloseCodeRange.values()) {
            out.println(markdownRow(bounds(range), "`" + range.name() + "`", cell(range.title(locale)),
                    Label.yesNo(range.sendable(), locale), range.reconnect().name(), cell(range.description(locale))));
        }
    }

    private static String markdownRow(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    /** A label as a column heading: its first letter in upper case, where the language has cases. */
    private String capitalized(Label label) {
        String text = label.in(locale);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private String bounds(ChatCloseCodeRange range) {
        return range == ChatCloseCodeRange.OUT_OF_RANGE ? Label.OTHER_CODES.in(locale) : range.from() + "-" + range.to();
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
