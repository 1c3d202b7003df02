package com.example.chat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.util.concurrent.CompletableFuture;

/** A Jakarta WebSocket client endpoint that reports how its connection ended as a {@link ChatCloseEvent}. */
public class ChatClientEndpoint extends Endpoint {
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
    public void onOpen(Session session, EndpointConfig config) {
        // The chat protocol itself goes here.
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        // 1005 for an empty close body, 1006 for a connection that dropped.
        closed.complete(ChatCloseEvent.received(closeReason.getCloseCode().getCode(), closeReason.getReasonPhrase()));
    }
}
