package dev.closecodes.sample;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIf;

/** Every case of {@link BrowserConformanceTest} in headless Chromium, driven by Selenium and chromedriver. */
@EnabledIf(value = "dev.closecodes.sample.HeadlessChromium#installed",
        disabledReason = "Debian's chromium and chromium-driver are not installed")
class ChromiumConformanceTest extends BrowserConformanceTest {

    @Override
    Browser startBrowser(Path directory, URI page) throws IOException {
        return HeadlessChromium.start(directory.resolve("profile"), page);
    }
}
