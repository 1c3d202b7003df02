package dev.closecodes;

/**
 * What a client should do after a connection closed with a given code. Real protocols need all four: some
 * conditions never go away by themselves, some pass with time, some servers move their clients elsewhere, and some
 * closes ask for new credentials.
 *
 * <p>Code that {@code switch}es over this enum should keep a {@code default} branch (or, in a {@code switch}
 * expression, cover every constant): a later version may add advice, as {@link #IMMEDIATELY} and
 * {@link #REAUTHENTICATE} were added beside {@link #NEVER} and {@link #BACKOFF}.
 */
public enum Reconnect {
    /**
     * The condition will not go away by itself: do not reconnect until something changes (a fixed client, a
     * changed configuration, a user's decision).
     */
    NEVER,

    /**
     * The condition is transient: reconnect, waiting longer after each failed attempt (exponential backoff,
     * preferably with jitter).
     */
    BACKOFF,

    /**
     * The server moves or rebalances its clients: reconnect at once, without waiting. If that attempt fails too,
     * fall back to {@link #BACKOFF}, so that a server that keeps closing does not draw a storm of connections.
     */
    IMMEDIATELY,

    /**
     * The credentials are no longer good: get fresh ones first (refresh the token, or sign in again), then
     * reconnect with them, with backoff as for {@link #BACKOFF}. A client that cannot get fresh credentials does
     * not reconnect.
     */
    REAUTHENTICATE
}
