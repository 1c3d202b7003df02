package com.example.chat;

import dev.closecodes.Reconnect;
import dev.closecodes.examples.loopback.CloseCase;
import dev.closecodes.examples.loopback.JettyCaseServer;
import dev.closecodes.examples.loopback.JettyCaseServer.ReportedClose;
import dev.closecodes.examples.loopback.Relay;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OkHttp 5 against a Jetty 12 server on loopback: for each way the server ends a session, the event each end
 * makes of its close callback with one call, and the advice it gives.
 */
class OkHttpClientTest {
    private static JettyCaseServer server;
    private static Relay relay;
    private static OkHttpClient http;

    @BeforeAll
    static void start() throws Exception {
        server = JettyCaseServer.start();
        relay = Relay.to(server.port());
        http = new OkHttpClient();
    }

    @AfterAll
    static void stop() {
        relay.close();
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void tokenExpiredIsNeverOnBothEnds() throws Exception {
        Ends ends = run(CloseCase.TOKEN_EXPIRED);
        Ends.assertEvent(ends.client(), 4001, CloseCase.TOKEN_EXPIRED_REASON, true, Reconnect.NEVER);
        // The listener answers every close frame with 1000; that answer is what Jetty reports.
        Ends.assertEvent(ends.server(), 1000, "", true, Reconnect.NEVER);
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
        Ends.assertEvent(ends.server(), 1000, "", true, Reconnect.NEVER);
    }

    @Test
    void reasonOver123BytesArrivesCutAtACharacter() throws Exception {
        Ends ends = run(CloseCase.LONG_REASON);
        Ends.assertEvent(ends.client(), 4001, CloseCase.LONG_REASON_FITTED, true, Reconnect.NEVER);
        Ends.assertEvent(ends.server(), 1000, "", true, Reconnect.NEVER);
    }

    @Test
    void droppedConnectionIsAbnormalAndBacksOff() throws Exception {
        Ends ends = run(CloseCase.DROPPED);
        Ends.assertEvent(ends.client(), 1006, "", false, Reconnect.BACKOFF);
        Ends.assertEvent(ends.server(), 1006, "", false, Reconnect.BACKOFF);
    }

    private static Ends run(CloseCase closeCase) throws Exception {
        ReadyListener listener = new ReadyListener();
        String uri = relay.uri("/chat", closeCase).toString();
        http.newWebSocket(new Request.Builder().url(uri).build(), listener);
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
        public void onMessage(WebSocket webSocket, String text) {
            ready.complete(null);
        }
    }
}
