package dev.closecodes.sample;

import java.util.Map;
import java.util.Optional;

/**
 * What a browser made of a connection that ended: the {@code CloseEvent}'s code, reason and {@code wasClean},
 * whether an {@code error} event came before it, and the close frame it sent back on the wire.
 *
 * @param code the close event's code
 * @param reason the close event's reason
 * @param wasClean the close event's {@code wasClean}
 * @param errorFirst whether the page saw an {@code error} event before the {@code close} event
 * @param answer the code of the close frame the browser sent back: {@link #NO_ANSWER} if it sent none,
 *     {@link #EMPTY_ANSWER} for an empty body
 */
record WireReport(int code, String reason, boolean wasClean, boolean errorFirst, int answer) {
    /** The browser sent no close frame back. */
    static final int NO_ANSWER = -1;
    /** The browser sent a close frame with an empty body back. */
    static final int EMPTY_ANSWER = -2;

    /**
     * Reads what the page's {@code closeEventAt} gave and what the server received.
     *
     * @param reported the page's object: {@code code}, {@code reason}, {@code wasClean}, {@code errorFirst}
     * @param answer the body of the browser's close frame, or nothing
     * @return the report
     */
    static WireReport of(Map<?, ?> reported, Optional<byte[]> answer) {
        return new WireReport(((Number) reported.get("code")).intValue(), (String) reported.get("reason"),
                (Boolean) reported.get("wasClean"), (Boolean) reported.get("errorFirst"),
                answer.map(body -> body.length < 2 ? EMPTY_ANSWER - body.length
                        : ((body[0] & 0xFF) << 8) | (body[1] & 0xFF)).orElse(NO_ANSWER));
    }

    /**
     * Returns this report with another close frame sent back.
     *
     * @param code the answer's code, {@link #NO_ANSWER} or {@link #EMPTY_ANSWER}
     * @return the report
     */
    WireReport answering(int code) {
        return new WireReport(this.code, reason, wasClean, errorFirst, code);
    }

    /**
     * Returns the report in a few words, as the README's table gives it.
     *
     * @return such as {@code 1006, unclean, error first; answers 1002}
     */
    String describe() {
        String answered = switch (answer) {
            case NO_ANSWER -> "no close frame back";
            case EMPTY_ANSWER -> "answers with an empty body";
            case EMPTY_ANSWER - 1 -> "answers with a 1-byte body";
            default -> "answers " + answer;
        };
        return code + (reason.isEmpty() ? "" : " " + quote(reason)) + (wasClean ? ", clean" : ", unclean")
                + (errorFirst ? ", error first" : "") + "; " + answered;
    }

    /**
     * Quotes a reason for a table cell: characters a cell would hide as escapes, and a long one cut short.
     *
     * @param text the reason
     * @return such as {@code "bye"} or {@code "rrr…" (123 chars)}
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == '"' || cp == '\\' || cp == '|' || (cp >= 0x7F && cp < 0xA0) || cp == 0xFFFD
                    || cp > 0xFFFF) {
                out.append(cp > 0xFFFF ? String.format("\\u{%X}", cp) : String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        String escaped = out.toString();
        return escaped.length() > 24 ? "\"" + escaped.substring(0, 3) + "…\" (" + text.length() + " chars)"
                : "\"" + escaped + "\"";
    }
}
