package dev.closecodes.sample.client;

import dev.closecodes.sample.ChatCloseCode;
import dev.closecodes.sample.ChatCloseEvent;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Listens to one {@link java.net.http.WebSocket} and turns the way it ends into a {@link ChatCloseEvent}, as a
 * browser would: a received close frame is a clean close with that frame's code and reason (1005 and {@code ""} for
 * an empty body); a connection that fails, or ends without a close frame (which the JDK reports as 1006), is
 * {@link ChatCloseEvent#abnormal()}.
 *
 * <p>The first text message, if any, completes {@link #firstMessage()}.
 */
public final class CloseEventListener implements WebSocket.Listener {
    private final CompletableFuture<ChatCloseEvent> closed = new CompletableFuture<>();
    private final CompletableFuture<String> firstMessage = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();

    /** Creates a listener for one connection. */
    public CloseEventListener() {}

    /**
     * Returns the event that ends the connection.
     *
     * @return a future completed when the connection closes or fails; it never completes exceptionally
     */
    public CompletableFuture<ChatCloseEvent> closed() {
        return closed;
    }

    /**
     * Returns the first text message the server sends.
     *
     * @return a future completed with the message; it never completes if the connection ends first
     */
    public CompletableFuture<String> firstMessage() {
        return firstMessage;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            firstMessage.complete(text.toString());
            text.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (statusCode == ChatCloseCode.ABNORMAL_CLOSURE.code()) {
            // The JDK reports a connection that ended without a close frame as 1006, a code no frame may carry.
            closed.complete(ChatCloseEvent.abnormal());
        } else {
            // A close frame arrived; the JDK reports an empty body as 1005 and "", as RFC 6455 §7.1.5 and a
            // browser's CloseEvent do. When this method returns, the JDK answers with a close frame of its own.
            closed.complete(ChatCloseEvent.builder().code(statusCode).reason(reason).wasClean(true).build());
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(ChatCloseEvent.abnormal());
    }

    /** Ends the connection without a close frame of its own: for a connection that could not even be opened. */
    void failed() {
        closed.complete(ChatCloseEvent.abnormal());
    }
}
