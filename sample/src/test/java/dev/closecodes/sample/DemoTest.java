package dev.closecodes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.Reconnect;
import dev.closecodes.sample.cli.Main;
import dev.closecodes.sample.client.CloseWatcher;
import dev.closecodes.sample.demo.DemoCase;
import dev.closecodes.sample.server.SampleServer;
import dev.closecodes.sample.server.ServerClose;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo's cases over real sockets: the JDK's client must report what the generated types read from the frame. */
class DemoTest {
    private static SampleServer server;
    private static CloseWatcher watcher;

    @BeforeAll
    static void start() throws Exception {
        server = SampleServer.start();
        watcher = new CloseWatcher(HttpClient.newHttpClient(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Named<DemoCase>> cases() {
        return DemoCase.all().stream().map(demoCase -> Named.of(demoCase.label(), demoCase));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theJdkClientReportsWhatTheGeneratedDecoderReadsFromTheFrame(DemoCase demoCase) throws Exception {
        ChatCloseEvent reported = watcher.awaitClose(server.webSocketUri(demoCase.close().path()));

        assertEquals(demoCase.expectedEvent(), reported);
    }

    @Test
    void theCasesCoverWhatTheDemoPromises() {
        List<ServerClose> closes = DemoCase.all().stream().map(DemoCase::close).collect(Collectors.toList());
        List<Integer> codes = closes.stream().filter(ServerClose.CodeFrame.class::isInstance)
                .map(close -> ((ServerClose.CodeFrame) close).code()).collect(Collectors.toList());

        assertTrue(codes.containsAll(List.of(1001, 1011, 1012)), "1001, 1011 and 1012: " + codes);
        assertTrue(codes.stream().filter(code -> code >= 4000 && code <= 4999).count() >= 3, "custom 4xxx codes: " + codes);
        assertEquals(EnumSet.allOf(Reconnect.class), DemoCase.all().stream().map(DemoCase::expectedEvent)
                .map(ChatCloseEvent::reconnect).collect(Collectors.toCollection(() -> EnumSet.noneOf(Reconnect.class))),
                "every kind of advice");
        assertTrue(closes.contains(new ServerClose.EmptyFrame()), "an empty close body");
        assertTrue(closes.contains(new ServerClose.DropConnection()), "a dropped connection");
        assertTrue(closes.contains(new ServerClose.CodeFrame(4202, DemoCase.LONGEST_REASON)), "the longest reason");
        byte[] longest = DemoCase.LONGEST_REASON.getBytes(StandardCharsets.UTF_8);
        assertEquals(123, longest.length, "the longest reason fills a close frame");
        assertTrue(DemoCase.LONGEST_REASON.length() < longest.length, "the longest reason has multi-byte characters");
    }

    @Test
    void theEmptyFrameAndTheDropAreReportedAs1005And1006() throws Exception {
        ChatCloseEvent empty = watcher.awaitClose(server.webSocketUri(new ServerClose.EmptyFrame().path()));
        ChatCloseEvent dropped = watcher.awaitClose(server.webSocketUri(new ServerClose.DropConnection().path()));

        assertEquals(ChatCloseEvent.builder().code(ChatCloseCode.NO_STATUS_RECEIVED).wasClean(true).build(), empty);
        assertEquals(ChatCloseEvent.abnormal(), dropped);
    }

    @Test
    void demoCommandShowsEveryCaseAndOneReconnectStoryForEachKindOfAdvice() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("demo");

        String shown = out.toString();
        assertEquals(0, status, err::toString);
        for (DemoCase demoCase : DemoCase.all()) {
            ChatCloseEvent expected = demoCase.expectedEvent();
            String line = shown.lines().filter(row -> row.startsWith(demoCase.label() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no line for " + demoCase.label() + " in:\n" + shown));
            assertTrue(line.contains(" " + expected.code() + " "), line);
            assertTrue(line.contains(" " + expected.range().name() + " "), line);
            assertTrue(line.contains(" " + expected.wasClean() + " "), line);
            assertTrue(line.contains(" " + expected.reconnect().name() + " "), line);
            assertTrue(line.contains("\"" + expected.reason() + "\""), line);
        }
        assertTrue(shown.contains("attempt 1: closed 1012 SERVICE_RESTART"), shown);
        assertTrue(shown.contains("connected after 3 attempts"), shown);
        assertTrue(shown.contains("attempt 1: closed 4001 TOKEN_EXPIRED \"token expired\", wasClean true, advice NEVER: "
                + "giving up"), shown);
        assertTrue(shown.contains("gave up after 1 attempt: " + ChatCloseCode.TOKEN_EXPIRED.description()), shown);
        assertTrue(shown.contains("carol, whose room moves twice (IMMEDIATELY):\n"
                + "  attempt 1: closed 4203 ROOM_MOVED \"room moved\", wasClean true, advice IMMEDIATELY: "
                + "reconnecting at once\n"), shown);
        assertTrue(shown.matches("(?s).*  attempt 2: closed 4203 ROOM_MOVED \"room moved\", wasClean true, advice "
                + "IMMEDIATELY: reconnecting in [0-9]+ ms\n  attempt 3: greeted \"welcome, carol\".*"), shown);
        assertTrue(shown.matches("(?s).*dave, whose token went stale \\(REAUTHENTICATE\\):\n"
                + "  attempt 1: closed 3000 UNAUTHORIZED \"unauthorized\", wasClean true, advice REAUTHENTICATE: "
                + "got a fresh token, reconnecting in [0-9]+ ms\n"
                + "  attempt 2: greeted \"welcome, dave\", then closed 1000 NORMAL_CLOSURE \"bye\"\n"
                + "  connected after 2 attempts\n.*"), shown);
    }
}
