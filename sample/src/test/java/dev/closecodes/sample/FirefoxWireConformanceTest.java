package dev.closecodes.sample;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Every {@link WireCase} in headless Firefox ESR, and where Firefox departs from RFC 6455 as closecodes reads it:
 * <ul>
 *   <li>a close body of 1 byte is reported as a clean close without a code, 1005, and answered with an empty close
 *       frame, where RFC 6455 has the connection fail;</li>
 *   <li>every close code is reported as a clean close with that code, those that may never be sent (0–999, 1004,
 *       1005, 1006, 1015, 1016–2999, 5000 and above) included; Firefox echoes the code, except 0, 1005, 1006 and
 *       1015, which it answers with an empty close frame;</li>
 *   <li>where it does fail the connection (a reason that is not UTF-8, a body over 125 bytes, a fragmented close
 *       frame, RSV bits), it sends no close frame back;</li>
 *   <li>a masked frame from the server, which a client must fail on, is read as if it were not masked;</li>
 *   <li>a connection closed without a close frame gives no {@code error} event before the {@code close} event
 *       (a reset connection does);</li>
 *   <li>when the server shuts its side of the connection down right after its close frame, before the answer (as
 *       Jetty 12 does), Firefox often reads the end of the connection before it answers: then it sends no close frame
 *       back and reports the close as unclean, with the server's code and reason. Which comes first is a race.</li>
 * </ul>
 */
@EnabledIf(value = "dev.closecodes.sample.HeadlessFirefox#installed",
        disabledReason = "Debian's firefox-esr, Node.js or the npm packages of src/test/browser are not installed")
class FirefoxWireConformanceTest extends WireConformanceTest {
    /** The codes Firefox never puts in a close frame: it answers them with an empty one. */
    private static final Set<Integer> UNSENT = Set.of(0, 1005, 1006, 1015);
    private static final Set<String> FAILS_SILENTLY = Set.of("body-126", "fragmented", "rsv1", "rsv2-rsv3");

    @Override
    Browser startBrowser(Path directory, URI page) throws IOException {
        return HeadlessFirefox.start(directory, page);
    }

    @Override
    Set<String> departures() {
        return WireCase.all().stream().map(WireCase::id)
                .filter(id -> Stream.of("body-1-byte", "masked", "tcp-close", "half-close").anyMatch(id::equals)
                        || (id.startsWith("code-") && WireCase.byId(id).fails())
                        || id.startsWith("utf8-") || FAILS_SILENTLY.contains(id))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    Set<WireReport> departure(WireCase wireCase) {
        String id = wireCase.id();
        switch (id) {
            case "body-1-byte":
                return Set.of(new WireReport(1005, "", true, false, WireReport.EMPTY_ANSWER));
            case "masked":
                return Set.of(new WireReport(1000, "bye", true, false, 1000));
            case "tcp-close":
                return Set.of(new WireReport(1006, "", false, false, WireReport.NO_ANSWER));
            case "half-close":
                // A race: whether Firefox answers the close frame before it reads the end of the connection.
                return Set.of(new WireReport(1000, "", false, false, WireReport.NO_ANSWER), wireCase.conforming());
            default:
                break;
        }
        if (id.startsWith("code-")) {
            int code = Integer.parseInt(id.substring("code-".length()));
            int answer = UNSENT.contains(code) ? WireReport.EMPTY_ANSWER : code;
            return Set.of(new WireReport(code, "", true, false, answer));
        }
        return Set.of(wireCase.conforming().answering(WireReport.NO_ANSWER));
    }
}
