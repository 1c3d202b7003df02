package com.example.chat;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A {@link WebSocket.Listener} of the JDK's client that reports how its connection ended as a
 * {@link ChatCloseEvent}.
 */
public class ChatClientListener implements WebSocket.Listener {
    private final CompletableFuture<ChatCloseEvent> closed = new CompletableFuture<>();

    /**
     * Returns the event that ends the connection, once it has ended.
     *
     * @return the close event
     */
    public CompletableFuture<ChatCloseEvent> closed() {
        return closed;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        // An empty close body arrives as 1005; the JDK answers the close frame once this returns.
        closed.complete(ChatCloseEvent.received(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        // The connection failed without a close frame.
        closed.complete(ChatCloseEvent.abnormal());
    }
}
