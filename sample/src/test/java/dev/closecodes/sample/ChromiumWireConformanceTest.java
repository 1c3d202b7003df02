package dev.closecodes.sample;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Every {@link WireCase} in headless Chromium, and where Chromium departs from RFC 6455 as closecodes reads it:
 * <ul>
 *   <li>a close code that no endpoint may send, other than 1005, 1006 and 1015 (0, 999, 1004, 1016, 1100, 2000,
 *       2999, 5000, 65535), is reported as a clean close with that code and echoed, where closecodes fails the
 *       connection with 1002;</li>
 *   <li>a reason that is not UTF-8 fails the connection, as it should, but Chromium's close frame says 1002 where
 *       closecodes says 1007 (RFC 6455 allows either);</li>
 *   <li>a connection lost without a close frame gives no {@code error} event before the {@code close} event.</li>
 * </ul>
 */
@EnabledIf(value = "dev.closecodes.sample.HeadlessChromium#installed",
        disabledReason = "Debian's chromium and chromium-driver are not installed")
class ChromiumWireConformanceTest extends WireConformanceTest {
    private static final Set<String> LENIENT_CODES = Stream.of(0, 999, 1004, 1016, 1100, 2000, 2999, 5000, 65535)
            .map(code -> "code-" + code).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> LOST = Set.of("tcp-close", "tcp-reset");

    @Override
    Browser startBrowser(Path directory, URI page) throws IOException {
        return HeadlessChromium.start(directory.resolve("profile"), page);
    }

    @Override
    Set<String> departures() {
        return WireCase.all().stream().map(WireCase::id)
                .filter(id -> LENIENT_CODES.contains(id) || id.startsWith("utf8-") || LOST.contains(id))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    Set<WireReport> departure(WireCase wireCase) {
        if (LENIENT_CODES.contains(wireCase.id())) {
            int code = Integer.parseInt(wireCase.id().substring("code-".length()));
            return Set.of(new WireReport(code, "", true, false, code));
        }
        if (LOST.contains(wireCase.id())) {
            return Set.of(new WireReport(1006, "", false, false, WireReport.NO_ANSWER));
        }
        return Set.of(wireCase.conforming().answering(1002));
    }
}
