package com.example.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.Reconnect;
import dev.closecodes.examples.loopback.CloseCase;
import dev.closecodes.examples.loopback.JettyCaseServer;
import dev.closecodes.examples.loopback.JettyCaseServer.ReportedClose;
import dev.closecodes.examples.loopback.Relay;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * The application on embedded Tomcat, one context for the class, and Spring's client on loopback: for each way the
 * server ends a session, the event each end's {@code afterConnectionClosed(session, status)} makes with one call,
 * and its advice; and that Spring Boot's configuration processor ran beside Lombok and closecodes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
@Import(ChatApplicationTest.Cases.class)
class ChatApplicationTest {
    private static Relay relay;
    private static final StandardWebSocketClient CLIENT = new StandardWebSocketClient();

    @LocalServerPort
    int port;

    @Autowired
    ServerEvents serverEvents;

    @BeforeEach
    void relay() throws IOException {
        if (relay == null) {
            relay = Relay.to(port);
        }
    }

    @AfterAll
    static void stop() {
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void tokenExpiredIsNeverOnBothEnds() throws Exception {
        Ends ends = run(CloseCase.TOKEN_EXPIRED);
        Ends.assertEvent(ends.client(), 4001, CloseCase.TOKEN_EXPIRED_REASON, true, Reconnect.NEVER);
        Ends.assertEvent(ends.server(), 4001, CloseCase.TOKEN_EXPIRED_REASON, true, Reconnect.NEVER);
    }

    @Test
    void normalClosureWithoutReason() throws Exception {
        Ends ends = run(CloseCase.NORMAL_WITHOUT_REASON);
        Ends.assertEvent(ends.client(), 1000, "", true, Reconnect.NEVER);
        // Spring's CloseStatus.NORMAL, from session.close(), has a null reason.
        Ends.assertEvent(ends.server(), 1000, "", true, Reconnect.NEVER);
    }

    /**
     * Spring on Tomcat cannot send a close frame with an empty body (CloseStatus.NO_STATUS_CODE puts 1005 in the
     * frame), so a Jetty server sends it here, to Spring's client.
     */
    @Test
    void emptyCloseBodyIsReportedAs1000ByTomcat() throws Exception {
        try (JettyCaseServer jetty = JettyCaseServer.start()) {
            ChatClientHandler handler = new ChatClientHandler();
            CLIENT.execute(handler, new WebSocketHttpHeaders(), jetty.uri(CloseCase.EMPTY_BODY))
                    .get(10, TimeUnit.SECONDS);
            // Tomcat's client reports an empty body as 1000, where RFC 6455 says 1005; the advice of both is NEVER.
            Ends.assertEvent(handler.closed().get(10, TimeUnit.SECONDS), 1000, "", true, Reconnect.NEVER);
            ReportedClose reported = jetty.awaitClose();
            Ends.assertEvent(ChatCloseEvent.received(reported.code(), reported.reason()), 1000, "", true,
                    Reconnect.NEVER);
        }
    }

    @Test
    void reasonOver123BytesIsCutByTomcatAndByTheEvent() throws Exception {
        Ends ends = run(CloseCase.LONG_REASON);
        // Tomcat cuts the reason on the wire to 120 bytes and an ellipsis...
        Ends.assertEvent(ends.client(), 4001, CloseCase.LONG_REASON_TEXT.substring(0, 120) + "\u2026", true,
                Reconnect.NEVER);
        // ...while the server's CloseStatus keeps all 130 bytes, which received() cuts before the emoji.
        Ends.assertEvent(ends.server(), 4001, CloseCase.LONG_REASON_FITTED, true, Reconnect.NEVER);
    }

    @Test
    void droppedConnectionIsAbnormalAndBacksOff() throws Exception {
        Ends ends = run(CloseCase.DROPPED);
        Ends.assertEvent(ends.client(), 1006, "", false, Reconnect.BACKOFF);
        Ends.assertEvent(ends.server(), 1006, "", false, Reconnect.BACKOFF);
    }

    @Test
    void configurationProcessorRanBesideLombokAndCloseCodes() throws IOException {
        String metadata = null;
        for (URL url : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (text.contains("\"chat.path\"")) {
                    metadata = text;
                }
            }
        }
        assertTrue(metadata != null, "no spring-configuration-metadata.json describes chat.path");
        // The processor saw Lombok's setter, and read the field's javadoc.
        assertTrue(metadata.contains("The path of the WebSocket endpoint."), metadata);
        assertEquals("/chat", new ChatProperties().getPath());
    }

    private Ends run(CloseCase closeCase) throws Exception {
        ReadyHandler handler = new ReadyHandler();
        CLIENT.execute(handler, new WebSocketHttpHeaders(), relay.uri("/cases", closeCase)).get(10, TimeUnit.SECONDS);
        if (closeCase == CloseCase.DROPPED) {
            handler.ready.get(10, TimeUnit.SECONDS);
            relay.cut();
        }
        ChatCloseEvent client = handler.closed().get(10, TimeUnit.SECONDS);
        ChatCloseEvent server = serverEvents.queue.poll(10, TimeUnit.SECONDS);
        return new Ends(client, server);
    }

    /** The client's handler, which also notes the server's "ready" message. */
    private static final class ReadyHandler extends ChatClientHandler {
        final CompletableFuture<Void> ready = new CompletableFuture<>();

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) {
            ready.complete(null);
        }
    }

    /** The server's events, as any {@code @EventListener} of the application gets them. */
    static final class ServerEvents {
        final BlockingQueue<ChatCloseEvent> queue = new LinkedBlockingQueue<>();

        @EventListener
        void closed(ChatCloseEvent event) {
            queue.add(event);
        }
    }

    /** A handler at {@code /cases} that ends each session as the case in its query says. */
    static final class CaseHandler extends ChatHandler {
        CaseHandler(ApplicationEventPublisher events) {
            super(events);
        }

        @Override
        public void afterConnectionEstablished(WebSocketSession session) throws Exception {
            CloseCase closeCase = CloseCase.fromQuery(session.getUri().getRawQuery()).orElseThrow();
            switch (closeCase) {
                case TOKEN_EXPIRED -> session.close(
                        new CloseStatus(ChatCloseCodes.TOKEN_EXPIRED, CloseCase.TOKEN_EXPIRED_REASON));
                case NORMAL_WITHOUT_REASON -> session.close();
                case EMPTY_BODY -> throw new IllegalStateException("Spring on Tomcat sends no empty close body");
                case LONG_REASON -> session.close(
                        new CloseStatus(ChatCloseCodes.TOKEN_EXPIRED, CloseCase.LONG_REASON_TEXT));
                case DROPPED -> session.sendMessage(new TextMessage(CloseCase.READY));
            }
        }
    }

    /** Registers the case handler beside the application's own. */
    @TestConfiguration
    static class Cases implements WebSocketConfigurer {
        @Autowired
        ApplicationEventPublisher events;

        @Bean
        ServerEvents serverEvents() {
            return new ServerEvents();
        }

        @Override
        public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
            registry.addHandler(new CaseHandler(events), "/cases");
        }
    }
}
