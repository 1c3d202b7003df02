package dev.closecodes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The README's setup snippets are the builds the tests exercise. The Maven snippet names the reactor's artifacts and
 * compiler plugin, and is the compiler configuration of every example under {@code examples/};
 * {@link ReadmeMavenProjectIT} builds a fresh project from it. The Gradle snippet is the {@code dependencies} block
 * of the Gradle fixture; Gradle itself is not run here, so the fixture's sources are compiled with the processor
 * path and class path that those two lines give javac, and then run.
 */
class ReadmeSetupTest {
    private static final String README = read(Artifacts.project("README.md"));
    private static final Path GRADLE_FIXTURE = Artifacts.project("integration-tests/src/test/fixtures/gradle");
    private static final String COMPILER = "/project/build/plugins/plugin[artifactId='maven-compiler-plugin']";
    private static final String PATHS = COMPILER + "/configuration/annotationProcessorPaths/path";

    @Test
    void theMavenSnippetNamesTheReactorsArtifactsAndCompiler() {
        Document readme = xml("<project>" + ReadmeSnippets.maven() + "</project>");
        Document parent = xml(read(Artifacts.project("pom.xml")));
        String version = text(parent, "/project/version");

        assertEquals(List.of("dev.closecodes:closecodes-annotations:" + version),
                coordinates(readme, "/project/dependencies/dependency"));
        assertEquals(List.of("dev.closecodes:closecodes-processor:" + version), coordinates(readme, PATHS));
        assertEquals(text(parent, "/project/build/pluginManagement/plugins/plugin[artifactId='maven-compiler-plugin']"
                + "/version"), text(readme, COMPILER + "/version"), "the compiler plugin the build uses");
        assertEquals("17", text(readme, COMPILER + "/configuration/release"));
        assertEquals(List.of("-Xlint:all", "-Xlint:-processing", "-Werror"), compilerArgs(readme));
    }

    @Test
    void theThreeProcessorPathListsCloseCodesLombokAndSpringBootsProcessor() {
        Document paths = xml(ReadmeSnippets.processorPaths());
        List<String> listed = coordinates(paths, "/annotationProcessorPaths/path");
        assertEquals(3, listed.size(), listed::toString);
        assertEquals("dev.closecodes:closecodes-processor:" + text(xml(read(Artifacts.project("pom.xml"))),
                "/project/version"), listed.get(0));
        assertTrue(listed.get(1).startsWith("org.projectlombok:lombok:"), listed::toString);
        assertTrue(listed.get(2).startsWith("org.springframework.boot:spring-boot-configuration-processor:"),
                listed::toString);
    }

    @Test
    void everyExampleCompilesAsTheReadmeSays() {
        Document readme = xml("<project>" + ReadmeSnippets.maven() + "</project>");
        for (String example : List.of("jdk", "okhttp", "netty", "jakarta", "spring-boot")) {
            Document pom = xml(read(Artifacts.project("examples/" + example + "/pom.xml")));
            assertEquals("17", text(pom, COMPILER + "/configuration/release"), example);
            assertEquals(compilerArgs(readme), compilerArgs(pom), example);
            assertEquals("dev.closecodes:closecodes-processor:${closecodes.version}",
                    coordinates(pom, PATHS).get(0), example);
        }
    }

