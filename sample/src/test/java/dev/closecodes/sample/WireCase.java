package dev.closecodes.sample;

import dev.closecodes.InvalidClosePayloadException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One thing a server writes after the opening handshake, byte for byte, that no WebSocket library would send: the
 * close frames of the Autobahn test suite's section 7 and a few more, and connections lost without a close frame.
 *
 * @param id the path the browser opens on the {@link RawFrameServer}, such as {@code code-1004}
 * @param label what is sent, for people
 * @param rfc what RFC 6455 asks of the client that receives it
 * @param wire the bytes written after the handshake
 * @param closeBody the body of the close frame a receiver's frame layer hands on, or nothing when the frame itself
 *     breaks RFC 6455 §5 (fragmented, RSV bits, masked) or when no close frame is sent
 * @param ending how the server ends the connection
 */
record WireCase(String id, String label, String rfc, byte[] wire, Optional<byte[]> closeBody, Ending ending) {

    /** How the server ends the connection once it has written the case. */
    enum Ending {
        /** Reads until the browser's close frame or the end of the connection, then closes it. */
        ANSWER,
        /** Shuts the connection's output down right after the frame, then reads as {@link #ANSWER} does. */
        HALF_CLOSE,
        /** Waits for the page's first message, then closes the connection without a close frame. */
        CLOSE,
        /** Waits for the page's first message, then resets the connection (a TCP RST). */
        RESET
    }


    WireCase {
        wire = wire.clone();
        closeBody = closeBody.map(byte[]::clone);
    }

    @Override
    public byte[] wire() {
        return wire.clone();
    }

    @Override
    public Optional<byte[]> closeBody() {
        return closeBody.map(byte[]::clone);
    }

    /**
     * Returns what a browser that follows RFC 6455 and the WHATWG standard makes of the case, as the generated decoder
     * reads the frame. Where {@code fromPayload} reads an event, that event: a clean close without an {@code error}
     * event, answered by a close frame that echoes the code (§5.5.1). Where it throws, the frame breaks RFC 6455
     * §5, or the connection is lost, a failed connection (§7.1.7, §7.2.1): code 1006, no reason, unclean, after an
     * {@code error} event, answered (if the connection is still there) by a close frame with the code that
     * {@link InvalidClosePayloadException#closeCode()} gives, 1002 for a broken frame.
     *
     * @return the report
     */
    WireReport conforming() {
        if (ending == Ending.CLOSE || ending == Ending.RESET) {
            return failed(WireReport.NO_ANSWER);
        }
        if (closeBody.isEmpty()) {
            return failed(1002);
        }
        try {
            ChatCloseEvent event = ChatCloseEvent.fromPayload(closeBody.get());
            int echo = closeBody.get().length == 0 ? WireReport.EMPTY_ANSWER : event.code();
            return new WireReport(event.code(), event.reason(), event.wasClean(), false, echo);
        } catch (InvalidClosePayloadException e) {
            return failed(e.closeCode());
        }
    }

    /**
     * Tells whether RFC 6455, as closecodes reads it, has the browser fail the connection.
     *
     * @return {@code true} if a conforming browser fails it
     */
    boolean fails() {
        return !conforming().wasClean();
    }

    private static WireReport failed(int answer) {
        return new WireReport(1006, "", false, true, answer);
    }

    /**
     * Returns closecodes' verdict on the frame, for people: the event {@code fromPayload} reads, or the code its
     * exception says to fail the connection with.
     *
     * @return such as {@code 1000 "bye"} or {@code throws: 1002}
     */
    String closecodesVerdict() {
        if (closeBody.isEmpty()) {
            return "no close body";
        }
        try {
            ChatCloseEvent event = ChatCloseEvent.fromPayload(closeBody.get());
            return event.code() + (event.reason().isEmpty() ? "" : " " + WireReport.quote(event.reason()));
        } catch (InvalidClosePayloadException e) {
            return "throws: " + e.closeCode();
        }
    }

