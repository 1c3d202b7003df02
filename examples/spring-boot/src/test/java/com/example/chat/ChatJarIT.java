package com.example.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, run with {@code java -jar} as it would be deployed, serves the table's generated
 * JavaScript module from inside its jar, where the processor put it: {@code META-INF/resources/closecodes/...}.
 */
class ChatJarIT {
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    @Test
    void servesTheTablesJavaScriptModuleFromTheJar() throws Exception {
        Path jar = Path.of(System.getProperty("closecodes.example.jar", "target/closecodes-example-spring-boot.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is not built");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.address=127.0.0.1", "--server.port=0")
                .redirectErrorStream(true).start();
        try (BufferedReader log = new BufferedReader(new InputStreamReader(app.getInputStream(),
                StandardCharsets.UTF_8))) {
            int port = port(log);
            String path = "/closecodes/com/example/chat/ChatCloseCodes.js";
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), "GET " + path + ": the processor writes the table's module to "
                    + "META-INF/resources" + path + " in the class output, so that it ships in the jar, which "
                    + "Spring Boot serves");
            String type = response.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith("text/javascript") || type.startsWith("application/javascript"), type);
            assertTrue(response.body().contains("TOKEN_EXPIRED") && response.body().contains("4001"),
                    "the module names the table's own code");
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /** Reads the application's log until Tomcat says which port it took. */
    private static int port(BufferedReader log) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            lines.add(line);
            Matcher started = STARTED.matcher(line);
            if (started.find()) {
                return Integer.parseInt(started.group(1));
            }
        }
        throw new AssertionError("the application ended before Tomcat started:\n" + String.join("\n", lines));
    }
}
