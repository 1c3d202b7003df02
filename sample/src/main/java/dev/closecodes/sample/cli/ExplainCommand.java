package dev.closecodes.sample.cli;

import dev.closecodes.sample.ChatCloseCode;
import dev.closecodes.sample.ChatCloseCodeRange;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain <code|name>}: everything the generated types know about one close code. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Tells everything the generated types know about a close code: title, description, range, "
                + "whether it may be sent, whether a browser's close() takes it, and the reconnect advice.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<code|name>",
            description = "A number, such as 1006 or 4001, or a constant name, title or alias, such as CLOSE_NORMAL.")
    private String code;

    @Option(names = "--locale", paramLabel = "TAG", converter = LocaleConverter.class, defaultValue = "en",
            description = "Language of the output, labels, titles and descriptions alike (" + LocaleConverter.SHIPPED
                    + "; others fall back to English). Default: ${DEFAULT-VALUE}.")
    private Locale locale;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Integer> number = number(code);
        if (number.isEmpty()) {
            Optional<ChatCloseCode> named = ChatCloseCode.fromName(code);
            if (named.isEmpty()) {
                spec.commandLine().getErr().println(Label.UNKNOWN_NAME.in(locale, code));
                return 1;
            }
            number = Optional.of(named.get().code());
        }
        int value = number.get();
        Optional<ChatCloseCode> known = ChatCloseCode.fromCode(value);
        ChatCloseCodeRange range = ChatCloseCodeRange.classify(value);
        if (known.isPresent()) {
            ChatCloseCode constant = known.get();
            out.printf("%d %s%n", value, constant.title(locale));
            line(out, Label.NAME, constant.name() + (constant.aliases().isEmpty() ? ""
                    : " (" + Label.ALSO.in(locale, String.join(", ", constant.aliases())) + ")"));
            line(out, Label.DESCRIPTION, constant.description(locale));
        } else {
            out.println(Label.UNDECLARED.in(locale, code));
            line(out, Label.NOTE, (value < 0 || value > 65535 ? Label.OUTSIDE_FRAMES : Label.RANGE_APPLIES).in(locale));
        }
        line(out, Label.RANGE, describe(range));
        boolean sendable = ChatCloseCodeRange.isSendable(value);
        line(out, Label.SENDABLE, Label.yesNo(sendable, locale) + Label.COLON.in(locale)
                + (sendable ? Label.SENDABLE_YES : Label.SENDABLE_NO).in(locale));
        boolean allowed = ChatCloseCodeRange.isAllowedByCloseMethod(value);
        line(out, Label.CLOSE_METHOD, Label.yesNo(allowed, locale) + Label.COLON.in(locale)
                + (allowed ? Label.CLOSE_METHOD_YES.in(locale, value) : Label.CLOSE_METHOD_NO.in(locale)));
        line(out, Label.RECONNECT, Label.advice(known.map(ChatCloseCode::reconnect).orElse(range.reconnect()),
                locale));
        return 0;
    }

    private void line(PrintWriter out, Label label, String text) {
        out.println("  " + Columns.pad(label.in(locale), 12) + " " + text);
    }

    private String describe(ChatCloseCodeRange range) {
        String bounds = range == ChatCloseCodeRange.OUT_OF_RANGE ? "" : " " + range.from() + "-" + range.to();
        return range.name() + bounds + ", " + range.title(locale) + Label.COLON.in(locale) + range.description(locale);
    }

    private static Optional<Integer> number(String text) {
        if (!text.matches("-?[0-9]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.of(text.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        }
    }
}
