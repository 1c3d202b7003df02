package dev.closecodes.sample.server;

import dev.closecodes.sample.ChatCloseCode;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A stand-in for the chat service that a reconnecting client talks to. A client with an expired token is closed with
 * {@link ChatCloseCode#TOKEN_EXPIRED} every time; otherwise the service is restarting for a user's first
 * {@code restarts} connections, closing each with {@link ChatCloseCode#SERVICE_RESTART}, and after that it welcomes
 * the user with a text message and keeps the session open until the client closes it.
 */
public final class ChatServiceEndpoint extends QuietEndpoint {
    /** The greeting's start, before the user's name. */
    static final String WELCOME = "welcome, ";

    private final String user;
    private final boolean tokenExpired;
    private final int restarts;
    private final Map<String, AtomicInteger> connections;

    ChatServiceEndpoint(String user, boolean tokenExpired, int restarts, Map<String, AtomicInteger> connections) {
        this.user = user;
        this.tokenExpired = tokenExpired;
        this.restarts = restarts;
        this.connections = connections;
    }

    /** Creates the per-user connection counts that endpoints of one server share. */
    static Map<String, AtomicInteger> newConnectionCounts() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public void onWebSocketOpen(Session session) {
        super.onWebSocketOpen(session);
        int connection = connections.computeIfAbsent(user, key -> new AtomicInteger()).incrementAndGet();
        if (tokenExpired) {
            close(session, ChatCloseCode.TOKEN_EXPIRED);
        } else if (connection <= restarts) {
            close(session, ChatCloseCode.SERVICE_RESTART);
        } else {
            session.sendText(WELCOME + user, Callback.NOOP);
        }
    }

    private static void close(Session session, ChatCloseCode code) {
        session.close(code.code(), code.title().toLowerCase(Locale.ROOT), Callback.NOOP);
    }
}
