package com.example.chat;

import dev.closecodes.Reconnect;
import dev.closecodes.examples.loopback.CloseCase;
import dev.closecodes.examples.loopback.JettyCaseServer;
import dev.closecodes.examples.loopback.JettyCaseServer.ReportedClose;
import dev.closecodes.examples.loopback.Relay;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDK's client against a Jetty 12 server on loopback: for each way the server ends a session, the event each
 * end makes of its close callback with one call, and the advice it gives.
 */
class JdkClientTest {
    private static JettyCaseServer server;
    private static Relay relay;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        server = JettyCaseServer.start();
        relay = Relay.to(server.port());
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() throws Exception {
        relay.close();
        server.close();
    }

    @Test
    void tokenExpiredIsNeverOnBothEnds() throws Exception {
        Ends ends = run(CloseCase.TOKEN_EXPIRED);
        Ends.assertEvent(ends.client(), 4001, CloseCase.TOKEN_EXPIRED_REASON, true, Reconnect.NEVER);
        // The JDK answers a close frame with its code and no reason; that answer is what Jetty reports.
        Ends.assertEvent(ends.server(), 4001, "", true, Reconnect.NEVER);
    }

    @Test
    void normalClosureWithoutReason() throws Exception {
        Ends ends = run(CloseCase.NORMAL_WITHOUT_REASON);
        Ends.assertEvent(ends.client(), 1000, "", true, Reconnect.NEVER);
        Ends.assertEvent(ends.server(), 1000, "", true, Reconnect.NEVER);
    }

    @Test
    void emptyCloseBodyIs1005() throws Exception {
        Ends ends = run(CloseCase.EMPTY_BODY);
        Ends.assertEvent(ends.client(), 1005, "", true, Reconnect.NEVER);
        // 1005 may not be sent, so the JDK answers with 1000.
        Ends.assertEvent(ends.server(), 1000, "", true, Reconnect.NEVER);
    }

    @Test
    void reasonOver123BytesArrivesCutAtACharacter() throws Exception {
        Ends ends = run(CloseCase.LONG_REASON);
        // Jetty sends what fits, up to the emoji that does not.
        Ends.assertEvent(ends.client(), 4001, CloseCase.LONG_REASON_FITTED, true, Reconnect.NEVER);
        Ends.assertEvent(ends.server(), 4001, "", true, Reconnect.NEVER);
    }

    @Test
    void droppedConnectionIsAbnormalAndBacksOff() throws Exception {
        Ends ends = run(CloseCase.DROPPED);
        Ends.assertEvent(ends.client(), 1006, "", false, Reconnect.BACKOFF);
        Ends.assertEvent(ends.server(), 1006, "", false, Reconnect.BACKOFF);
    }

    private static Ends run(CloseCase closeCase) throws Exception {
        ReadyListener listener = new ReadyListener();
        http.newWebSocketBuilder().buildAsync(relay.uri("/chat", closeCase), listener)
                .get(10, TimeUnit.SECONDS);
        if (closeCase == CloseCase.DROPPED) {
            listener.ready.get(10, TimeUnit.SECONDS);
            relay.cut();
        }
        ChatCloseEvent client = listener.closed().get(10, TimeUnit.SECONDS);
        ReportedClose reported = server.awaitClose();
        // Jetty's onWebSocketClose(int statusCode, String reason, Callback callback):
        ChatCloseEvent serverEnd = ChatCloseEvent.received(reported.code(), reported.reason());
        return new Ends(client, serverEnd);
    }

    /** The client's listener, which also notes the server's "ready" message. */
    private static final class ReadyListener extends ChatClientListener {
        final CompletableFuture<Void> ready = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            ready.complete(null);
            return super.onText(webSocket, data, last);
        }
    }
}
