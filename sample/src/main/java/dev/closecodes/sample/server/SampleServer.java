package dev.closecodes.sample.server;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A Jetty 12 WebSocket server on the loopback interface, on a port the system picks. Its WebSocket paths:
 * <ul>
 *   <li>{@code /close/{code}?reason=…}, {@code /close/empty}, {@code /drop}: the session ends as soon as it opens,
 *       the way {@link ServerClose} says;</li>
 *   <li>{@code /hold?id=…}: the session stays open until the client closes it; {@link #closeRecorder()} keeps the
 *       body of the client's close frame;</li>
 *   <li>{@code /chat?user=…&moves=M&restarts=N&token=…}: a chat service that moves a user's room for their first
 *       {@code M} connections (4203), is restarting for the next {@code N} (1012), refuses {@code token=expired}
 *       for good (4001) and {@code token=stale} until the client brings another token (3000), and otherwise sends
 *       a greeting; see {@link ChatServiceEndpoint}.</li>
 * </ul>
 * Plain HTTP serves {@code META-INF/resources} of the class path (the demo page at {@code /}, and the generated ES
 * module at {@code /closecodes/dev/closecodes/sample/ChatCloseCodes.js}), and the
 * {@linkplain ConformancePage conformance page}, which opens these paths from a browser.
 */
public final class SampleServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final CloseRecorder closeRecorder = new CloseRecorder();
    private final Map<String, AtomicInteger> chatConnections = ChatServiceEndpoint.newConnectionCounts();

    private SampleServer() {
        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("sample-server");
        threads.setDaemon(true);
        server = new Server(threads);
        connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        WebSocketUpgradeHandler webSockets = WebSocketUpgradeHandler.from(server, this::map);
        webSockets.setHandler(new Handler.Sequence(WebResources.handler(server), new ConformancePage()));
        server.setHandler(webSockets);
    }

    /**
     * Starts a server on {@code 127.0.0.1} and a free port.
     *
     * @return the running server
     * @throws Exception if Jetty cannot start
     */
    public static SampleServer start() throws Exception {
        SampleServer sample = new SampleServer();
        sample.server.start();
        return sample;
    }

    private void map(ServerWebSocketContainer container) {
        container.addMapping("/close/*", (request, response, callback) -> {
            String reason = queryParameter(request, "reason");
            return ServerClose.parse(Request.getPathInContext(request), reason)
                    .<Object>map(ClosingEndpoint::new)
                    .orElseGet(() -> notFound(request, response, callback));
        });
        container.addMapping(ServerClose.DropConnection.PATH,
                (request, response, callback) -> new ClosingEndpoint(new ServerClose.DropConnection()));
        container.addMapping("/hold", (request, response, callback) -> {
            String id = queryParameter(request, "id");
            return id == null ? notFound(request, response, callback) : new HoldingEndpoint(id, closeRecorder);
        });
        container.addMapping("/chat", (request, response, callback) -> {
            String user = queryParameter(request, "user");
            return new ChatServiceEndpoint(user == null ? "guest" : user, queryParameter(request, "token"),
                    count(request, "moves"), count(request, "restarts"), chatConnections);
        });
    }

    private static int count(ServerUpgradeRequest request, String name) {
        String value = queryParameter(request, name);
        return value == null ? 0 : Integer.parseInt(value);
    }

    private static String queryParameter(ServerUpgradeRequest request, String name) {
        Fields query = Request.extractQueryParameters(request);
        return query.getValue(name);
    }

    private static Object notFound(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
        return null;
    }

    /**
     * Returns the WebSocket URI of a path on this server.
     *
     * @param path a path and query, such as {@code /close/4001?reason=bye}
     * @return the URI, such as {@code ws://127.0.0.1:41234/close/4001?reason=bye}
     */
    public URI webSocketUri(String path) {
        return URI.create("ws://127.0.0.1:" + connector.getLocalPort() + path);
    }

    /**
     * Returns the address of the demo page, which shows what the generated ES module says about each close.
     *
     * @return the page's HTTP URI
     */
    public URI demoPageUri() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    /**
     * Returns the address of the conformance page.
     *
     * @return the page's HTTP URI
     */
    public URI pageUri() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + ConformancePage.PATH);
    }

    /**
     * Returns the close frames that clients sent to {@code /hold}.
     *
     * @return the recorder
     */
    public CloseRecorder closeRecorder() {
        return closeRecorder;
    }

    /**
     * Stops the server and closes every open session.
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
}
