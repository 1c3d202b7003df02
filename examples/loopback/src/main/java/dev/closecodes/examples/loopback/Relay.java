package dev.closecodes.examples.loopback;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on 127.0.0.1 in front of a server, which drops every connection through it on {@link #cut()}: both
 * ends see the connection end without a close frame, as when a network fails.
 */
public final class Relay implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

    private Relay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "relay-accept-" + listener.getLocalPort());
        accepting.setDaemon(true);
        accepting.start();
    }

    /**
     * Starts a relay to a server on 127.0.0.1.
     *
     * @param targetPort the server's port
     * @return the running relay, on a free port
     * @throws IOException if no port can be bound
     */
    public static Relay to(int targetPort) throws IOException {
        return new Relay(targetPort);
    }

    /**
     * Returns a WebSocket URI through this relay.
     *
     * @param path the path, such as {@code /chat}
     * @param closeCase the case the server is to act out
     * @return the URI, such as {@code ws://127.0.0.1:41234/chat?close=TOKEN_EXPIRED}
     */
    public URI uri(String path, CloseCase closeCase) {
        return URI.create("ws://127.0.0.1:" + listener.getLocalPort() + path + "?" + closeCase.query());
    }

    /**
     * Drops every connection made through the relay so far, on both sides, without a close frame: each end gets a
     * TCP reset, as from a network that failed.
     */
    public void cut() {
        for (Socket socket : sockets) {
            try {
                socket.setSoLinger(true, 0); // close() then resets the connection
            } catch (IOException e) {
                // Already closed.
            }
            closeQuietly(socket);
            sockets.remove(socket);
        }
    }

    /** Stops accepting connections and drops those that are open. */
    @Override
    public void close() {
        closeQuietly(listener);
        cut();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                sockets.add(client);
                sockets.add(server);
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                // The listener closed, or the server refused: the client then sees its connection fail.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try {
                from.getInputStream().transferTo(to.getOutputStream());
                // The sender ended its side: pass that on, and end both sockets once the other direction ends too.
                to.shutdownOutput();
                if (from.isOutputShutdown()) {
                    closeQuietly(from);
                    closeQuietly(to);
                }
            } catch (IOException e) {
                // Cut, or one side went away: end both.
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "relay-" + from.getLocalPort() + "-" + to.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}
