package dev.closecodes.sample.cli;

import dev.closecodes.Reconnect;

/** Words for people about the generated types' answers. */
final class Advice {
    private Advice() {}

    static String reconnect(Reconnect reconnect) {
        return switch (reconnect) {
            case NEVER -> "NEVER: the condition will not go away by itself; reconnect only once something changes";
            case BACKOFF -> "BACKOFF: transient; reconnect with exponential backoff and jitter";
        };
    }

    static String yesNo(boolean yes) {
        return yes ? "yes" : "no";
    }
}
