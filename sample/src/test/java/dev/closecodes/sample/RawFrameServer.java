package dev.closecodes.sample;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A WebSocket endpoint below any WebSocket library: a plain {@link ServerSocket} on {@code 127.0.0.1} that completes
 * the RFC 6455 opening handshake and then writes the raw bytes of one {@link WireCase}, so a browser can be sent
 * frames that no library would send. It then reads what the browser sends back until its close frame or the end of
 * the connection, keeps that close frame's body, and closes the connection; or, for a case that loses the connection,
 * waits for the page's first message and then closes or resets the connection without a close frame.
 *
 * <p>A browser asks for a case by its path: {@code ws://127.0.0.1:port/<case id>}.
 */
final class RawFrameServer implements AutoCloseable {
    /** RFC 6455 §1.3: appended to the client's key before hashing. */
    private static final String HANDSHAKE_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    /** A guard against a peer that never answers, never a timing. */
    private static final int READ_TIMEOUT_MS = 15_000;
    private static final int MAX_REQUEST_HEAD = 16 * 1024;

    private final ServerSocket socket;
    private final Map<String, WireCase> cases;
    private final Map<String, CompletableFuture<Optional<byte[]>>> answers = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "raw-frame-server");
        thread.setDaemon(true);
        return thread;
    });

    private RawFrameServer(ServerSocket socket, Map<String, WireCase> cases) {
        this.socket = socket;
        this.cases = cases;
    }

    /**
     * Starts the endpoint on {@code 127.0.0.1} and a free port.
     *
     * @param cases the cases it serves, by {@link WireCase#id()}
     * @return the running endpoint
     * @throws IOException if no port can be bound
     */
    static RawFrameServer start(Map<String, WireCase> cases) throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        RawFrameServer server = new RawFrameServer(socket, Map.copyOf(cases));
        server.threads.execute(server::accept);
        return server;
    }

    /**
     * Returns the URI a browser opens for a case.
     *
     * @param wireCase the case
     * @return such as {@code ws://127.0.0.1:41234/code-1004}
     */
    URI uri(WireCase wireCase) {
        return URI.create("ws://127.0.0.1:" + socket.getLocalPort() + "/" + wireCase.id());
    }

    /**
     * Waits for what the browser answered the case with.
     *
     * @param wireCase the case
     * @param timeout how long to wait
     * @return the body of the browser's close frame, or nothing if it closed the connection without one
     * @throws TimeoutException if the connection has not ended in time
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    Optional<byte[]> answer(WireCase wireCase, Duration timeout) throws TimeoutException, InterruptedException {
        try {
            return future(wireCase.id()).get(timeout.toMillis(), TimeUnit.MILLISECONDS).map(byte[]::clone);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the connection for " + wireCase.id() + " failed", e.getCause());
        }
    }

    private CompletableFuture<Optional<byte[]>> future(String id) {
        return answers.computeIfAbsent(id, key -> new CompletableFuture<>());
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                threads.execute(() -> serve(connection));
            } catch (IOException e) {
                // Closed: the loop ends.
            }
        }
    }

    private void serve(Socket connection) {
        String id = null;
        try (connection) {
            connection.setSoTimeout(READ_TIMEOUT_MS);
            connection.setTcpNoDelay(true);
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            Map<String, String> request = readRequestHead(in);
            id = request.get(":path").substring(1);
            WireCase wireCase = cases.get(id);
            String key = request.get("sec-websocket-key");
            if (wireCase == null || key == null || !"websocket".equalsIgnoreCase(request.get("upgrade"))) {
                out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                return;
            }
            // No extension and no subprotocol is accepted: every RSV bit must stay clear.
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(wireCase.wire());
            out.flush();
            if (wireCase.ending() == WireCase.Ending.HALF_CLOSE) {
                connection.shutdownOutput();
            }
            if (wireCase.ending() == WireCase.Ending.ANSWER || wireCase.ending() == WireCase.Ending.HALF_CLOSE) {
                future(id).complete(readUntilClose(in));
                return;
            }
            // The connection is lost once it is open: the page sends a message from its open handler.
            ClientFrame greeting = readFrame(in);
            if (wireCase.ending() == WireCase.Ending.RESET) {
                connection.setSoLinger(true, 0);
            }
            future(id).complete(greeting != null && greeting.opcode() == 0x8
                    ? Optional.of(greeting.payload()) : Optional.empty());
        } catch (IOException | RuntimeException e) {
            if (id != null) {
                future(id).completeExceptionally(e);
            }
        }
    }

    /** RFC 6455 §4.2.2: Base64 of the SHA-1 of the key and the GUID. */
    static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((key.trim() + HANDSHAKE_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /** Reads the request line and headers: {@code :path}, then each header by its lower-case name. */
    private static Map<String, String> readRequestHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the request ended before its headers did");
            }
            head.write(b);
            if (head.size() > MAX_REQUEST_HEAD) {
                throw new IOException("request headers over " + MAX_REQUEST_HEAD + " bytes");
            }
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length != 3 || !requestLine[0].equals("GET")) {
            throw new IOException("not a GET request: " + lines[0]);
        }
        Map<String, String> headers = new HashMap<>();
        headers.put(":path", requestLine[1].replaceFirst("\\?.*", ""));
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return headers;
    }

    /**
     * Reads the client's frames until its close frame or the end of the connection.
     *
     * @return the close frame's body, or nothing if the connection ended without one
     */
    private static Optional<byte[]> readUntilClose(InputStream in) throws IOException {
        for (ClientFrame frame = readFrame(in); frame != null; frame = readFrame(in)) {
            if (frame.opcode() == 0x8) {
                return Optional.of(frame.payload());
            }
        }
        return Optional.empty();
    }

    /** A frame from the client, unmasked. */
    private record ClientFrame(int opcode, byte[] payload) {}

    /**
     * Reads one of the client's frames (masked, RFC 6455 §5.2).
     *
     * @return the frame, or {@code null} if the connection ended or was reset first
     */
    private static ClientFrame readFrame(InputStream in) throws IOException {
        try {
            int first = in.read();
            if (first < 0) {
                return null;
            }
            int second = readByte(in);
            long length = second & 0x7F;
            if (length == 126) {
                length = (readByte(in) << 8) | readByte(in);
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | readByte(in);
                }
            }
            if (length > 1 << 20) {
                throw new IOException("a client frame of " + length + " bytes");
            }
            byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : new byte[4];
            byte[] payload = in.readNBytes((int) length);
            if (mask.length < 4 || payload.length < length) {
                return null;
            }
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
            return new ClientFrame(first & 0x0F, payload);
        } catch (EOFException e) {
            return null;
        } catch (SocketException e) {
            // Reset by the client.
            return null;
        }
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing left to release.
        }
        threads.shutdownNow();
    }
}
