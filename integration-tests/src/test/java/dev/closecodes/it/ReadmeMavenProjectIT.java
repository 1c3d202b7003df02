package dev.closecodes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Maven setup, pasted into a fresh project outside the reactor and built by a real {@code mvn} on the
 * JDK that runs this test (CI runs it on JDK 17 and on JDK 25): with the README's table alone, and with Lombok and
 * Spring Boot's configuration processor beside closecodes as the README lists them.
 *
 * <p>The project resolves closecodes from a {@code file:} repository staged here from the reactor's jars and POMs,
 * and nothing else as a snapshot; everything else comes from the build's own local repository, read as a remote one
 * and never written to, before Maven Central. Its local repository is a temporary folder.
 */
class ReadmeMavenProjectIT {
    private static final Path FIXTURES = Artifacts.project("integration-tests/src/test/fixtures/readme");

    @TempDir
    static Path work;
    private static Path settings;

    @BeforeAll
    static void stageTheReactorsArtifacts() throws IOException {
        String version = ReadmeSnippets.version();
        Path staging = work.resolve("staging");
        stage(staging, "closecodes-parent", version, Artifacts.project("pom.xml"), null);
        stage(staging, "closecodes-annotations", version, Artifacts.project("annotations/pom.xml"),
                Artifacts.annotations());
        stage(staging, "closecodes-processor", version, Artifacts.project("processor/pom.xml"),
                Artifacts.processor());
        settings = work.resolve("settings.xml");
        Files.writeString(settings, settings(staging.toUri().toString(),
                Path.of(System.getProperty("closecodes.m2", System.getProperty("user.home") + "/.m2/repository"))
                        .toUri().toString()));
    }

    @Test
    void theSnippetBuildsAProjectWithTheReadmesTable() throws IOException {
        Path project = project("plain", ReadmeSnippets.maven());
        mvn(project);

        assertTrue(Files.isRegularFile(project.resolve(
                "target/generated-sources/annotations/com/example/chat/ChatCloseEvent.java")),
                "the generated sources are where the README says");
        assertEquals("4001 TOKEN_EXPIRED AUTH true NEVER", run(project));
    }

    @Test
    void theSnippetWithTheThreeProcessorsBuildsAProjectWithLombok() throws IOException {
        String paths = ReadmeSnippets.processorPaths();
        Matcher lombok = Pattern.compile("<artifactId>lombok</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(paths);
        assertTrue(lombok.find(), "the README's processor path lists Lombok with a version:\n" + paths);
        String snippet = ReadmeSnippets.maven()
                // The README's three-entry path in place of the one-entry path...
                .replaceFirst("(?s)<annotationProcessorPaths>.*</annotationProcessorPaths>",
                        Matcher.quoteReplacement(paths.strip()))
                // ...and Lombok's annotations as the README says, a provided dependency.
                .replace("</dependencies>", "  <dependency>\n    <groupId>org.projectlombok</groupId>\n"
                        + "    <artifactId>lombok</artifactId>\n    <version>" + lombok.group(1) + "</version>\n"
                        + "    <scope>provided</scope>\n  </dependency>\n</dependencies>");
        Path project = project("lombok", snippet);
        mvn(project);

        assertTrue(Files.isRegularFile(project.resolve("target/test-classes/com/example/chat/Sessions$SessionsBuilder.class")),
                "Lombok ran on the test sources too");
        assertEquals("ana TOKEN_EXPIRED NEVER", run(project));
    }

    /** A fresh project: the snippet in a bare {@code <project>}, the README's table, and a fixture's sources. */
    private static Path project(String fixture, String snippet) throws IOException {
        Path project = work.resolve(fixture);
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                <modelVersion>4.0.0</modelVersion>
                <groupId>com.example</groupId>
                <artifactId>chat</artifactId>
                <version>1.0.0</version>

                """ + snippet + "\n</project>\n");
        Path table = project.resolve("src/main/java/com/example/chat/ChatCloseCodes.java");
        Files.createDirectories(table.getParent());
        Files.writeString(table, ReadmeSnippets.table());
        Path sources = FIXTURES.resolve(fixture);
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = project.resolve(sources.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return project;
    }

    /** Runs {@code mvn test-compile} in the project, on this test's JDK; fails with Maven's output if it fails. */
    private static void mvn(Path project) throws IOException {
        List<String> command = List.of("mvn", "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + work.resolve("local"), "test-compile");
        Path log = project.resolve("mvn.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_ARGS");
        try {
            Process process = builder.start();
            // A bound for a hung build only, far above the seconds it takes.
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("mvn did not end in " + project);
            }
            assertEquals(0, process.exitValue(), () -> "mvn test-compile failed in " + project + " on "
                    + System.getProperty("java.home") + ":\n" + tail(read(log)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String run(Path project) {
        return Compilers.run(List.of("-classpath", Artifacts.join(List.of(project.resolve("target/classes"),
                Artifacts.annotations())), "com.example.chat.Main")).strip();
    }

    private static void stage(Path repository, String artifactId, String version, Path pom, Path jar)
            throws IOException {
        Path folder = repository.resolve("dev/closecodes/" + artifactId + "/" + version);
        Files.createDirectories(folder);
        Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"));
        if (jar != null) {
            assertTrue(jar.toString().endsWith(".jar"), () -> jar + " is not a packaged jar");
            Files.copy(jar, folder.resolve(artifactId + "-" + version + ".jar"));
        }
    }

    private static String settings(String staging, String localRepository) {
        String repositories = """
                    <REPOSITORY>
                      <id>closecodes-staging</id>
                      <url>STAGING</url>
                      <releases><enabled>false</enabled></releases>
                      <snapshots><enabled>true</enabled></snapshots>
                    </REPOSITORY>
                    <REPOSITORY>
                      <id>build-local-repository</id>
                      <url>LOCAL</url>
                      <snapshots><enabled>false</enabled></snapshots>
                    </REPOSITORY>
                """.replace("STAGING", staging).replace("LOCAL", localRepository);
        return """
                <settings>
                  <profiles>
                    <profile>
                      <id>readme</id>
                      <repositories>
                """ + repositories.replace("REPOSITORY", "repository") + """
                      </repositories>
                      <pluginRepositories>
                """ + repositories.replace("REPOSITORY", "pluginRepository") + """
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>readme</activeProfile>
                  </activeProfiles>
                </settings>
                """;
    }

    private static String tail(String log) {
        List<String> lines = new ArrayList<>(List.of(log.split("\n")));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
