package com.example.chat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.function.Consumer;

/**
 * The chat service's server endpoint, which reports how each session ended as a {@link ChatCloseEvent}.
 * A container that scans for {@link ServerEndpoint} creates it with its no-argument constructor; register
 * it through a {@code ServerEndpointConfig.Configurator} to pass your own consumer.
 */
@ServerEndpoint("/chat")
public class ChatEndpoint {
    private static final System.Logger LOG = System.getLogger(ChatEndpoint.class.getName());

    private final Consumer<ChatCloseEvent> onClose;

    /** Creates an endpoint that logs each session's close event. */
    public ChatEndpoint() {
        this(event -> LOG.log(System.Logger.Level.INFO, "{0}, advice {1}", event, event.reconnect()));
    }

    /**
     * Creates an endpoint.
     *
     * @param onClose told of each session's close event
     */
    public ChatEndpoint(Consumer<ChatCloseEvent> onClose) {
        this.onClose = onClose;
    }

    /**
     * Reports the end of a session.
     *
     * @param session the session
     * @param closeReason what the container reports: the close frame's code and reason, 1005 for an empty body,
     *     1006 for a connection that dropped
     */
    @OnClose
    public void onClose(Session session, CloseReason closeReason) {
        onClose.accept(ChatCloseEvent.received(closeReason.getCloseCode().getCode(), closeReason.getReasonPhrase()));
    }

    /**
     * Ignores a failed connection, whose {@link #onClose} follows with 1006.
     *
     * @param session the session
     * @param failure what failed
     */
    @OnError
    public void onError(Session session, Throwable failure) {
        // onClose follows.
    }
}
