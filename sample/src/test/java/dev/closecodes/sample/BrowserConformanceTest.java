package dev.closecodes.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closecodes.sample.demo.DemoCase;
import dev.closecodes.sample.server.SampleServer;
import dev.closecodes.sample.server.ServerClose;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A browser engine against the generated types; each engine's subclass runs every case. The page served by the
 * sample's server opens a WebSocket per case: for each close the server sends, the browser's {@code CloseEvent} must
 * equal the generated {@link ChatCloseEvent#fromPayload(byte[])} of the same frame, or
 * {@link ChatCloseEvent#abnormal()} when the server drops the connection; and {@code WebSocket.close(code, reason)}
 * must throw exactly where {@link ChatCloseCodeRange#isAllowedByCloseMethod(int)} and the builder's reason limit say,
 * and otherwise send the very bytes {@link ChatCloseEvent#toPayload()} gives. For every case, the generated ES module
 * that the page imports reads the browser's {@code CloseEvent} as the Java types read the same close.
 *
 * <p>One browser and one server serve all the cases of a class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserConformanceTest {
    private SampleServer server;
    private Browser browser;

    /**
     * Starts this class's engine with the page open.
     *
     * @param directory an empty directory for the browser's profile and files
     * @param page the conformance page
     * @return the browser
     * @throws IOException if the browser cannot start
     */
    abstract Browser startBrowser(Path directory, URI page) throws IOException;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        server = SampleServer.start();
        browser = startBrowser(temp, server.pageUri());
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    static Stream<Named<DemoCase>> serverCloses() {
        List<DemoCase> cases = new ArrayList<>(DemoCase.all());
        cases.add(new DemoCase("1000 without a reason", new ServerClose.CodeFrame(1000, "")));
        cases.add(new DemoCase("lowest library code", new ServerClose.CodeFrame(3000, "")));
        cases.add(new DemoCase("registered 3xxx code", new ServerClose.CodeFrame(3008, "timeout")));
        cases.add(new DemoCase("highest application code", new ServerClose.CodeFrame(4999, "last one")));
        cases.add(new DemoCase("protocol error", new ServerClose.CodeFrame(1002, "bad frame")));
        cases.add(new DemoCase("invalid payload", new ServerClose.CodeFrame(1007, "not UTF-8")));
        cases.add(new DemoCase("try again later", new ServerClose.CodeFrame(1013, "busy")));
        cases.add(new DemoCase("bad gateway", new ServerClose.CodeFrame(1014, "")));
        cases.add(new DemoCase("123 ASCII bytes", new ServerClose.CodeFrame(4000, "r".repeat(123))));
        return cases.stream().map(demoCase -> Named.of(demoCase.label(), demoCase));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serverCloses")
    void browsersCloseEventEqualsTheGeneratedOneForTheSameFrame(DemoCase demoCase) {
        Map<?, ?> reported = run("closeEventOf(arguments[0]).then(arguments[arguments.length - 1]);",
                demoCase.close().path());

        assertServerClose(demoCase, event(reported));
        assertModuleReadsAsJava(reported);
    }

    /**
     * Checks the event the browser reported for a close the sample's server sent: the generated decoder's reading of
     * the frame, or {@link ChatCloseEvent#abnormal()} for a dropped connection. An engine that departs pins what it
     * does instead.
     *
     * @param demoCase the close the server sent
     * @param reported the browser's {@code CloseEvent}
     */
    void assertServerClose(DemoCase demoCase, ChatCloseEvent reported) {
        assertEquals(demoCase.expectedEvent(), reported, () -> "browser reported " + reported);
    }

    static Stream<Integer> closeMethodCodes() {
        return Stream.of(-1, 0, 999, 1000, 1001, 1002, 1005, 1006, 1011, 1012, 1015, 1016, 2000, 2999, 3000, 3008,
                3999, 4000, 4001, 4500, 4999, 5000, 65535, 65536, 70000);
    }

    @ParameterizedTest(name = "close({0})")
    @MethodSource("closeMethodCodes")
    void closeThrowsExactlyForTheCodesThatIsAllowedByCloseMethodRejects(int code) throws Exception {
        String id = UUID.randomUUID().toString();
        Map<?, ?> result = run("tryClose(arguments[0], arguments[1], null).then(arguments[arguments.length - 1]);",
                id, code);

        boolean allowed = ChatCloseCodeRange.isAllowedByCloseMethod(code);
        assertEquals(!allowed, result.get("threw"), () -> "close(" + code + ") in the browser: " + result);
        if (allowed) {
            assertSentAndEchoed(id, code, "", result);
        } else {
            assertEquals("InvalidAccessError", result.get("name"));
        }
    }

    static Stream<Arguments> reasons() {
        return Stream.of(
                Arguments.of(0, "empty", ""),
                Arguments.of(123, "ASCII", "a".repeat(123)),
                Arguments.of(124, "ASCII", "a".repeat(124)),
                Arguments.of(123, "four languages", DemoCase.LONGEST_REASON),
                Arguments.of(124, "four languages", DemoCase.LONGEST_REASON + "!"),
                Arguments.of(123, "two-byte characters", "é".repeat(61) + "a"),
                Arguments.of(124, "a two-byte character across the limit", "a".repeat(122) + "é"),
                Arguments.of(124, "an emoji across the limit", "a".repeat(120) + "👋"),
                Arguments.of(123, "ending in an emoji", "a".repeat(119) + "👋"));
    }

    @ParameterizedTest(name = "{0} bytes, {1}")
    @MethodSource("reasons")
    void closeThrowsExactlyForTheReasonsTheBuilderRejects(int bytes, String label, String reason) throws Exception {
        assertEquals(bytes, reason.getBytes(StandardCharsets.UTF_8).length, "the fixture's length in UTF-8");
        String id = UUID.randomUUID().toString();
        Map<?, ?> result = run("tryClose(arguments[0], arguments[1], arguments[2]).then(arguments[arguments.length - 1]);",
                id, 4000, reason);

        boolean builderAccepts = builderAccepts(reason);
        assertEquals(bytes <= 123, builderAccepts, "the builder's limit is 123 bytes");
        assertEquals(!builderAccepts, result.get("threw"), () -> "close(4000, <" + label + ">) in the browser: " + result);
        if (builderAccepts) {
            assertSentAndEchoed(id, 4000, reason, result);
        } else {
            assertEquals("SyntaxError", result.get("name"));
        }
    }

    private static boolean builderAccepts(String reason) {
        try {
            ChatCloseEvent.builder().code(4000).reason(reason).build();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 3000, 4999})
    void closeWithTheLongestReasonSendsTheGeneratedPayload(int code) throws Exception {
        String id = UUID.randomUUID().toString();
        Map<?, ?> result = run("tryClose(arguments[0], arguments[1], arguments[2]).then(arguments[arguments.length - 1]);",
                id, code, DemoCase.LONGEST_REASON);

        assertEquals(false, result.get("threw"), () -> "browser: " + result);
        assertSentAndEchoed(id, code, DemoCase.LONGEST_REASON, result);
    }

    @Test
    void closeWithoutACodeSendsAnEmptyBodyThatReadsAs1005() throws Exception {
        String id = UUID.randomUUID().toString();
        Map<?, ?> result = run("const done = arguments[arguments.length - 1];"
                + "const socket = new WebSocket(webSocketUrl('/hold?id=' + arguments[0]));"
                + "socket.onopen = () => socket.close();"
                + "socket.onclose = (event) => done(report(event));", id);

        byte[] sent = server.closeRecorder().await(id, Duration.ofSeconds(10));
        ChatCloseEvent expected = ChatCloseEvent.builder().code(ChatCloseCode.NO_STATUS_RECEIVED).wasClean(true).build();
        assertEquals(0, sent.length, "the browser's close frame body");
        assertArrayEquals(expected.toPayload(), sent);
        assertEquals(expected, ChatCloseEvent.fromPayload(sent));
        assertEquals(expected, event(result), () -> "browser reported " + result);
    }

    /**
     * A difference by design, in both engines: a browser turns a reason with an unpaired surrogate into well-formed
     * text (WebIDL's USVString replaces it with U+FFFD) and sends that, while the generated builder rejects such a
     * reason. What the browser sends is still read back by the generated decoder as the replaced text.
     */
    @Test
    void anUnpairedSurrogateIsReplacedByTheBrowserAndRejectedByTheBuilder() throws Exception {
        String id = UUID.randomUUID().toString();
        String reason = "x\uD800y";
        // Built in the page: WebDriver's JSON would not carry an unpaired surrogate intact.
        Map<?, ?> result = run("tryClose(arguments[0], 4000, 'x' + String.fromCharCode(0xD800) + 'y')"
                + ".then(arguments[arguments.length - 1]);", id);

        assertEquals(false, builderAccepts(reason), "the builder rejects an unpaired surrogate");
        assertEquals(false, result.get("threw"), () -> "browser: " + result);
        assertSentAndEchoed(id, 4000, "x\uFFFDy", result);
    }

    /**
     * Checks that the browser's close frame is the generated payload of the same event, that the generated decoder
     * reads it back, and that the browser's own {@code CloseEvent}, once the server answered with the same frame,
     * equals that event.
     */
    private void assertSentAndEchoed(String id, int code, String reason, Map<?, ?> result) throws Exception {
        ChatCloseEvent expected = ChatCloseEvent.builder().code(code).reason(reason).wasClean(true).build();
        byte[] sent = server.closeRecorder().await(id, Duration.ofSeconds(10));
        assertArrayEquals(expected.toPayload(), sent, "the browser's close frame body");
        assertEquals(expected, ChatCloseEvent.fromPayload(sent));
        assertEquals(expected, event(result), () -> "browser reported " + result);
        assertModuleReadsAsJava(result);
    }

    /**
     * Checks that the generated ES module, which the page imports, reads the browser's {@code CloseEvent} as the
     * generated Java types read the same close.
     */
    private static void assertModuleReadsAsJava(Map<?, ?> reported) {
        ChatCloseEvent event = event(reported);
        Optional<ChatCloseCode> known = event.knownCode();
        Map<String, Object> java = new LinkedHashMap<>();
        java.put("name", known.map(Enum::name).orElse(null));
        java.put("range", event.range().name());
        java.put("sendable", ChatCloseCodeRange.isSendable(event.code()));
        java.put("allowed", ChatCloseCodeRange.isAllowedByCloseMethod(event.code()));
        java.put("reconnect", event.reconnect().name());
        java.put("title", known.map(ChatCloseCode::title).orElseGet(() -> event.range().title()));
        java.put("description", known.map(ChatCloseCode::description).orElseGet(() -> event.range().description()));
        assertEquals(java, reported.get("module"), () -> "the module's reading of " + reported);
    }

    private Map<?, ?> run(String script, Object... arguments) {
        return browser.run(script, arguments);
    }

    private static ChatCloseEvent event(Map<?, ?> reported) {
        return ChatCloseEvent.builder()
                .code(((Number) reported.get("code")).intValue())
                .reason((String) reported.get("reason"))
                .wasClean((Boolean) reported.get("wasClean"))
                .build();
    }
}
