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
            description = "Language of titles and descriptions (" + LocaleConverter.SHIPPED
                    + "; others fall back to English). Default: ${DEFAULT-VALUE}.")
    private Locale locale;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Integer> number = number(code);
        if (number.isEmpty()) {
            Optional<ChatCloseCode> named = ChatCloseCode.fromName(code);
            if (named.isEmpty()) {
                spec.commandLine().getErr().printf("No close code is named '%s'. Give a number from 0 to 65535, or a "
                        + "name, title or alias such as CLOSE_NORMAL; 'table' lists them all.%n", code);
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
            out.printf("  %-12s %s%s%n", "name", constant.name(),
                    constant.aliases().isEmpty() ? "" : " (also " + String.join(", ", constant.aliases()) + ")");
            out.printf("  %-12s %s%n", "description", constant.description(locale));
        } else {
            out.printf("%s is not defined: neither the standard nor the chat service's table declares it.%n", code);
            out.printf("  %-12s %s%n", "note", value < 0 || value > 65535
                    ? "no close frame can carry it: codes are 0-65535" : "what its range says applies to it");
        }
        out.printf("  %-12s %s%n", "range", describe(range));
        out.printf("  %-12s %s%n", "sendable", Advice.yesNo(ChatCloseCodeRange.isSendable(value))
                + (ChatCloseCodeRange.isSendable(value) ? ": an endpoint may put it in a close frame"
                        : ": it must never appear in a close frame"));
        out.printf("  %-12s %s%n", "close()", Advice.yesNo(ChatCloseCodeRange.isAllowedByCloseMethod(value))
                + (ChatCloseCodeRange.isAllowedByCloseMethod(value) ? ": a browser's WebSocket.close(" + value
                        + ") accepts it" : ": a browser's WebSocket.close() throws InvalidAccessError; it takes 1000 "
                        + "and 3000-4999 only"));
        out.printf("  %-12s %s%n", "reconnect", Advice.reconnect(known.map(ChatCloseCode::reconnect)
                .orElse(range.reconnect())));
        return 0;
    }

    private String describe(ChatCloseCodeRange range) {
        String bounds = range == ChatCloseCodeRange.OUT_OF_RANGE ? "" : " " + range.from() + "-" + range.to();
        return range.name() + bounds + ", " + range.title(locale) + ": " + range.description(locale);
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
