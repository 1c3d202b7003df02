package dev.closecodes.sample.demo;

import dev.closecodes.sample.ChatCloseCode;
import dev.closecodes.sample.ChatCloseEvent;
import dev.closecodes.sample.client.Backoff;
import dev.closecodes.sample.client.CloseWatcher;
import dev.closecodes.sample.client.Credentials;
import dev.closecodes.sample.client.Pacer;
import dev.closecodes.sample.client.ReconnectingClient;
import dev.closecodes.sample.server.ChatServiceEndpoint;
import dev.closecodes.sample.server.SampleServer;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;

/**
 * The demo: a real WebSocket server on the loopback interface, the JDK's WebSocket client, and the generated types
 * in between. The server ends a session in each of the {@link DemoCase}s; the client reports each end as a
 * {@link ChatCloseEvent}. Then a {@link ReconnectingClient} follows the events' advice in one session for each kind
 * of advice: a restarting service (back off), an expired token (never reconnect), a room that moves (reconnect at
 * once, then back off) and a stale token (get a fresh one, then reconnect).
 */
public final class Demo {
    /** The backoff the reconnecting client uses. */
    public static final Backoff BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));

    /** The most connections the reconnecting client tries. */
    public static final int MAX_ATTEMPTS = 5;

    /** The start of the tokens the demo's credentials hand out, followed by a number from 1. */
    public static final String FRESH_TOKEN = "fresh-";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String ROW = "%-20s %5s  %-19s %-13s %-8s %-14s %s%n";

    private final PrintWriter out;
    private final RandomGenerator random;

    /**
     * Creates a demo.
     *
     * @param out where it reports
     * @param random the source of the backoff's jitter
     */
    public Demo(PrintWriter out, RandomGenerator random) {
        this.out = out;
        this.random = random;
    }

    /**
     * Starts the server, runs every case and the reconnecting client, and stops the server.
     *
     * @throws Exception if the server cannot start, or a connection neither opens nor ends in time
     */
    public void run() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        CloseWatcher watcher = new CloseWatcher(http, TIMEOUT);
        try (SampleServer server = SampleServer.start()) {
            out.printf("Server: Jetty on %s. Client: java.net.http.WebSocket.%n%n", server.webSocketUri(""));
            runCases(server, watcher);
            out.println();
            runReconnects(server, watcher);
        }
        out.flush();
    }

    private void runCases(SampleServer server, CloseWatcher watcher) throws InterruptedException, TimeoutException {
        out.println("The server ends each session; the client turns what it saw into a ChatCloseEvent:");
        out.println();
        out.printf(ROW, "case", "code", "name", "range", "wasClean", "reconnect", "reason");
        for (DemoCase demoCase : DemoCase.all()) {
            ChatCloseEvent event = watcher.awaitClose(server.webSocketUri(demoCase.close().path()));
            out.printf(ROW, demoCase.label(), event.code(), name(event), event.range(), event.wasClean(),
                    event.reconnect(), quote(event.reason()));
        }
    }

    private void runReconnects(SampleServer server, CloseWatcher watcher) throws InterruptedException, TimeoutException {
        out.printf("A reconnecting client follows each event's advice: backoff from %d ms, doubling up to %d ms, "
                + "with jitter; at most %d attempts.%n", BACKOFF.initial().toMillis(), BACKOFF.max().toMillis(),
                MAX_ATTEMPTS);
        ReconnectingClient client = new ReconnectingClient(watcher, BACKOFF, MAX_ATTEMPTS, random, Pacer.SYSTEM);
        reconnect(client, "ana, while the service restarts twice (BACKOFF)",
                server.webSocketUri("/chat?user=ana&restarts=2"), Credentials.none());
        reconnect(client, "bob, whose token expired (NEVER)",
                server.webSocketUri("/chat?user=bob&token=" + ChatServiceEndpoint.EXPIRED_TOKEN), Credentials.none());
        reconnect(client, "carol, whose room moves twice (IMMEDIATELY)",
                server.webSocketUri("/chat?user=carol&moves=2"), Credentials.none());
        int[] refreshed = {0};
        reconnect(client, "dave, whose token went stale (REAUTHENTICATE)",
                server.webSocketUri("/chat?user=dave&token=" + ChatServiceEndpoint.STALE_TOKEN),
                () -> Optional.of(FRESH_TOKEN + ++refreshed[0]));
    }

    private void reconnect(ReconnectingClient client, String who, URI uri, Credentials credentials)
            throws InterruptedException, TimeoutException {
        out.println();
        out.println(who + ":");
        ReconnectingClient.Outcome outcome = client.connect(uri, credentials, attempt -> {
            ChatCloseEvent close = attempt.close();
            String ending = close.code() + " " + name(close) + " " + quote(close.reason());
            if (attempt.greeting().isPresent()) {
                out.printf("  attempt %d: greeted %s, then closed %s%n", attempt.number(),
                        quote(attempt.greeting().get()), ending);
            } else {
                out.printf("  attempt %d: closed %s, wasClean %s, advice %s: %s%n", attempt.number(), ending,
                        close.wasClean(), close.reconnect(), next(attempt));
            }
            out.flush();
        });
        int attempts = outcome.attempts().size();
        ChatCloseEvent last = outcome.attempts().get(attempts - 1).close();
        switch (outcome.result()) {
            case CONNECTED -> out.printf("  connected after %d attempt%s%n", attempts, attempts == 1 ? "" : "s");
            case GAVE_UP_AS_ADVISED -> out.printf("  gave up after %d attempt%s: %s%n", attempts,
                    attempts == 1 ? "" : "s", last.knownCode().map(ChatCloseCode::description)
                            .orElse(last.range().description()));
            case GAVE_UP_WITHOUT_CREDENTIALS -> out.printf("  gave up after %d attempt%s: no fresh token%n",
                    attempts, attempts == 1 ? "" : "s");
            case GAVE_UP_AFTER_MAX_ATTEMPTS -> out.printf("  gave up after %d attempts%n", attempts);
        }
    }

    private static String next(ReconnectingClient.Attempt attempt) {
        if (attempt.retryAfter().isEmpty()) {
            return "giving up";
        }
        Duration wait = attempt.retryAfter().get();
        return (attempt.freshCredentials() ? "got a fresh token, " : "")
                + (wait.isZero() ? "reconnecting at once" : "reconnecting in " + wait.toMillis() + " ms");
    }

    private static String name(ChatCloseEvent event) {
        return event.knownCode().map(ChatCloseCode::name).orElse("(undeclared)");
    }

    private static String quote(String reason) {
        int bytes = reason.getBytes(StandardCharsets.UTF_8).length;
        return "\"" + reason + "\"" + (bytes > 40 ? " (" + bytes + " bytes)" : "");
    }
}
