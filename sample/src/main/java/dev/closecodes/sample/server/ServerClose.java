package dev.closecodes.sample.server;

import dev.closecodes.CloseFrames;
import dev.closecodes.sample.ChatCloseCodeRange;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * How the sample server ends a WebSocket session right after it opens: with a close frame carrying a code and a
 * reason, with an empty close frame, or by dropping the TCP connection without any close frame.
 *
 * <p>Each kind has a path on the {@link SampleServer}, so a client (the JDK's, or a browser's) picks how its
 * connection ends by the URL it opens.
 */
public sealed interface ServerClose {

    /**
     * Returns the path and query that asks the server for this close, such as {@code /close/4001?reason=bye}.
     *
     * @return the path, starting with {@code /}
     */
    String path();

    /**
     * Returns the body of the close frame the server sends.
     *
     * @return the body (empty for an empty close frame), or nothing when the server sends no close frame at all
     */
    Optional<byte[]> frameBody();

    /**
     * Returns a short description for people, such as {@code close frame 4001 "token expired"}.
     *
     * @return the description
     */
    String describe();

    /**
     * Parses a path that {@link #path()} produced.
     *
     * @param path the request's path, such as {@code /close/4001}
     * @param reason the {@code reason} query parameter, decoded, or {@code null} if there is none
     * @return the close it asks for, or nothing if the path asks for none or the close is not one a server may send
     */
    static Optional<ServerClose> parse(String path, String reason) {
        if (path.equals(DropConnection.PATH)) {
            return Optional.of(new DropConnection());
        }
        if (path.equals(EmptyFrame.PATH)) {
            return Optional.of(new EmptyFrame());
        }
        if (path.startsWith(CodeFrame.PREFIX)) {
            try {
                int code = Integer.parseInt(path.substring(CodeFrame.PREFIX.length()));
                return Optional.of(new CodeFrame(code, reason == null ? "" : reason));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A close frame with a code and a reason.
     *
     * @param code a code that may be sent, such as 4001
     * @param reason the reason, at most 123 bytes in UTF-8
     */
    record CodeFrame(int code, String reason) implements ServerClose {
        static final String PREFIX = "/close/";

        /**
         * Checks the code and the reason.
         *
         * @param code a code that may be sent, such as 4001
         * @param reason the reason, at most 123 bytes in UTF-8
         * @throws IllegalArgumentException if the code may not be sent or the reason does not fit a close frame
         */
        public CodeFrame {
            if (!ChatCloseCodeRange.isSendable(code)) {
                throw new IllegalArgumentException("code " + code + " may not be sent in a close frame");
            }
            CloseFrames.checkReason(Objects.requireNonNull(reason, "reason"));
        }

        @Override
        public String path() {
            return PREFIX + code + (reason.isEmpty() ? "" : "?reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }

        @Override
        public Optional<byte[]> frameBody() {
            byte[] utf8 = reason.getBytes(StandardCharsets.UTF_8);
            return Optional.of(ByteBuffer.allocate(2 + utf8.length).putShort((short) code).put(utf8).array());
        }

        @Override
        public String describe() {
            return "close frame " + code + (reason.isEmpty() ? ", no reason" : ", reason of "
                    + reason.getBytes(StandardCharsets.UTF_8).length + " bytes");
        }
    }

    /** A close frame with an empty body: no code, no reason. */
    record EmptyFrame() implements ServerClose {
        static final String PATH = "/close/empty";

        @Override
        public String path() {
            return PATH;
        }

        @Override
        public Optional<byte[]> frameBody() {
            return Optional.of(new byte[0]);
        }

        @Override
        public String describe() {
            return "close frame with an empty body";
        }
    }

    /** No close frame: the server drops the TCP connection. */
    record DropConnection() implements ServerClose {
        static final String PATH = "/drop";

        @Override
        public String path() {
            return PATH;
        }

        @Override
        public Optional<byte[]> frameBody() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "TCP connection dropped, no close frame";
        }
    }
}
