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
 * The README's setup snippets are the builds the tests exercise. The Maven snippet is {@code sample/pom.xml}'s
 * configuration, which the reactor builds on JDK 17 and JDK 25. The Gradle snippet is the {@code dependencies} block
 * of the Gradle fixture; Gradle itself is not run here, so the fixture's sources are compiled with the processor
 * path and class path that those two lines give javac, and then run.
 */
class ReadmeSetupTest {
    private static final String README = read(Artifacts.project("README.md"));
    private static final Path GRADLE_FIXTURE = Artifacts.project("integration-tests/src/test/fixtures/gradle");

    @Test
    void theMavenSnippetIsTheSamplesSetup() {
        Document readme = xml("<project>" + codeBlock("Setup with Maven", "xml", 0) + "</project>");
        Document sample = xml(read(Artifacts.project("sample/pom.xml")));
        Document parent = xml(read(Artifacts.project("pom.xml")));
        String version = text(parent, "/project/version");

        assertEquals(List.of("dev.closecodes:closecodes-annotations:" + version),
                coordinates(readme, "/project/dependencies/dependency"));
        assertTrue(coordinates(sample, "/project/dependencies/dependency[not(scope)]")
                .contains("dev.closecodes:closecodes-annotations"), "the sample depends on the annotations");

        String compiler = "/project/build/plugins/plugin[artifactId='maven-compiler-plugin']";
        String paths = compiler + "/configuration/annotationProcessorPaths/path";
        assertEquals(List.of("dev.closecodes:closecodes-processor:" + version), coordinates(readme, paths));
        assertEquals(List.of("dev.closecodes:closecodes-processor:${project.version}"), coordinates(sample, paths));
        assertEquals(text(parent, "/project/build/pluginManagement/plugins/plugin[artifactId='maven-compiler-plugin']"
                + "/version"), text(readme, compiler + "/version"), "the compiler plugin the build uses");
    }

    @Test
    void theMavenTestCompileSnippetIsTheSamples() {
        Document readme = xml(codeBlock("Setup with Maven", "xml", 1));
        Document sample = xml(read(Artifacts.project("sample/pom.xml")));
        String execution = "/execution[id='default-testCompile']/configuration/proc";
        assertEquals("none", text(readme, "/executions" + execution));
        assertEquals("none", text(sample,
                "/project/build/plugins/plugin[artifactId='maven-compiler-plugin']/executions" + execution));
    }

    @Test
    void theGradleSnippetIsTheFixturesDependencies() {
        String snippet = codeBlock("Setup with Gradle", "kotlin", 0);
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

    /** The {@code index}th fenced block of {@code language} in the README section titled {@code title}. */
    private static String codeBlock(String title, String language, int index) {
        int start = README.indexOf("\n## " + title + "\n");
        assertTrue(start >= 0, "README has no section " + title);
        int end = README.indexOf("\n## ", start + 1);
        String section = README.substring(start, end < 0 ? README.length() : end);
        Matcher blocks = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(section);
        for (int i = 0; i <= index; i++) {
            assertTrue(blocks.find(), () -> "README section " + title + " has no " + language + " block " + index);
        }
        return blocks.group(1);
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
