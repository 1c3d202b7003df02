package dev.closecodes.sample;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.JsonOutput;

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi, which Firefox speaks natively, by npm's {@code puppeteer-core}
 * (there is no geckodriver package for Selenium to use). {@code src/test/browser/drive.mjs} launches the browser,
 * opens the page, and runs the scripts this class sends it, one JSON line each way.
 *
 * <p>Without {@code firefox-esr}, Node.js or the npm packages of {@code src/test/browser} ({@code npm ci} there),
 * tests are skipped with a message saying what to install, unless the environment variable {@code CI} is set:
 * there they fail. The system properties {@code closecodes.firefox}, {@code closecodes.node} and
 * {@code closecodes.browserTools} point elsewhere.
 */
final class HeadlessFirefox implements Browser {
    static final Path FIREFOX = Path.of(System.getProperty("closecodes.firefox", "/usr/bin/firefox-esr"));
    static final Path TOOLS = Path.of(System.getProperty("closecodes.browserTools", "src/test/browser"));
    private static final Json JSON = new Json();

    private final Process process;
    private final BufferedWriter scripts;
    private final BufferedReader answers;
    private final Path log;
    private final String version;

    private HeadlessFirefox(Process process, Path log) throws IOException {
        this.process = process;
        this.log = log;
        this.scripts = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.version = "Firefox " + String.valueOf(answer().get("version")).replaceFirst("^firefox/", "");
    }

    /**
     * Tells whether Firefox, Node.js and puppeteer-core are installed, for {@code @EnabledIf}: if not, says what to
     * install and lets the tests be skipped, except in CI, where it fails them.
     *
     * @return {@code true} if all three are there
     */
    static boolean installed() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(FIREFOX)) {
            missing.add(FIREFOX + " (apt-get install firefox-esr)");
        }
        if (node().isEmpty()) {
            missing.add("node (apt-get install nodejs npm)");
        }
        if (!Files.isRegularFile(TOOLS.resolve("node_modules/puppeteer-core/package.json"))) {
            missing.add("puppeteer-core (PUPPETEER_SKIP_DOWNLOAD=1 npm ci in " + TOOLS + ")");
        }
        if (missing.isEmpty()) {
            return true;
        }
        String message = "The Firefox conformance tests need Debian's firefox-esr, Node.js and the npm packages of "
                + TOOLS + "; missing: " + String.join(", ", missing);
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank()) {
            throw new AssertionError(message + ". CI is set, so these tests may not be skipped.");
        }
        System.err.println("Skipping the Firefox conformance tests. " + message);
        return false;
    }

    private static Optional<Path> node() {
        String configured = System.getProperty("closecodes.node");
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "node"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Starts a headless Firefox with a fresh profile and a home directory of its own, and opens a page.
     *
     * @param directory an empty directory for the profile, the home directory and the driver's log
     * @param page the page to open
     * @return the browser
     * @throws IOException if the directories cannot be made or the browser does not start
     */
    static HeadlessFirefox start(Path directory, URI page) throws IOException {
        Path profile = Files.createDirectories(directory.resolve("profile"));
        Path home = Files.createDirectories(directory.resolve("home"));
        Path log = directory.resolve("drive.log");
        ProcessBuilder builder = new ProcessBuilder(node().orElseThrow().toString(),
                TOOLS.resolve("drive.mjs").toAbsolutePath().toString(), FIREFOX.toString(),
                profile.toAbsolutePath().toString(), page.toString())
                .directory(TOOLS.toFile())
                .redirectError(log.toFile());
        Map<String, String> environment = builder.environment();
        // Firefox writes below $HOME even when it is given a profile.
        environment.put("HOME", home.toAbsolutePath().toString());
        environment.put("XDG_CONFIG_HOME", home.resolve(".config").toAbsolutePath().toString());
        environment.put("XDG_CACHE_HOME", home.resolve(".cache").toAbsolutePath().toString());
        environment.put("XDG_DATA_HOME", home.resolve(".local/share").toAbsolutePath().toString());
        environment.put("MOZ_CRASHREPORTER_DISABLE", "1");
        Process process = builder.start();
        try {
            return new HeadlessFirefox(process, log);
        } catch (IOException | RuntimeException | Error e) {
            end(process);
            throw e;
        }
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public synchronized Map<?, ?> run(String script, Object... arguments) {
        StringWriter line = new StringWriter();
        try (JsonOutput out = JSON.newOutput(line)) {
            out.setPrettyPrint(false).write(Map.of("script", script, "args", Arrays.asList(arguments)));
        }
        try {
            scripts.write(line.toString());
            scripts.newLine();
            scripts.flush();
        } catch (IOException e) {
            throw new AssertionError("Firefox's driver is gone" + logTail(), e);
        }
        Map<?, ?> answer = answer();
        if (answer.containsKey("error")) {
            throw new AssertionError("the script failed in Firefox: " + answer.get("error"));
        }
        Object value = answer.get("value");
        if (!(value instanceof Map)) {
            throw new AssertionError("the page answered " + value);
        }
        return (Map<?, ?>) value;
    }

    private Map<?, ?> answer() {
        String line;
        try {
            line = answers.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null) {
            throw new AssertionError("Firefox's driver ended" + logTail());
        }
        return JSON.toType(line, Map.class);
    }

    private String logTail() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.isBlank() ? "" : ":\n" + text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Ends the driver, which closes Firefox through the protocol, then every process left of the tree: Firefox's
     * content processes outlive its main process by a moment.
     */
    @Override
    public void close() {
        try {
            scripts.close();
        } catch (IOException e) {
            // The driver is gone already; end what is left of its tree below.
        }
        end(process);
    }

    private static void end(Process process) {
        List<ProcessHandle> tree = process.descendants().toList();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : tree) {
                child.destroy();
            }
            for (ProcessHandle child : tree) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