    /**
     * Returns every case, in the order the README's table lists them.
     *
     * @return the cases
     */
    static List<WireCase> all() {
        List<WireCase> cases = new ArrayList<>();
        String clean = "clean close";
        cases.add(close("empty-body", "empty body", "clean close, 1005 (§7.1.5)", new byte[0]));
        cases.add(close("code-1000", "code 1000", clean, body(1000)));
        cases.add(close("code-4001-reason", "code 4001, reason \"token expired\"", clean,
                body(4001, "token expired".getBytes(StandardCharsets.UTF_8))));
        cases.add(close("body-125", "125-byte body: code 1000, 123-byte reason", clean,
                body(1000, "r".repeat(123).getBytes(StandardCharsets.UTF_8))));
        cases.add(close("reason-u10ffff", "reason U+10FFFF, the last code point (F4 8F BF BF)", clean,
                body(1000, hex("F48FBFBF"))));

        cases.add(close("body-1-byte", "1-byte body (03)", "fail: a body of 1 byte has no code (§5.5.1)",
                hex("03")));
        String notSent = "fail: a code that may not be sent (§7.4.1)";
        String notUsed = "fail: 0–999 are not used (§7.4.2)";
        String reserved = "fail: reserved for the protocol (§7.4.2)";
        String undefined = "fail: above the defined ranges (§7.4.2)";
        for (int code : new int[] {0, 999}) {
            cases.add(close("code-" + code, "code " + code, notUsed, body(code)));
        }
        for (int code : new int[] {1004, 1005, 1006, 1015}) {
            cases.add(close("code-" + code, "code " + code, notSent, body(code)));
        }
        for (int code : new int[] {1016, 1100, 2000, 2999}) {
            cases.add(close("code-" + code, "code " + code, reserved, body(code)));
        }
        for (int code : new int[] {5000, 65535}) {
            cases.add(close("code-" + code, "code " + code, undefined, body(code)));
        }

        String notUtf8 = "fail: the reason is not UTF-8 (§5.5.1, §8.1)";
        cases.add(close("utf8-truncated-end", "reason ending in a truncated sequence (61 E2 82)", notUtf8,
                body(1000, hex("61E282"))));
        cases.add(close("utf8-truncated-middle", "reason with a truncated sequence inside (F0 9F 91 61)", notUtf8,
                body(1000, hex("F09F9161"))));
        cases.add(close("utf8-lone-continuation", "reason with a lone continuation byte (61 80 62)", notUtf8,
                body(1000, hex("618062"))));
        cases.add(close("utf8-overlong-2", "reason with an overlong \"/\" in 2 bytes (C0 AF)", notUtf8,
                body(1000, hex("C0AF"))));
        cases.add(close("utf8-overlong-3", "reason with an overlong \"/\" in 3 bytes (E0 80 AF)", notUtf8,
                body(1000, hex("E080AF"))));
        cases.add(close("utf8-surrogate-high", "reason with an encoded surrogate U+D800 (ED A0 80)", notUtf8,
                body(1000, hex("EDA080"))));
        cases.add(close("utf8-surrogate-low", "reason with an encoded surrogate U+DFFF (ED BF BF)", notUtf8,
                body(1000, hex("EDBFBF"))));
        cases.add(close("utf8-surrogate-pair", "reason with a surrogate pair encoded one by one (ED A0 BD ED B1 8B)",
                notUtf8, body(1000, hex("EDA0BDEDB18B"))));
        cases.add(close("utf8-past-10ffff", "reason with U+110000 (F4 90 80 80)", notUtf8,
                body(1000, hex("F4908080"))));
        cases.add(close("utf8-past-10ffff-f7", "reason with U+1FFFFF (F7 BF BF BF)", notUtf8,
                body(1000, hex("F7BFBFBF"))));
        cases.add(close("utf8-autobahn-7-5-1", "Autobahn 7.5.1's reason (κόσμε, then ED A0 80, then \"edited\")",
                notUtf8, body(1000, hex("CEBAE1BDB9CF83CEBCCEB5EDA080656469746564"))));

        byte[] longBody = body(1000, "r".repeat(124).getBytes(StandardCharsets.UTF_8));
        cases.add(new WireCase("body-126", "126-byte body, with the 16-bit extended length",
                "fail: a control frame's payload is at most 125 bytes (§5.5)",
                concat(new byte[] {(byte) 0x88, 126, 0, (byte) longBody.length}, longBody),
                Optional.of(longBody), Ending.ANSWER));
        byte[] bye = body(1000, "bye".getBytes(StandardCharsets.UTF_8));
        cases.add(new WireCase("fragmented", "close frame in two fragments (code 1000, then \"bye\")",
                "fail: control frames are not fragmented (§5.4, §5.5)",
                concat(frame(0x08, body(1000)), frame(0x80, "bye".getBytes(StandardCharsets.UTF_8))),
                Optional.empty(), Ending.ANSWER));
        cases.add(new WireCase("rsv1", "close frame with RSV1 set (code 1000, \"bye\")",
                "fail: RSV1 without an extension that defines it (§5.2)", frame(0xC8, bye), Optional.empty(),
                Ending.ANSWER));
        cases.add(new WireCase("rsv2-rsv3", "close frame with RSV2 and RSV3 set (code 1000, \"bye\")",
                "fail: RSV2, RSV3 without an extension that defines them (§5.2)", frame(0xB8, bye),
                Optional.empty(), Ending.ANSWER));
        cases.add(new WireCase("masked", "masked close frame from the server (code 1000, \"bye\")",
                "fail: a client fails on a masked frame (§5.1)", maskedFrame(0x88, bye), Optional.empty(),
                Ending.ANSWER));

        cases.add(new WireCase("half-close",
                "code 1000, then the server's side of the TCP connection shut down at once",
                "clean close; the server should wait for the answer (§5.5.1)",
                frame(0x88, body(1000)), Optional.of(body(1000)), Ending.HALF_CLOSE));
        String lost = "fail: the connection is lost (§7.2.1)";
        cases.add(new WireCase("tcp-close", "TCP closed without a close frame", lost, new byte[0],
                Optional.empty(), Ending.CLOSE));
        cases.add(new WireCase("tcp-reset", "TCP reset without a close frame", lost, new byte[0],
                Optional.empty(), Ending.RESET));
        return List.copyOf(cases);
    }

