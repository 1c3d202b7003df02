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
            description = "Language of titles and descriptions (" + LocaleConverter.SHIPPED
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
        String row = "%5s  %-22s %-13s %-8s %-7s %-9s %s%n";
        out.printf(row, "code", "name", "range", "sendable", "close()", "reconnect", "title");
        for (ChatCloseCode code : ChatCloseCode.values()) {
            out.printf(row, code.code(), code.name(), code.range().name(), Advice.yesNo(code.sendable()),
                    Advice.yesNo(ChatCloseCodeRange.isAllowedByCloseMethod(code.code())), code.reconnect(),
                    code.title(locale));
        }
        out.println();
        String rangeRow = "%-11s  %-13s %-8s %-9s %s%n";
        out.printf(rangeRow, "codes", "range", "sendable", "reconnect", "title");
        for (ChatCloseCodeRange range : ChatCloseCodeRange.values()) {
            out.printf(rangeRow, bounds(range), range.name(), Advice.yesNo(range.sendable()), range.reconnect(),
                    range.title(locale));
        }
    }

    private void markdown(PrintWriter out) {
        out.println("| Code | Name | Title | Range | Sendable | `close()` | Reconnect | Description |");
        out.println("|---:|---|---|---|---|---|---|---|");
        for (ChatCloseCode code : ChatCloseCode.values()) {
            out.printf("| %d | `%s` | %s | `%s` | %s | %s | %s | %s |%n", code.code(), code.name(),
                    cell(code.title(locale)), code.range().name(), Advice.yesNo(code.sendable()),
                    Advice.yesNo(ChatCloseCodeRange.isAllowedByCloseMethod(code.code())), code.reconnect(),
                    cell(code.description(locale)));
        }
        out.println();
        out.println("| Codes | Range | Title | Sendable | Reconnect | Description |");
        out.println("|---|---|---|---|---|---|");
        for (ChatCloseCodeRange range : ChatCloseCodeRange.values()) {
            out.printf("| %s | `%s` | %s | %s | %s | %s |%n", bounds(range), range.name(), cell(range.title(locale)),
                    Advice.yesNo(range.sendable()), range.reconnect(), cell(range.description(locale)));
        }
    }

    private static String bounds(ChatCloseCodeRange range) {
        return range == ChatCloseCodeRange.OUT_OF_RANGE ? "other" : range.from() + "-" + range.to();
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
