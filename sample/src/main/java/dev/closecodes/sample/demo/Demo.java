package dev.closecodes.sample.demo;

import dev.closecodes.sample.ChatCloseCode;
import dev.closecodes.sample.ChatCloseEvent;
import dev.closecodes.sample.client.Backoff;
import dev.closecodes.sample.client.CloseWatcher;
import dev.closecodes.sample.client.ReconnectingClient;
import dev.closecodes.sample.server.SampleServer;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;

/**
 * The demo: a real WebSocket server on the loopback interface, the JDK's WebSocket client, and the generated types
 * in between. The server ends a session in each of the {@link DemoCase}s; the client reports each end as a
 * {@link ChatCloseEvent}. Then a {@link ReconnectingClient} follows the events' advice against a restarting service
 * and against one that refuses its token.
 */
public final class Demo {
    /** The backoff the reconnecting client uses. */
    public static final Backoff BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));

    /** The most connections the reconnecting client tries. */
    public static final int MAX_ATTEMPTS = 5;

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String ROW = "%-20s %5s  %-19s %-13s %-8s %-9s %s%n";

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
        ReconnectingClient client =
                new ReconnectingClient(watcher, BACKOFF, MAX_ATTEMPTS, random, ReconnectingClient.Sleeper.THREAD);
        reconnect(client, "ana, while the service restarts twice", server.webSocketUri("/chat?user=ana&restarts=2"));
        reconnect(client, "bob, whose token expired", server.webSocketUri("/chat?user=bob&token=expired"));
    }

    private void reconnect(ReconnectingClient client, String who, URI uri) throws InterruptedException, TimeoutException {
        out.println();
        out.println(who + ":");
        ReconnectingClient.Outcome outcome = client.connect(uri, attempt -> {
            ChatCloseEvent close = attempt.close();
            String ending = close.code() + " " + name(close) + " " + quote(close.reason());
            if (attempt.greeting().isPresent()) {
                out.printf("  attempt %d: greeted %s, then closed %s%n", attempt.number(),
                        quote(attempt.greeting().get()), ending);
            } else {
                out.printf("  attempt %d: closed %s, wasClean %s, advice %s: %s%n", attempt.number(), ending,
                        close.wasClean(), close.reconnect(), attempt.retryAfter()
                                .map(wait -> "reconnecting in " + wait.toMillis() + " ms")
                                .orElse("giving up"));
            }
            out.flush();
        });
        int attempts = outcome.attempts().size();
        ChatCloseEvent last = outcome.attempts().get(attempts - 1).close();
        switch (outcome.result()) {
            case CONNECTED -> out.printf("  connected after %d attempts%n", attempts);
            case GAVE_UP_AS_ADVISED -> out.printf("  gave up after %d attempt%s: %s%n", attempts,
                    attempts == 1 ? "" : "s", last.knownCode().map(ChatCloseCode::description)
                            .orElse(last.range().description()));
            case GAVE_UP_AFTER_MAX_ATTEMPTS -> out.printf("  gave up after %d attempts%n", attempts);
        }
    }

    private static String name(ChatCloseEvent event) {
        return event.knownCode().map(ChatCloseCode::name).orElse("(undeclared)");
    }

    private static String quote(String reason) {
        int bytes = reason.getBytes(StandardCharsets.UTF_8).length;
        return "\"" + reason + "\"" + (bytes > 40 ? " (" + bytes + " bytes)" : "");
    }
}
