package com.example.chat;

import java.util.concurrent.CompletableFuture;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** A client's handler, for Spring's {@code WebSocketClient}, that reports how its connection ended. */
public class ChatClientHandler extends TextWebSocketHandler {
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
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        closed.complete(ChatCloseEvent.received(status.getCode(), status.getReason()));
    }
}
