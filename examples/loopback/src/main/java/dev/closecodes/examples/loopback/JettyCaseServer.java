package dev.closecodes.examples.loopback;

import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A Jetty 12 WebSocket server on 127.0.0.1 whose sessions at {@code /chat?close=NAME} end as the {@link CloseCase}
 * says, for the examples of WebSocket clients. It keeps what its own close callback,
 * {@code onWebSocketClose(int, String, Callback)}, reported of each session.
 */
public final class JettyCaseServer implements AutoCloseable {
    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server, 1, 1);
    private final BlockingQueue<ReportedClose> closes = new LinkedBlockingQueue<>();

    private JettyCaseServer() {
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> container.addMapping("/chat",
                (request, response, callback) -> new ClosingEndpoint(
                        CloseCase.fromQuery(request.getHttpURI().getQuery()).orElseThrow()))));
    }

    /**
     * Starts a server on a free port.
     *
     * @return the running server
     * @throws Exception if Jetty cannot start
     */
    public static JettyCaseServer start() throws Exception {
        JettyCaseServer started = new JettyCaseServer();
        started.server.start();
        return started;
    }

    /**
     * Returns the port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Returns the WebSocket URI of a case on this server, without a relay.
     *
     * @param closeCase the case the server is to act out
     * @return the URI, such as {@code ws://127.0.0.1:41234/chat?close=EMPTY_BODY}
     */
    public URI uri(CloseCase closeCase) {
        return URI.create("ws://127.0.0.1:" + port() + "/chat?" + closeCase.query());
    }

    /**
     * Waits for the next session to end, and returns what Jetty's close callback reported.
     *
     * @return the code and reason Jetty passed to {@code onWebSocketClose}
     * @throws InterruptedException if interrupted while waiting
     * @throws IllegalStateException if no session ends within ten seconds
     */
    public ReportedClose awaitClose() throws InterruptedException {
        ReportedClose close = closes.poll(10, TimeUnit.SECONDS);
        if (close == null) {
            throw new IllegalStateException("no session on the Jetty server ended within ten seconds");
        }
        return close;
    }

    /**
     * Stops the server.
     *
     * @throws IllegalStateException if Jetty fails to stop
     */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop cleanly", e);
        }
    }

    /**
     * What a close callback reported.
     *
     * @param code the code it passed
     * @param reason the reason it passed, as it passed it
     */
    public record ReportedClose(int code, String reason) {}

    /** A Jetty endpoint that ends its session as a case says. Public, since Jetty calls it through handles. */
    public final class ClosingEndpoint extends Session.Listener.AbstractAutoDemanding {
        private final CloseCase closeCase;

        ClosingEndpoint(CloseCase closeCase) {
            this.closeCase = closeCase;
        }

        @Override
        public void onWebSocketOpen(Session session) {
            super.onWebSocketOpen(session);
            switch (closeCase) {
                case TOKEN_EXPIRED -> session.close(4001, CloseCase.TOKEN_EXPIRED_REASON, Callback.NOOP);
                case NORMAL_WITHOUT_REASON -> session.close(StatusCode.NORMAL, null, Callback.NOOP);
                case EMPTY_BODY -> session.close(StatusCode.NO_CODE, null, Callback.NOOP);
                case LONG_REASON -> session.close(4001, CloseCase.LONG_REASON_TEXT, Callback.NOOP);
                case DROPPED -> session.sendText(CloseCase.READY, Callback.NOOP);
            }
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason, Callback callback) {
            closes.add(new ReportedClose(statusCode, reason));
            callback.succeed();
        }

        @Override
        public void onWebSocketError(Throwable cause) {
            // A dropped connection: onWebSocketClose follows with 1006.
        }
    }
}
