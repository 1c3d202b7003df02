package dev.closecodes.sample;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, driven through Debian's chromedriver by Selenium: both are given by path, so nothing is
 * downloaded. Without them, tests are skipped with a message saying what to install, unless the environment variable
 * {@code CI} is set: there a missing browser fails the run. The system properties {@code closecodes.chromium} and
 * {@code closecodes.chromedriver} point elsewhere.
 */
final class HeadlessChromium implements Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("closecodes.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("closecodes.chromedriver", "/usr/bin/chromedriver"));

    /** Selenium warns that it has no DevTools support for this Chromium; the tests use WebDriver only. */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Tells whether the browser and its driver are installed, for {@code @EnabledIf}: if not, says what to install
     * and lets the tests be skipped, except in CI, where it fails them.
     *
     * @return {@code true} if both are installed
     */
    static boolean installed() {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path))
                .map(Path::toString).collect(Collectors.toList());
        if (missing.isEmpty()) {
            return true;
        }
        String message = "The browser conformance tests need Debian's chromium and chromium-driver packages "
                + "(apt-get install chromium chromium-driver); missing: " + String.join(", ", missing);
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank()) {
            throw new AssertionError(message + ". CI is set, so these tests may not be skipped.");
        }
        System.err.println("Skipping the browser conformance tests. " + message);
        return false;
    }

    /**
     * Starts a headless Chromium with a fresh profile and opens a page.
     *
     * @param profile an empty directory for the browser's profile
     * @param page the page to open
     * @return the browser
     * @throws IOException if the profile directory cannot be made
     */
    static HeadlessChromium start(Path profile, URI page) throws IOException {
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            driver.get(page.toString());
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
        return new HeadlessChromium(driver);
    }

    /**
     * Returns the WebDriver session, for tests that use the page as a person does: click, read, take screenshots.
     *
     * @return the driver
     */
    ChromeDriver driver() {
        return driver;
    }

    @Override
    public String version() {
        return "Chromium " + driver.getCapabilities().getBrowserVersion();
    }

    @Override
    public Map<?, ?> run(String script, Object... arguments) {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
        if (!(result instanceof Map)) {
            throw new AssertionError("the page answered " + result);
        }
        return (Map<?, ?>) result;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
