package dev.closecodes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The raw endpoint against the JDK's WebSocket client: its handshake and its frames are what RFC 6455 says. */
class RawFrameServerTest {
    private static RawFrameServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RawFrameServer.start(WireCase.all().stream()
                .collect(Collectors.toMap(WireCase::id, wireCase -> wireCase)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void acceptIsRfc6455sExample() {
        // RFC 6455 §1.3.
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", RawFrameServer.accept("dGhlIHNhbXBsZSBub25jZQ=="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"code-1000", "code-4001-reason", "body-125", "reason-u10ffff", "empty-body"})
    void theJdksClientReadsAValidCloseFrameAsFromPayloadDoes(String id) throws Exception {
        WireCase wireCase = WireCase.byId(id);
        CompletableFuture<List<Object>> closed = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(server.uri(wireCase), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(List.of(statusCode, reason));
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        closed.completeExceptionally(error);
                    }
                })
                .get(10, TimeUnit.SECONDS);
        ChatCloseEvent expected = ChatCloseEvent.fromPayload(wireCase.closeBody().orElseThrow());
        assertEquals(List.of(expected.code(), expected.reason()), closed.get(10, TimeUnit.SECONDS));
        assertTrue(socket.isInputClosed());
        socket.abort();
        server.answer(wireCase, Duration.ofSeconds(10));
    }

    @Test
    void aPathThatIsNoCaseIsNotFound() throws Exception {
        WireCase unknown = new WireCase("no-such-case", "", "", new byte[0], Optional.empty(), WireCase.Ending.ANSWER);
        Throwable failure = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(server.uri(unknown), new WebSocket.Listener() {})
                .handle((socket, error) -> error)
                .get(10, TimeUnit.SECONDS);
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        assertTrue(cause instanceof WebSocketHandshakeException, () -> "handshake: " + failure);
        assertEquals(404, ((WebSocketHandshakeException) cause).getResponse().statusCode());
    }
}
