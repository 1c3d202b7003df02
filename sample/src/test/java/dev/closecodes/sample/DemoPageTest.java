package dev.closecodes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.sample.demo.DemoCase;
import dev.closecodes.sample.server.SampleServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo page as a person uses it, in headless Chromium: pick a close, and the page shows the browser's own
 * {@code CloseEvent} beside what the generated ES module says about it, in the reader's language, which must be
 * what the Java types say; start the reconnecting client, and its timeline follows the advice. Screenshots go to
 * {@code target/demo-page-*.png}.
 */
@EnabledIf(value = "dev.closecodes.sample.HeadlessChromium#installed",
        disabledReason = "Debian's chromium and chromium-driver are not installed")
class DemoPageTest {
    private static SampleServer server;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void start(@TempDir Path temp) throws Exception {
        server = SampleServer.start();
        chromium = HeadlessChromium.start(temp.resolve("profile"), server.demoPageUri());
        browser = chromium.driver();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1100));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theServerServesTheModuleFromMetaInfResources() throws Exception {
        HttpResponse<String> module = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.demoPageUri() + "closecodes/dev/closecodes/sample/ChatCloseCodes.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, module.statusCode());
        assertTrue(module.headers().firstValue("content-type").orElse("").contains("javascript"),
                () -> "content type " + module.headers().map());
        assertTrue(module.body().contains("export function fromCode(code)"));
    }

    @Test
    void aPickedCloseShowsTheBrowsersEventBesideTheModulesReading() throws IOException {
        open("fr");
        browser.findElement(By.id("case-token-expired")).click();
        waitFor("result", "done");

        ChatCloseCode code = ChatCloseCode.TOKEN_EXPIRED;
        Locale french = Locale.forLanguageTag("fr");
        assertEquals("4001", text("event-code"));
        assertEquals("\"token expired\"", text("event-reason"));
        assertEquals("true", text("event-clean"));
        assertEquals("4001 TOKEN_EXPIRED", text("module-name"));
        assertEquals(code.title(french), text("module-title"));
        assertEquals(code.description(french), text("module-description"));
        assertEquals("AUTH: " + ChatCloseCodeRange.AUTH.title(french), text("module-range"));
        assertEquals("yes", text("module-sendable"));
        assertEquals("yes", text("module-allowed"));
        assertEquals(code.reconnect().name(), text("module-advice"));
        screenshot("token-expired");

        browser.findElement(By.id("case-dropped")).click();
        waitFor("result", "done");
        ChatCloseEvent dropped = ChatCloseEvent.abnormal();
        assertEquals("1006", text("event-code"));
        assertEquals("false", text("event-clean"));
        assertEquals(ChatCloseCode.ABNORMAL_CLOSURE.title(french), text("module-title"));
        assertEquals("no", text("module-sendable"));
        assertEquals("no", text("module-allowed"));
        assertEquals(dropped.reconnect().name(), text("module-advice"));
    }

    @Test
    void thePageOffersTheDemosCasesAndEachReadsAsTheJavaTypesDo() {
        open("zh-CN");
        List<WebElement> buttons = browser.findElements(By.cssSelector("#cases button"));
        assertEquals(DemoCase.all().stream().map(DemoCase::label).toList(),
                buttons.stream().map(WebElement::getText).toList());
        Locale chinese = Locale.forLanguageTag("zh-CN");
        for (int i = 0; i < buttons.size(); i++) {
            ChatCloseEvent expected = DemoCase.all().get(i).expectedEvent();
            buttons.get(i).click();
            waitFor("result", "done");
            assertEquals(String.valueOf(expected.code()), text("event-code"));
            assertEquals(String.valueOf(expected.wasClean()), text("event-clean"));
            assertEquals(expected.knownCode().map(code -> code.title(chinese))
                    .orElseGet(() -> expected.range().title(chinese)), text("module-title"));
            assertEquals(expected.reconnect().name(), text("module-advice"));
        }
    }

    @Test
    void theReconnectingClientFollowsTheAdviceOnTheTimeline() throws IOException {
        open("pt-BR");
        browser.findElement(By.id("client-ana")).click();
        waitFor("timeline", "done");
        List<String> lines = timeline();
        assertEquals(4, lines.size(), () -> "timeline " + lines);
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertTrue(lines.get(attempt - 1).matches(".*attempt " + attempt + ": closed 1012 SERVICE_RESTART "
                    + "\"service restart\", wasClean true, advice BACKOFF: reconnecting in \\d+ ms"),
                    lines.get(attempt - 1));
        }
        assertTrue(lines.get(2).matches(".*attempt 3: greeted \"welcome, ana-[0-9a-f-]+\"; the client closes"),
                lines.get(2));
        assertTrue(lines.get(3).endsWith("attempt 3: closed 1000 NORMAL_CLOSURE \"bye\", wasClean true, advice NEVER: "
                + "done, connected after 3 attempts"), lines.get(3));
        screenshot("reconnecting");

        browser.findElement(By.id("client-carol")).click();
        waitFor("timeline", "done");
        List<String> moved = timeline();
        assertEquals(4, moved.size(), () -> "timeline " + moved);
        assertTrue(moved.get(0).endsWith("attempt 1: closed 4203 ROOM_MOVED \"room moved\", wasClean true, advice "
                + "IMMEDIATELY: reconnecting at once"), moved.get(0));
        assertTrue(moved.get(1).matches(".*attempt 2: closed 4203 ROOM_MOVED \"room moved\", wasClean true, advice "
                + "IMMEDIATELY: reconnecting in \\d+ ms"), moved.get(1));
        assertTrue(moved.get(3).endsWith("done, connected after 3 attempts"), moved.get(3));

        browser.findElement(By.id("client-dave")).click();
        waitFor("timeline", "done");
        List<String> stale = timeline();
        assertEquals(3, stale.size(), () -> "timeline " + stale);
        assertTrue(stale.get(0).matches(".*attempt 1: closed 3000 UNAUTHORIZED \"unauthorized\", wasClean true, "
                + "advice REAUTHENTICATE: getting a fresh token, then reconnecting in \\d+ ms"), stale.get(0));
        assertTrue(stale.get(2).endsWith("done, connected after 2 attempts"), stale.get(2));

        browser.findElement(By.id("client-bob")).click();
        waitFor("timeline", "done");
        String last = browser.findElement(By.cssSelector("#timeline li:last-child")).getText();
        assertTrue(last.endsWith("attempt 1: closed 4001 TOKEN_EXPIRED \"token expired\", wasClean true, advice "
                + "NEVER: giving up after 1 attempt. "
                + ChatCloseCode.TOKEN_EXPIRED.description(Locale.forLanguageTag("pt-BR"))), last);
    }

    private static void open(String language) {
        browser.get(server.demoPageUri() + "?lang=" + language);
        waitFor(By.tagName("body"), "data-ready", "true");
        assertEquals(language, text("language"));
    }

    private static void waitFor(String id, String state) {
        waitFor(By.id(id), "data-state", state);
    }

    /** Waits, as long as the browser's script timeout, until the element's attribute has the value. */
    private static void waitFor(By element, String attribute, String value) {
        browser.executeAsyncScript("const [element, attribute, value, done] = arguments;"
                + "if (element.getAttribute(attribute) === value) { done(); return; }"
                + "new MutationObserver((changes, observer) => {"
                + "  if (element.getAttribute(attribute) === value) { observer.disconnect(); done(); }"
                + "}).observe(element, { attributes: true });", browser.findElement(element), attribute, value);
    }

    private static List<String> timeline() {
        return browser.findElements(By.cssSelector("#timeline li")).stream().map(WebElement::getText).toList();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static void screenshot(String name) throws IOException {
        Path file = Path.of("target", "demo-page-" + name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
