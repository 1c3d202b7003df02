package com.example.chat;

import java.util.concurrent.CompletableFuture;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/** An OkHttp {@link WebSocketListener} that reports how its connection ended as a {@link ChatCloseEvent}. */
public class ChatClientListener extends WebSocketListener {
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
    public void onClosing(WebSocket webSocket, int code, String reason) {
        // The server's close frame; OkHttp reports an empty body as 1005, and leaves the answer to the listener.
        closed.complete(ChatCloseEvent.received(code, reason));
        webSocket.close(1000, null);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        // After onClosing, or after a close this client started.
        closed.complete(ChatCloseEvent.received(code, reason));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
        // The connection failed without a close frame.
        closed.complete(ChatCloseEvent.abnormal());
    }
}
