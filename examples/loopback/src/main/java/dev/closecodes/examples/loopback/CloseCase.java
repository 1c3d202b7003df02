package dev.closecodes.examples.loopback;

import java.util.Optional;

/**
 * The five ways the examples' servers end a session, each asked for with the query {@code ?close=NAME} when the
 * client connects.
 */
public enum CloseCase {
    /** The server closes with 4001 TOKEN_EXPIRED and the reason {@value #TOKEN_EXPIRED_REASON}. */
    TOKEN_EXPIRED,
    /** The server closes with 1000 and no reason. */
    NORMAL_WITHOUT_REASON,
    /** The server sends a close frame with an empty body, which the client reports as 1005. */
    EMPTY_BODY,
    /** The server closes with 4001 and {@link #LONG_REASON}, 130 bytes in UTF-8: 7 more than a close frame holds. */
    LONG_REASON,
    /** The connection drops without a close frame: the test cuts it in a {@link Relay}. */
    DROPPED;

    /** The reason of {@link #TOKEN_EXPIRED}. */
    public static final String TOKEN_EXPIRED_REASON = "token expired";

    /**
     * The reason of {@link #LONG_REASON}: 121 bytes of ASCII, then a four-byte emoji across the 123-byte limit of
     * a close frame's reason, then 5 more bytes.
     */
    public static final String LONG_REASON_TEXT = "token expired; sign in again" + "-".repeat(93) + "\uD83D\uDC4B" + " bye!";

    /** {@link #LONG_REASON_TEXT} cut after the last whole character that fits 123 bytes: the emoji does not. */
    public static final String LONG_REASON_FITTED = LONG_REASON_TEXT.substring(0, 121);

    /** What a server sends in the {@link #DROPPED} case once the session is open, so the test knows when to cut. */
    public static final String READY = "ready";

    /**
     * Returns the query that asks a server for this case.
     *
     * @return {@code close=NAME}
     */
    public String query() {
        return "close=" + name();
    }

    /**
     * Reads the case from a request's query.
     *
     * @param query the query string of the upgrade request, or {@code null}
     * @return the case it names, if any
     */
    public static Optional<CloseCase> fromQuery(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("close=")) {
                String name = parameter.substring("close=".length());
                for (CloseCase c : values()) {
                    if (c.name().equals(name)) {
                        return Optional.of(c);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