    @Test
    void theCloseEventBlockCompilesWithTheWorkedExamplesTable(@TempDir Path work) throws IOException {
        Path sources = work.resolve("src/com/example/chat");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("ChatCloseCodes.java"), ReadmeSnippets.table());
        Files.writeString(sources.resolve("EventUsage.java"), """
                package com.example.chat;

                class EventUsage {
                    void run() {
                %s
                    }
                }
                """.formatted(ReadmeSnippets.codeBlock("The close event", "java", 0)));
        Compilers.javac(List.of("--release", "17", "-Xlint:all", "-Werror",
                "-processorpath", Artifacts.join(Artifacts.processorPath()),
                "-classpath", Artifacts.annotations().toString(),
                "-d", work.resolve("classes").toString(), "-s", work.resolve("generated").toString()),
                Compilers.sourcesUnder(work.resolve("src")));
    }

    @Test
    void theJavaPoetCoordinatesAreTheOnesTheProcessorUses() {
        String javapoet = text(xml(read(Artifacts.project("pom.xml"))), "/project/properties/javapoet.version");
        assertTrue(README.contains("`com.palantir.javapoet:javapoet:" + javapoet + "`"),
                "the README names JavaPoet " + javapoet);
        assertTrue(README.contains("javapoet-" + javapoet + ".jar"), "the javac command uses JavaPoet " + javapoet);
    }

    @Test
    void theGradleSnippetIsTheFixturesDependencies() {
        String snippet = ReadmeSnippets.codeBlock("Setup with Gradle", "kotlin", 0);
        String build = read(GRADLE_FIXTURE.resolve("build.gradle.kts"));
        assertTrue(build.contains(snippet), () -> "build.gradle.kts does not hold the README's snippet:\n" + snippet);
        String version = text(xml(read(Artifacts.project("pom.xml"))), "/project/version");
        assertEquals(List.of(
                "implementation dev.closecodes:closecodes-annotations:" + version,
                "annotationProcessor dev.closecodes:closecodes-processor:" + version), gradleDependencies(snippet));
    }

    @Test
    void theGradleFixtureCompilesAndRunsWithThePathsItsDependenciesGive(@TempDir Path work) {
        // `annotationProcessor` resolves the processor with its runtime dependencies; check that they are the
        // annotations and JavaPoet that Artifacts.processorPath() holds, so the path below is the one Gradle builds.
        Document processorPom = xml(read(Artifacts.project("processor/pom.xml")));
        assertEquals(List.of("dev.closecodes:closecodes-annotations", "com.palantir.javapoet:javapoet"),
                coordinates(processorPom, "/project/dependencies/dependency[not(scope)]"));

        String build = read(GRADLE_FIXTURE.resolve("build.gradle.kts"));
        assertTrue(build.contains("options.compilerArgs.addAll(listOf(\"-Xlint:all\", \"-Werror\"))"), build);
        Path classes = work.resolve("classes");
        Compilers.javac(List.of("--release", "17", "-Xlint:all", "-Werror",
                "-processorpath", Artifacts.join(Artifacts.processorPath()),
                "-classpath", Artifacts.annotations().toString(),
                "-d", classes.toString(), "-s", work.resolve("generated").toString()),
                Compilers.sourcesUnder(GRADLE_FIXTURE.resolve("src/main/java")));

        String output = Compilers.run(List.of("-classpath", Artifacts.join(List.of(classes, Artifacts.annotations())),
                "com.example.chat.Main"));
        assertEquals("4001 AUTH TOKEN_EXPIRED: O token expirou; entre de novo antes de reconectar.", output.strip());
    }

    private static List<String> compilerArgs(Document pom) {
        NodeList args = nodes(pom, COMPILER + "/configuration/compilerArgs/arg");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < args.getLength(); i++) {
            found.add(args.item(i).getTextContent().strip());
        }
        return found;
    }

    private static List<String> gradleDependencies(String script) {
        List<String> found = new ArrayList<>();
        Matcher dependency = Pattern.compile("(\\w+)\\(\"([^\"]+)\"\\)").matcher(script);
        while (dependency.find()) {
            found.add(dependency.group(1) + " " + dependency.group(2));
        }
        return found;
    }

    /** {@code groupId:artifactId[:version]} of each element the path selects. */
    private static List<String> coordinates(Document document, String path) {
        NodeList nodes = nodes(document, path);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            String coordinate = child(element, "groupId") + ":" + child(element, "artifactId");
            String version = child(element, "version");
            found.add(version.isEmpty() ? coordinate : coordinate + ":" + version);
        }
        return found;
    }

    private static String child(Element element, String name) {
        NodeList children = element.getElementsByTagName(name);
        return children.getLength() == 0 ? "" : children.item(0).getTextContent().strip();
    }

    private static String text(Document document, String path) {
        NodeList nodes = nodes(document, path);
        assertEquals(1, nodes.getLength(), path);
        return nodes.item(0).getTextContent().strip();
    }

    private static NodeList nodes(Node document, String path) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, document, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private static Document xml(String text) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(text)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not XML:\n" + text, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
