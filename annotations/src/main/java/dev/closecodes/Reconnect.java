package dev.closecodes;

/**
 * What a client should do after a connection closed with a given code.
 */
public enum Reconnect {
    /**
     * The condition will not go away by itself: do not reconnect until something changes (new credentials, a
     * fixed client, a user's decision).
     */
    NEVER,

    /**
     * The condition is transient: reconnect, waiting longer after each failed attempt (exponential backoff,
     * preferably with jitter).
     */
    BACKOFF
}
