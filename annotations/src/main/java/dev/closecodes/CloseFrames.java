package dev.closecodes;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The RFC 6455 close-frame rules that do not depend on a table: reason limits, the body's layout, strict UTF-8.
 * Generated {@code …CloseEvent} classes call these methods; they are public so that generated code in any package
 * can, and are of use on their own.
 */
public final class CloseFrames {

    /** The most bytes a close-frame body may hold (RFC 6455 §5.5: a control frame's payload is at most 125). */
    public static final int MAX_BODY_BYTES = 125;

    /** The most UTF-8 bytes a close reason may hold: the body less the two bytes of the code. */
    public static final int MAX_REASON_BYTES = MAX_BODY_BYTES - 2;

    /** The highest code a close frame can carry (two unsigned bytes). */
    public static final int MAX_CODE = 0xFFFF;

    /** 1002 Protocol Error, the answer to a malformed close body. */
    public static final int PROTOCOL_ERROR = 1002;

    /** 1007 Invalid frame payload data, the answer to a reason that is not UTF-8. */
    public static final int INVALID_PAYLOAD = 1007;

    private CloseFrames() {}

    /**
     * Checks that {@code code} fits a close frame.
     *
     * @param code the code
     * @return the code
     * @throws IllegalArgumentException if the code is outside 0–65535
     */
    public static int checkCode(int code) {
        if (code < 0 || code > MAX_CODE) {
            throw new IllegalArgumentException("code " + code + " is outside 0–65535, the codes a close frame can carry");
        }
        return code;
    }

    /**
     * Checks that {@code reason} fits a close frame: at most {@value #MAX_REASON_BYTES} bytes in UTF-8 and no
     * unpaired surrogate (which UTF-8 cannot encode).
     *
     * @param reason the reason
     * @return the reason
     * @throws NullPointerException if {@code reason} is null
     * @throws IllegalArgumentException if the reason is too long or holds an unpaired surrogate
     */
    public static String checkReason(String reason) {
        int bytes = utf8Length(Objects.requireNonNull(reason, "reason"));
        if (bytes > MAX_REASON_BYTES) {
            throw new IllegalArgumentException("reason is " + bytes + " bytes in UTF-8, over the limit of "
                    + MAX_REASON_BYTES + " bytes that fits a close frame; shorten it");
        }
        return reason;
    }

    /**
     * Makes a reason that a WebSocket API reported in its close callback fit a close event, leniently where
     * {@link #checkReason(String)} is strict. The generated {@code …CloseEvent.received(int, String)} calls it.
     *
     * <ul>
     *   <li>{@code null} is {@code ""}: Spring's {@code CloseStatus.getReason()} is null for
     *       {@code session.close()} and for an aborted connection.</li>
     *   <li>A reason over {@value #MAX_REASON_BYTES} bytes in UTF-8 is cut after the last whole character that
     *       fits, never inside a surrogate pair: a server-side callback (Spring's {@code CloseStatus} on Tomcat)
     *       may hold the whole reason the server asked to send, while the wire carried only what fits.</li>
     *   <li>An unpaired surrogate, which UTF-8 cannot encode and so no peer can have received, becomes U+FFFD, as
     *       a browser's {@code WebSocket.close()} turns it into U+FFFD before sending.</li>
     * </ul>
     *
     * <p>Reasons decoded from the wire (Jakarta WebSocket's {@code CloseReason.getReasonPhrase()}, Jetty's,
     * OkHttp's and the JDK's {@code onClose(int, String)}) are well-formed and at most 123 bytes, and come back
     * as they are, without a copy.
     *
     * @param reason the reason the callback reported, or {@code null}
     * @return the reason, well-formed and at most {@value #MAX_REASON_BYTES} bytes in UTF-8
     */
    public static String fitReason(String reason) {
        if (reason == null) {
            return "";
        }
        int length = reason.length();
        StringBuilder repaired = null; // only once an unpaired surrogate turns up
        int bytes = 0;
        int i = 0;
        while (i < length) {
            char c = reason.charAt(i);
            int width;
            int chars = 1;
            boolean unpaired = false;
            if (c < 0x80) {
                width = 1;
            } else if (c < 0x800) {
                width = 2;
            } else if (!Character.isSurrogate(c)) {
                width = 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(reason.charAt(i + 1))) {
                width = 4;
                chars = 2;
            } else {
                width = 3; // U+FFFD
                unpaired = true;
            }
            if (bytes + width > MAX_REASON_BYTES) {
                break;
            }
            if (unpaired && repaired == null) {
                repaired = new StringBuilder(length).append(reason, 0, i);
            }
            if (unpaired) {
                repaired.append('\uFFFD');
            } else if (repaired != null) {
                repaired.append(reason, i, i + chars);
            }
            bytes += width;
            i += chars;
        }
        if (repaired != null) {
            return repaired.toString();
        }
        return i == length ? reason : reason.substring(0, i);
    }

