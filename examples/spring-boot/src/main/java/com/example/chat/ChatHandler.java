package com.example.chat;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The chat endpoint. When a session ends, it publishes the {@link ChatCloseEvent} of its end as an application
 * event, which any {@code @EventListener} method taking a {@code ChatCloseEvent} receives.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class ChatHandler extends TextWebSocketHandler {
    private final ApplicationEventPublisher events;

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        // Spring's reason is null after session.close() and for an aborted connection; on the server, it is the
        // whole reason the server asked to close with, even one that did not fit the close frame.
        ChatCloseEvent event = ChatCloseEvent.received(status.getCode(), status.getReason());
        log.info("session {} closed: {}, advice {}", session.getId(), event, event.reconnect());
        events.publishEvent(event);
    }
}