    /**
     * Returns the case with this id.
     *
     * @param id such as {@code code-1004}
     * @return the case
     * @throws IllegalArgumentException if there is none
     */
    static WireCase byId(String id) {
        return all().stream().filter(wireCase -> wireCase.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no wire case " + id));
    }

    private static WireCase close(String id, String label, String rfc, byte[] body) {
        return new WireCase(id, label, rfc, frame(0x88, body), Optional.of(body), Ending.ANSWER);
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] body(int code) {
        return body(code, new byte[0]);
    }

    private static byte[] body(int code, byte[] reason) {
        return concat(new byte[] {(byte) (code >>> 8), (byte) code}, reason);
    }

    /** A server frame: unmasked, with a payload of at most 125 bytes. */
    private static byte[] frame(int firstByte, byte[] payload) {
        return concat(new byte[] {(byte) firstByte, (byte) payload.length}, payload);
    }

    private static byte[] maskedFrame(int firstByte, byte[] payload) {
        byte[] mask = {0x37, (byte) 0xFA, 0x21, 0x3D};
        byte[] masked = payload.clone();
        for (int i = 0; i < masked.length; i++) {
            masked[i] ^= mask[i & 3];
        }
        return concat(new byte[] {(byte) firstByte, (byte) (0x80 | payload.length)}, mask, masked);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return label;
    }
}
