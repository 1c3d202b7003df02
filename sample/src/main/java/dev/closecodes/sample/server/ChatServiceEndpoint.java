package dev.closecodes.sample.server;

import dev.closecodes.sample.ChatCloseCode;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A stand-in for the chat service that a reconnecting client talks to, with one way to end a session for each kind
 * of reconnect advice:
 * <ul>
 *   <li>token {@code expired}: closed with {@link ChatCloseCode#TOKEN_EXPIRED} every time (never reconnect);</li>
 *   <li>token {@code stale}: closed with {@link ChatCloseCode#UNAUTHORIZED} every time (get a fresh token first);
 *       any other token, such as a refreshed one, is accepted;</li>
 *   <li>a user's first {@code moves} connections: closed with {@link ChatCloseCode#ROOM_MOVED} (reconnect at
 *       once);</li>
 *   <li>the next {@code restarts} connections: closed with {@link ChatCloseCode#SERVICE_RESTART} (back off).</li>
 * </ul>
 * After that it welcomes the user with a text message and keeps the session open until the client closes it.
 */
public final class ChatServiceEndpoint extends QuietEndpoint {
    /** The greeting's start, before the user's name. */
    static final String WELCOME = "welcome, ";

    /** The token the service refuses for good. */
    public static final String EXPIRED_TOKEN = "expired";

    /** The token the service refuses until the client brings a fresh one. */
    public static final String STALE_TOKEN = "stale";

    private final String user;
    private final String token;
    private final int moves;
    private final int restarts;
    private final Map<String, AtomicInteger> connections;

    ChatServiceEndpoint(String user, String token, int moves, int restarts, Map<String, AtomicInteger> connections) {
        this.user = user;
        this.token = token;
        this.moves = moves;
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
        if (EXPIRED_TOKEN.equals(token)) {
            close(session, ChatCloseCode.TOKEN_EXPIRED);
            return;
        }
        if (STALE_TOKEN.equals(token)) {
            close(session, ChatCloseCode.UNAUTHORIZED);
            return;
        }
        int connection = connections.computeIfAbsent(user, key -> new AtomicInteger()).incrementAndGet();
        if (connection <= moves) {
            close(session, ChatCloseCode.ROOM_MOVED);
        } else if (connection <= moves + restarts) {
            close(session, ChatCloseCode.SERVICE_RESTART);
        } else {
            session.sendText(WELCOME + user, Callback.NOOP);
        }
    }

    private static void close(Session session, ChatCloseCode code) {
        session.close(code.code(), code.title().toLowerCase(Locale.ROOT), Callback.NOOP);
    }
}
