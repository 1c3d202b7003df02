package dev.closecodes;

/**
 * Thrown when a received close-frame body breaks RFC 6455 §5.5.1: a body of one byte or of more than 125 bytes, a
 * code that may not be sent, or a reason that is not valid UTF-8.
 *
 * <p>{@link #closeCode()} is the code the receiving endpoint should close with in turn: 1002 (Protocol Error) for a
 * malformed body or an invalid code, 1007 (Invalid frame payload data) for a reason that is not UTF-8.
 */
public final class InvalidClosePayloadException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The code to answer with. */
    private final int closeCode;

    /**
     * Creates an exception.
     *
     * @param closeCode the code the receiving endpoint should close with, 1002 or 1007
     * @param message what is wrong with the payload
     */
    public InvalidClosePayloadException(int closeCode, String message) {
        super(message);
        this.closeCode = closeCode;
    }

    /**
     * Returns the close code the receiving endpoint should close the connection with.
     *
     * @return 1002 for a malformed body or an invalid code, 1007 for a reason that is not valid UTF-8
     */
    public int closeCode() {
        return closeCode;
    }
}
