package dev.closecodes.sample.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.Reconnect;
import dev.closecodes.sample.ChatCloseCode;
import dev.closecodes.sample.ChatCloseEvent;
import dev.closecodes.sample.server.SampleServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reconnecting client against the sample server's chat service, with waits recorded instead of slept. */
class ReconnectingClientTest {
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));

    private static SampleServer server;
    private final List<Duration> slept = new ArrayList<>();
    private final ReconnectingClient client = new ReconnectingClient(
            new CloseWatcher(HttpClient.newHttpClient(), Duration.ofSeconds(10)), BACKOFF, 4, new SplittableRandom(7),
            slept::add);

    @BeforeAll
    static void start() throws Exception {
        server = SampleServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void reconnectsWithBackoffAfterServiceRestartsUntilGreeted() throws Exception {
        List<ReconnectingClient.Attempt> told = new ArrayList<>();

        ReconnectingClient.Outcome outcome = client.connect(server.webSocketUri("/chat?user=ana&restarts=2"), told::add);

        assertEquals(ReconnectingClient.Result.CONNECTED, outcome.result());
        assertEquals(outcome.attempts(), told, "each attempt is told as it ends");
        assertEquals(List.of(1012, 1012, 1000), codes(outcome));
        assertEquals(Optional.of("welcome, ana"), outcome.attempts().get(2).greeting());
        assertEquals(ChatCloseEvent.builder().code(ChatCloseCode.NORMAL_CLOSURE).reason("bye").wasClean(true).build(),
                outcome.attempts().get(2).close());
        assertEquals(2, slept.size(), "one wait before each retry");
        for (int retry = 1; retry <= slept.size(); retry++) {
            Duration wait = slept.get(retry - 1);
            assertEquals(Optional.of(wait), outcome.attempts().get(retry - 1).retryAfter());
            long ceiling = BACKOFF.ceiling(retry).toMillis();
            assertTrue(wait.toMillis() >= ceiling / 2 && wait.toMillis() <= ceiling, "wait " + retry + ": " + wait);
        }
    }

    @Test
    void givesUpAtOnceWhenTheAdviceIsNever() throws Exception {
        ReconnectingClient.Outcome outcome = client.connect(server.webSocketUri("/chat?user=bob&token=expired"), a -> {});

        assertEquals(ReconnectingClient.Result.GAVE_UP_AS_ADVISED, outcome.result());
        assertEquals(List.of(4001), codes(outcome));
        assertEquals(Reconnect.NEVER, outcome.attempts().get(0).close().reconnect());
        assertEquals(Optional.empty(), outcome.attempts().get(0).retryAfter());
        assertEquals(List.of(), slept);
    }

    @Test
    void givesUpAfterTheLastAttemptWhenNoServerListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        ReconnectingClient.Outcome outcome = client.connect(URI.create("ws://127.0.0.1:" + port + "/chat"), a -> {});

        assertEquals(ReconnectingClient.Result.GAVE_UP_AFTER_MAX_ATTEMPTS, outcome.result());
        assertEquals(4, outcome.attempts().size());
        outcome.attempts().forEach(attempt -> assertEquals(ChatCloseEvent.abnormal(), attempt.close()));
        assertEquals(3, slept.size());
    }

    private static List<Integer> codes(ReconnectingClient.Outcome outcome) {
        return outcome.attempts().stream().map(attempt -> attempt.close().code()).collect(Collectors.toList());
    }
}