    /**
     * Returns the length of {@code text} in UTF-8.
     *
     * @param text the text
     * @return its length in bytes
     * @throws IllegalArgumentException if the text holds an unpaired surrogate, naming its index
     */
    public static int utf8Length(CharSequence text) {
        return utf8Length(text.toString());
    }

    /** {@link #utf8Length(CharSequence)} of a {@code String}, whose {@code charAt} the JIT inlines in the loop. */
    private static int utf8Length(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && text.charAt(i) < 0x80) {
            i++; // ASCII, the common case: one byte a char
        }
        int bytes = length;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                bytes += 1;
            } else if (!Character.isSurrogate(c)) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 2;
                i++;
            } else {
                throw new IllegalArgumentException("reason has an unpaired surrogate U+"
                        + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + " at index " + i
                        + ", which UTF-8 cannot encode; a reason must be well-formed text");
            }
        }
        return bytes;
    }

    /**
     * Encodes a close-frame body: the code as two big-endian bytes, then the reason in UTF-8.
     *
     * @param code a code from 0 to 65535
     * @param reason a reason already checked by {@link #checkReason(String)}
     * @return a new array holding the body
     */
    public static byte[] encode(int code, String reason) {
        // One pass for the common ASCII reason: copy while checking, and start over in UTF-8 at the first char
        // that is not ASCII.
        int length = reason.length();
        byte[] body = new byte[2 + length];
        for (int i = 0; i < length; i++) {
            char c = reason.charAt(i);
            if (c >= 0x80) {
                byte[] utf8 = reason.getBytes(StandardCharsets.UTF_8);
                body = new byte[2 + utf8.length];
                System.arraycopy(utf8, 0, body, 2, utf8.length);
                break;
            }
            body[2 + i] = (byte) c;
        }
        body[0] = (byte) (code >>> 8);
        body[1] = (byte) code;
        return body;
    }

    /**
     * Reads the code of a received close-frame body of 2 to 125 bytes.
     *
     * @param body the body
     * @return the code, from 0 to 65535
     * @throws InvalidClosePayloadException with close code 1002 if the body has 1 byte or more than 125
     */
    public static int decodeCode(byte[] body) {
        if (body.length == 1 || body.length > MAX_BODY_BYTES) {
            throw new InvalidClosePayloadException(PROTOCOL_ERROR, "a close-frame body must be empty or hold 2 to "
                    + MAX_BODY_BYTES + " bytes, but has " + body.length);
        }
        return (body[0] & 0xFF) << 8 | (body[1] & 0xFF);
    }

    /**
     * Reads the reason of a received close-frame body, checking that it is valid UTF-8 (RFC 3629: no overlong
     * forms, no surrogates, nothing above U+10FFFF, no truncated sequence).
     *
     * @param body a body of 2 to 125 bytes
     * @return the reason; the constant {@code ""} itself, with no new string, if the body holds only a code
     * @throws InvalidClosePayloadException with close code 1007 if the reason is not valid UTF-8
     */
    public static String decodeReason(byte[] body) {
        if (body.length <= 2) {
            return ""; // a code alone (or no code): nothing to decode, nothing to allocate
        }
        // The JDK's decoder is as strict as RFC 3629 but replaces what is malformed with U+FFFD rather than fail.
        // So a reason without U+FFFD was valid, and only one with it, rare, is scanned to tell a malformed byte
        // from a U+FFFD that was really sent, and to name the byte.
        String reason = new String(body, 2, body.length - 2, StandardCharsets.UTF_8);
        if (reason.indexOf('\uFFFD') >= 0) {
            int bad = invalidUtf8At(body, 2);
            if (bad >= 0) {
                throw new InvalidClosePayloadException(INVALID_PAYLOAD, "the close reason is not valid UTF-8: byte "
                        + bad + " of the reason (0x" + Integer.toHexString(body[2 + bad] & 0xFF)
                        + ") does not start or continue a well-formed sequence");
            }
        }
        return reason;
    }

    /**
     * Returns where in {@code bytes[from..]} the first byte that is not part of a well-formed UTF-8 sequence lies,
     * counted from {@code from} (0 for {@code bytes[from]}), or -1 if every byte is.
     */
    private static int invalidUtf8At(byte[] bytes, int from) {
        int to = bytes.length;
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xFF;
            int continuations;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                continuations = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                continuations = 2;
                if (lead == 0xE0) {
                    low = 0xA0; // overlong below U+0800
                } else if (lead == 0xED) {
                    high = 0x9F; // UTF-16 surrogates
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                continuations = 3;
                if (lead == 0xF0) {
                    low = 0x90; // overlong below U+10000
                } else if (lead == 0xF4) {
                    high = 0x8F; // above U+10FFFF
                }
            } else {
                return i - from;
            }
            for (int k = 1; k <= continuations; k++) {
                if (i + k >= to) {
                    return i - from; // truncated sequence
                }
                int next = bytes[i + k] & 0xFF;
                if (next < low || next > high) {
                    return i + k - from;
                }
                low = 0x80;
                high = 0xBF;
            }
            i += continuations + 1;
        }
        return -1;
    }
}
