package dev.closecodes.sample;

import java.util.Locale;

/** Prints the chat service's close-code table, as the generated types know it. */
public final class Main {
    private Main() {}

    /**
     * Prints every code with its range, sendability and reconnect advice.
     *
     * @param args an optional language tag, such as {@code fr}
     */
    public static void main(String[] args) {
        Locale locale = args.length > 0 ? Locale.forLanguageTag(args[0]) : Locale.ENGLISH;
        for (ChatCloseCode code : ChatCloseCode.values()) {
            System.out.printf("%5d  %-24s %-13s %-9s %-7s %s%n", code.code(), code.name(), code.range(),
                    code.sendable() ? "sendable" : "local", code.reconnect(), code.title(locale));
        }
    }
}
