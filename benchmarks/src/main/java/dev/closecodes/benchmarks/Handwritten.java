package dev.closecodes.benchmarks;

import dev.closecodes.sample.ChatCloseCode;
import dev.closecodes.sample.ChatCloseCodeRange;

/**
 * What a project writes without a library: the limit (a bounds-checked array, the least work a lookup can do) and
 * the usual {@code switch}.
 */
final class Handwritten {
    /** Every code of the sample's table at its own index; null where none is declared. */
    private static final ChatCloseCode[] BY_CODE = new ChatCloseCode[5000];

    static {
        for (ChatCloseCode code : ChatCloseCode.values()) {
            BY_CODE[code.code()] = code;
        }
    }

    private Handwritten() {}

    /** The limit: one bounds check and one load. */
    static ChatCloseCode arrayLookup(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** The hand-written lookup most projects have. */
    static ChatCloseCode switchLookup(int code) {
        switch (code) {
            case 1000: return ChatCloseCode.NORMAL_CLOSURE;
            case 1001: return ChatCloseCode.GOING_AWAY;
            case 1002: return ChatCloseCode.PROTOCOL_ERROR;
            case 1003: return ChatCloseCode.UNSUPPORTED_DATA;
            case 1004: return ChatCloseCode.RESERVED;
            case 1005: return ChatCloseCode.NO_STATUS_RECEIVED;
            case 1006: return ChatCloseCode.ABNORMAL_CLOSURE;
            case 1007: return ChatCloseCode.INVALID_PAYLOAD;
            case 1008: return ChatCloseCode.POLICY_VIOLATION;
            case 1009: return ChatCloseCode.MESSAGE_TOO_BIG;
            case 1010: return ChatCloseCode.MANDATORY_EXTENSION;
            case 1011: return ChatCloseCode.INTERNAL_ERROR;
            case 1012: return ChatCloseCode.SERVICE_RESTART;
            case 1013: return ChatCloseCode.TRY_AGAIN_LATER;
            case 1014: return ChatCloseCode.BAD_GATEWAY;
            case 1015: return ChatCloseCode.TLS_HANDSHAKE;
            case 3000: return ChatCloseCode.UNAUTHORIZED;
            case 3003: return ChatCloseCode.FORBIDDEN;
            case 3008: return ChatCloseCode.TIMEOUT;
            case 4001: return ChatCloseCode.TOKEN_EXPIRED;
            case 4003: return ChatCloseCode.BANNED;
            case 4100: return ChatCloseCode.RATE_LIMITED;
            case 4201: return ChatCloseCode.ROOM_FULL;
            case 4202: return ChatCloseCode.ROOM_CLOSED;
            case 4203: return ChatCloseCode.ROOM_MOVED;
            default: return null;
        }
    }

    /** The hand-written range check: the sample's ranges, innermost first. */
    static ChatCloseCodeRange ifClassify(int code) {
        if (code < 0 || code > 4999) {
            return ChatCloseCodeRange.OUT_OF_RANGE;
        } else if (code < 1000) {
            return ChatCloseCodeRange.NOT_USED;
        } else if (code < 2000) {
            return ChatCloseCodeRange.STANDARD;
        } else if (code < 3000) {
            return ChatCloseCodeRange.EXTENSIONS;
        } else if (code < 4000) {
            return ChatCloseCodeRange.LIBRARIES;
        } else if (code < 4100) {
            return ChatCloseCodeRange.AUTH;
        } else if (code < 4200) {
            return ChatCloseCodeRange.LIMITS;
        } else if (code < 4300) {
            return ChatCloseCodeRange.ROOMS;
        } else {
            return ChatCloseCodeRange.APPLICATIONS;
        }
    }

    /** The hand-written sendability check: RFC 6455 §7.4's sendable codes, and 3000–4999. */
    static boolean switchSendable(int code) {
        switch (code) {
            case 1000: case 1001: case 1002: case 1003: case 1007: case 1008: case 1009: case 1010: case 1011:
            case 1012: case 1013: case 1014:
                return true;
            default:
                return code >= 3000 && code <= 4999;
        }
    }
}
