package dev.closecodes.sample.client;

import dev.closecodes.sample.ChatCloseEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Opens WebSocket connections with the JDK's {@link java.net.http.WebSocket} and reports how they end. */
public final class CloseWatcher {
    private final HttpClient http;
    private final Duration timeout;

    /**
     * Creates a watcher.
     *
     * @param http the client that opens connections
     * @param timeout how long to wait for a connection to open, and then to end
     */
    public CloseWatcher(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /**
     * Opens a connection; if it cannot be opened, the listener reports an abnormal close.
     *
     * @param uri the WebSocket URI
     * @return the listener of the new connection, and the connection if it opened
     */
    public Connection open(URI uri) {
        CloseEventListener listener = new CloseEventListener();
        CompletableFuture<WebSocket> socket = http.newWebSocketBuilder()
                .connectTimeout(timeout)
                .buildAsync(uri, listener)
                .whenComplete((opened, failure) -> {
                    if (failure != null) {
                        listener.failed();
                    }
                });
        return new Connection(socket, listener, timeout);
    }

    /**
     * Opens a connection that the server ends, and waits for the event that ends it.
     *
     * @param uri the WebSocket URI
     * @return the close event
     * @throws InterruptedException if the thread is interrupted while waiting
     * @throws TimeoutException if the connection does not end in time
     */
    public ChatCloseEvent awaitClose(URI uri) throws InterruptedException, TimeoutException {
        return open(uri).awaitClose();
    }

    /**
     * One connection and what ends it.
     *
     * @param socket the JDK's WebSocket, completed once the handshake succeeds
     * @param listener the listener that turns its end into a close event
     * @param timeout how long to wait for each step
     */
    public record Connection(CompletableFuture<WebSocket> socket, CloseEventListener listener, Duration timeout) {

        /**
         * Waits for the event that ends this connection.
         *
         * @return the close event
         * @throws InterruptedException if the thread is interrupted while waiting
         * @throws TimeoutException if the connection does not end in time
         */
        public ChatCloseEvent awaitClose() throws InterruptedException, TimeoutException {
            return await(listener.closed());
        }

        /**
         * Waits for the server's first text message, or for the connection to end before it.
         *
         * @return the message, or {@code null} if the connection ended first
         * @throws InterruptedException if the thread is interrupted while waiting
         * @throws TimeoutException if neither happens in time
         */
        public String awaitFirstMessageOrClose() throws InterruptedException, TimeoutException {
            Object first = await(CompletableFuture.anyOf(listener.firstMessage(), listener.closed()));
            return first instanceof String message ? message : null;
        }

        /**
         * Starts the closing handshake with a code and a reason, and waits for the event that ends the connection.
         *
         * @param code a code that may be sent, such as 1000
         * @param reason the reason
         * @return the close event
         * @throws InterruptedException if the thread is interrupted while waiting
         * @throws TimeoutException if the connection does not end in time
         */
        public ChatCloseEvent close(int code, String reason) throws InterruptedException, TimeoutException {
            await(socket).sendClose(code, reason);
            return awaitClose();
        }

        private <T> T await(CompletableFuture<T> future) throws InterruptedException, TimeoutException {
            try {
                return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the connection failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
