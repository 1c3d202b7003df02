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

/**
 * The reconnecting client against the sample server's chat service over real sockets, one series for each kind of
 * advice. Its clock is a {@link ManualPacer}: waits move the clock instead of taking time, and the jitter is seeded.
 */
class ReconnectingClientTest {
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));
    private static final long SEED = 7;

    private static SampleServer server;
    private final ManualPacer pacer = new ManualPacer();
    private final ReconnectingClient client = new ReconnectingClient(
            new CloseWatcher(HttpClient.newHttpClient(), Duration.ofSeconds(10)), BACKOFF, 4, new SplittableRandom(SEED),
            pacer);

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
        SplittableRandom same = new SplittableRandom(SEED);
        assertEquals(List.of(BACKOFF.delay(1, same), BACKOFF.delay(2, same)), pacer.slept(),
                "one wait before each retry, as the seeded backoff gives them");
        for (int retry = 1; retry <= 2; retry++) {
            Duration wait = pacer.slept().get(retry - 1);
            assertEquals(Optional.of(wait), outcome.attempts().get(retry - 1).retryAfter());
            long ceiling = BACKOFF.ceiling(retry).toMillis();
            assertTrue(wait.toMillis() >= ceiling / 2 && wait.toMillis() <= ceiling, "wait " + retry + ": " + wait);
            assertEquals(outcome.attempts().get(retry - 1).startedAt().plus(wait),
                    outcome.attempts().get(retry).startedAt(), "the next attempt starts once the wait is over");
        }
    }

    @Test
    void givesUpAtOnceWhenTheAdviceIsNever() throws Exception {
        ReconnectingClient.Outcome outcome = client.connect(server.webSocketUri("/chat?user=bob&token=expired"), a -> {});

        assertEquals(ReconnectingClient.Result.GAVE_UP_AS_ADVISED, outcome.result());
        assertEquals(List.of(4001), codes(outcome));
        assertEquals(Reconnect.NEVER, outcome.attempts().get(0).close().reconnect());
        assertEquals(Optional.empty(), outcome.attempts().get(0).retryAfter());
        assertEquals(List.of(), pacer.slept());
    }

    @Test
    void reconnectsAtOnceWhenTheRoomMovesThenBacksOffWhenItMovesAgain() throws Exception {
        ReconnectingClient.Outcome outcome = client.connect(server.webSocketUri("/chat?user=carol&moves=2"), a -> {});

        assertEquals(ReconnectingClient.Result.CONNECTED, outcome.result());
        assertEquals(List.of(4203, 4203, 1000), codes(outcome));
        List<ReconnectingClient.Attempt> attempts = outcome.attempts();
        assertEquals(Reconnect.IMMEDIATELY, attempts.get(0).close().reconnect());
        assertEquals(Optional.of(Duration.ZERO), attempts.get(0).retryAfter());
        assertEquals(attempts.get(0).startedAt(), attempts.get(1).startedAt(), "no time passes before attempt 2");
        Duration backoff = BACKOFF.delay(1, new SplittableRandom(SEED));
        assertEquals(Optional.of(backoff), attempts.get(1).retryAfter(), "the second move draws the first backoff");
        assertEquals(List.of(backoff), pacer.slept());
        assertEquals(attempts.get(1).startedAt().plus(backoff), attempts.get(2).startedAt());
    }

    @Test
    void getsAFreshTokenBeforeReconnectingWhenTheTokenIsRefused() throws Exception {
        List<String> handedOut = new ArrayList<>();
        Credentials credentials = () -> {
            handedOut.add("fresh-" + (handedOut.size() + 1));
            return Optional.of(handedOut.get(handedOut.size() - 1));
        };

        ReconnectingClient.Outcome outcome =
                client.connect(server.webSocketUri("/chat?user=dave&token=stale"), credentials, a -> {});

        assertEquals(ReconnectingClient.Result.CONNECTED, outcome.result());
        assertEquals(List.of(3000, 1000), codes(outcome));
        assertEquals(List.of("fresh-1"), handedOut, "asked once, after the refusal");
        assertEquals(Reconnect.REAUTHENTICATE, outcome.attempts().get(0).close().reconnect());
        assertTrue(outcome.attempts().get(0).freshCredentials());
        assertEquals(Optional.of("welcome, dave"), outcome.attempts().get(1).greeting(),
                "the server accepts the refreshed token");
        assertEquals(List.of(BACKOFF.delay(1, new SplittableRandom(SEED))), pacer.slept(), "then it backs off");
    }

    @Test
    void givesUpWhenNoFreshTokenCanBeHad() throws Exception {
        ReconnectingClient.Outcome outcome = client.connect(server.webSocketUri("/chat?user=erin&token=stale"), a -> {});

        assertEquals(ReconnectingClient.Result.GAVE_UP_WITHOUT_CREDENTIALS, outcome.result());
        assertEquals(List.of(3000), codes(outcome));
        assertEquals(Optional.empty(), outcome.attempts().get(0).retryAfter());
        assertEquals(List.of(), pacer.slept());
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
        assertEquals(3, pacer.slept().size());
    }

    @Test
    void aFreshTokenReplacesTheOldOneInTheQuery() {
        assertEquals(URI.create("ws://127.0.0.1:9/chat?user=dave&token=fresh+1"),
                ReconnectingClient.withToken(URI.create("ws://127.0.0.1:9/chat?token=stale&user=dave"), "fresh 1"));
        assertEquals(URI.create("ws://127.0.0.1:9/chat?token=t%26u"),
                ReconnectingClient.withToken(URI.create("ws://127.0.0.1:9/chat"), "t&u"));
    }

    private static List<Integer> codes(ReconnectingClient.Outcome outcome) {
        return outcome.attempts().stream().map(attempt -> attempt.close().code()).collect(Collectors.toList());
    }
}
