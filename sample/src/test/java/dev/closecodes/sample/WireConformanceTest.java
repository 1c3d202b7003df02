package dev.closecodes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.sample.server.SampleServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A browser engine against close frames that no WebSocket library sends: the {@link RawFrameServer} writes each
 * {@link WireCase} byte for byte, and the browser's {@code CloseEvent} (code, reason, {@code wasClean}, and whether an
 * {@code error} event came first) must be what the generated {@code fromPayload} reads from the frame, or a failed
 * connection where it throws, as RFC 6455 says, and so must the close frame the browser sends back; except where
 * this engine is known to depart, which its subclass lists in {@link #departures()} and pins in
 * {@link #departure(WireCase)}.
 *
 * <p>What each case gave is written to {@code target/browser-conformance/wire-<engine>.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WireConformanceTest {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(20);

    private SampleServer pageServer;
    private RawFrameServer wire;
    private Browser browser;
    private final Map<String, String> observed = new LinkedHashMap<>();

    /**
     * Starts this class's engine with the page open.
     *
     * @param directory an empty directory for the browser's profile and files
     * @param page the conformance page
     * @return the browser
     * @throws IOException if the browser cannot start
     */
    abstract Browser startBrowser(Path directory, URI page) throws IOException;

    /**
     * Returns the ids of the cases where this engine departs from {@link WireCase#conforming()}.
     *
     * @return the ids
     */
    abstract Set<String> departures();

    /**
     * Returns what this engine does in a case where it departs: one report, or each of the few it gives when the
     * outcome is a race.
     *
     * @param wireCase one of {@link #departures()}
     * @return what the engine reports and answers
     */
    abstract Set<WireReport> departure(WireCase wireCase);

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        wire = RawFrameServer.start(WireCase.all().stream()
                .collect(Collectors.toMap(WireCase::id, wireCase -> wireCase)));
        pageServer = SampleServer.start();
        browser = startBrowser(temp, pageServer.pageUri());
    }

    @AfterAll
    void stop() throws IOException {
        try {
            if (browser != null) {
                writeRecord();
                browser.close();
            }
        } finally {
            if (pageServer != null) {
                pageServer.close();
            }
            if (wire != null) {
                wire.close();
            }
        }
    }

    Stream<WireCase> cases() {
        return WireCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void browserReportsWhatTheGeneratedDecoderReadsOrWhatIsPinned(WireCase wireCase) throws Exception {
        boolean greet = wireCase.ending() == WireCase.Ending.CLOSE || wireCase.ending() == WireCase.Ending.RESET;
        Map<?, ?> reported = browser.run("closeEventAt(arguments[0], arguments[1])"
                + ".then(arguments[arguments.length - 1]);", wire.uri(wireCase).toString(), greet);
        WireReport report = WireReport.of(reported, wire.answer(wireCase, ANSWER_TIMEOUT));
        record(wireCase, report);

        if (departures().contains(wireCase.id())) {
            Set<WireReport> pinned = departure(wireCase);
            assertTrue(pinned.contains(report), () -> browser.version() + " no longer does what is pinned for "
                    + wireCase.label() + ": it gave " + report + ", pinned: " + pinned
                    + "; RFC 6455 and closecodes say " + wireCase.conforming().describe()
                    + ": update the pin and the README's table");
        } else {
            assertEquals(wireCase.conforming(), report, () -> browser.version() + " departs from RFC 6455 on "
                    + wireCase.label() + " (fromPayload: " + wireCase.closecodesVerdict() + ")");
        }
    }

    @Test
    void everyPinnedDepartureIsACaseThatDeparts() {
        Set<String> ids = WireCase.all().stream().map(WireCase::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(departures()), () -> "not a wire case: " + departures());
        for (WireCase wireCase : WireCase.all()) {
            if (departures().contains(wireCase.id())) {
                assertNotEquals(Set.of(wireCase.conforming()), departure(wireCase),
                        () -> wireCase.id() + " is pinned to what conforms");
            }
        }
    }

    private synchronized void record(WireCase wireCase, WireReport report) {
        observed.put(wireCase.id(), String.join("\t", wireCase.id(), wireCase.label(), wireCase.rfc(),
                wireCase.closecodesVerdict(), wireCase.conforming().describe(), report.describe()));
    }

    private synchronized void writeRecord() throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "browser-conformance"));
        String engine = browser.version().split(" ")[0].toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(browser.version()).append('\n');
        text.append("id\tcase\tRFC 6455\tfromPayload\tconforming\treported\n");
        observed.values().forEach(line -> text.append(line).append('\n'));
        Files.writeString(directory.resolve("wire-" + engine + ".txt"), text, StandardCharsets.UTF_8);
    }
}
