package dev.closecodes.processor;

/** The numbers the protocol and the class-file format fix. */
final class Limits {
    /**
     * The largest unsigned two-byte number: the highest code a close frame carries (RFC 6455 §5.5.1), and the most
     * bytes a string constant takes in a class file.
     */
    static final int UNSIGNED_SHORT_MAX = 0xFFFF;

    /** The first code a table may declare itself: 3000–3999 are registered with IANA. */
    static final int OWN_FROM = 3000;

    /** The last code a table may declare itself: 4000–4999 are private to an application. */
    static final int OWN_TO = 4999;

    private Limits() {}
}
