package com.example.chat;

import dev.closecodes.Reconnect;
import dev.closecodes.examples.loopback.CloseCase;
import dev.closecodes.examples.loopback.JettyCaseServer;
import dev.closecodes.examples.loopback.JettyCaseServer.ReportedClose;
import dev.closecodes.examples.loopback.Relay;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jakarta WebSocket endpoints on an embedded Tomcat 11 and on Tomcat's client, on loopback: for each way the
 * server ends a session, the event each end makes of its {@code onClose(Session, CloseReason)}, and its advice.
 */
class JakartaTomcatTest {
    private static final BlockingQueue<ChatCloseEvent> SERVER_EVENTS = new LinkedBlockingQueue<>();
    @TempDir
    static Path baseDir;
    private static Tomcat tomcat;
    private static Relay relay;
    private static WebSocketContainer client;

    @BeforeAll
    static void start() throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.getService().addConnector(connector);
        StandardContext context = (StandardContext) tomcat.addContext("", baseDir.toString());
        // Leak detection at shutdown needs --add-opens, and has nothing to find in a test.
        context.setClearReferencesThreadLocals(false);
        context.setClearReferencesRmiTargets(false);
        Tomcat.addServlet(context, "default", "org.apache.catalina.servlets.DefaultServlet").addMapping("/");
        context.addServletContainerInitializer(new WsSci(), null);
        context.addServletContainerInitializer((classes, servletContext) -> {
            ServerContainer container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
            try {
                container.addEndpoint(ServerEndpointConfig.Builder.create(CaseEndpoint.class, "/chat")
                        .configurator(new ServerEndpointConfig.Configurator() {
                            @Override
                            public <T> T getEndpointInstance(Class<T> endpointClass) {
                                return endpointClass.cast(new CaseEndpoint(SERVER_EVENTS::add));
                            }
                        })
                        .build());
            } catch (jakarta.websocket.DeploymentException e) {
                throw new jakarta.servlet.ServletException(e);
            }
        }, null);
        tomcat.start();
        relay = Relay.to(connector.getLocalPort());
        client = ContainerProvider.getWebSocketContainer();
    }

    @AfterAll
    static void stop() throws Exception {
        relay.close();
        tomcat.stop();
        tomcat.destroy();
    }

    @Test
    void tokenExpiredIsNeverOnBothEnds() throws Exception {
        Ends ends = run(CloseCase.TOKEN_EXPIRED);
        Ends.assertEvent(ends.client(), 4001, CloseCase.TOKEN_EXPIRED_REASON, true, Reconnect.NEVER);
        // Tomcat reports the close the server sent, not the client's answer.
        Ends.assertEvent(ends.server(), 4001, CloseCase.TOKEN_EXPIRED_REASON, true, Reconnect.NEVER);
    }

    @Test
    void normalClosureWithoutReason() throws Exception {
        Ends ends = run(CloseCase.NORMAL_WITHOUT_REASON);
        Ends.assertEvent(ends.client(), 1000, "", true, Reconnect.NEVER);
        Ends.assertEvent(ends.server(), 1000, "", true, Reconnect.NEVER);
    }

    /**
     * The Jakarta API cannot send a close frame with an empty body ({@code NO_STATUS_CODE} puts 1005 in the frame,
     * which the client rejects as a protocol error), so a Jetty server sends it here, to Tomcat's client.
     */
    @Test
    void emptyCloseBodyIsReportedAs1000ByTomcat() throws Exception {
        try (JettyCaseServer jetty = JettyCaseServer.start()) {
            ChatClientEndpoint endpoint = new ChatClientEndpoint();
            client.connectToServer(endpoint, ClientEndpointConfig.Builder.create().build(),
                    jetty.uri(CloseCase.EMPTY_BODY));
            // Tomcat's CloseReason for an empty body says 1000 Normal Closure, where RFC 6455 says 1005; the advice
            // of both is NEVER.
            Ends.assertEvent(endpoint.closed().get(10, TimeUnit.SECONDS), 1000, "", true, Reconnect.NEVER);
            ReportedClose reported = jetty.awaitClose();
            Ends.assertEvent(ChatCloseEvent.received(reported.code(), reported.reason()), 1000, "", true,
                    Reconnect.NEVER);
        }
    }

    @Test
    void reasonOver123BytesIsCutByTomcatAndByTheEvent() throws Exception {
        Ends ends = run(CloseCase.LONG_REASON);
        // Tomcat cuts the reason on the wire to 120 bytes and an ellipsis (3 bytes)...
        Ends.assertEvent(ends.client(), 4001, CloseCase.LONG_REASON_TEXT.substring(0, 120) + "\u2026", true,
                Reconnect.NEVER);
        // ...while the server's CloseReason keeps all 130 bytes, which received() cuts before the emoji.
        Ends.assertEvent(ends.server(), 4001, CloseCase.LONG_REASON_FITTED, true, Reconnect.NEVER);
    }

    @Test
    void droppedConnectionIsAbnormalAndBacksOff() throws Exception {
        Ends ends = run(CloseCase.DROPPED);
        Ends.assertEvent(ends.client(), 1006, "", false, Reconnect.BACKOFF);
        Ends.assertEvent(ends.server(), 1006, "", false, Reconnect.BACKOFF);
    }

    private static Ends run(CloseCase closeCase) throws Exception {
        ReadyEndpoint endpoint = new ReadyEndpoint();
        client.connectToServer(endpoint, ClientEndpointConfig.Builder.create().build(), relay.uri("/chat", closeCase));
        if (closeCase == CloseCase.DROPPED) {
            endpoint.ready.get(10, TimeUnit.SECONDS);
            relay.cut();
        }
        ChatCloseEvent clientEnd = endpoint.closed().get(10, TimeUnit.SECONDS);
        ChatCloseEvent serverEnd = SERVER_EVENTS.poll(10, TimeUnit.SECONDS);
        return new Ends(clientEnd, serverEnd);
    }

    /** The client's endpoint, which also notes the server's "ready" message. */
    private static final class ReadyEndpoint extends ChatClientEndpoint {
        final CompletableFuture<Void> ready = new CompletableFuture<>();

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.addMessageHandler(String.class, text -> ready.complete(null));
        }
    }

    /** The server endpoint, which ends each session as the case in its query says. */
    public static final class CaseEndpoint extends ChatEndpoint {
        /**
         * Creates the endpoint of one session.
         *
         * @param onClose told of the session's close event
         */
        public CaseEndpoint(Consumer<ChatCloseEvent> onClose) {
            super(onClose);
        }

        /**
         * Acts the case out.
         *
         * @param session the new session
         * @throws IOException if the close or the message cannot be sent
         */
        @OnOpen
        public void open(Session session) throws IOException {
            CloseCase closeCase = CloseCase.fromQuery(session.getQueryString()).orElseThrow();
            switch (closeCase) {
                case TOKEN_EXPIRED -> session.close(new CloseReason(
                        CloseReason.CloseCodes.getCloseCode(ChatCloseCodes.TOKEN_EXPIRED), CloseCase.TOKEN_EXPIRED_REASON));
                case NORMAL_WITHOUT_REASON -> session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, null));
                case EMPTY_BODY -> throw new IllegalStateException("the Jakarta API sends no empty close body");
                case LONG_REASON -> session.close(new CloseReason(
                        CloseReason.CloseCodes.getCloseCode(ChatCloseCodes.TOKEN_EXPIRED), CloseCase.LONG_REASON_TEXT));
                case DROPPED -> session.getBasicRemote().sendText(CloseCase.READY);
            }
        }
    }
}
