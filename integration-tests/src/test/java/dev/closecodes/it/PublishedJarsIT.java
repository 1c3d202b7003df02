package dev.closecodes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jars beside each published jar, as users' IDEs and Maven Central expect them: sources for every class, and
 * javadoc that documents every public type and explains each annotation attribute with an example.
 */
class PublishedJarsIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"annotations", "processor"})
    void theSourcesJarHoldsTheSourceOfEveryClass(String artifact) {
        JarContents jar = jar(artifact);
        Set<String> sources = new TreeSet<>(jar.attached("sources").entries());
        Set<String> expected = topLevelClasses(jar).stream().map(name -> name + ".java")
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(!expected.isEmpty() && sources.containsAll(expected),
                () -> "missing sources: " + expected.stream().filter(name -> !sources.contains(name)).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"annotations", "processor"})
    void theJavadocJarHasAPageForEveryPublicType(String artifact) throws Exception {
        JarContents jar = jar(artifact);
        JarContents javadoc = jar.attached("javadoc");
        assertTrue(javadoc.text("index.html").isPresent(), "index.html");
        List<String> pages = javadoc.entries();
        List<String> missing = new ArrayList<>();
        try (URLClassLoader loader = Compilers.isolated(Artifacts.processorPath().toArray(Path[]::new))) {
            for (String name : topLevelClasses(jar)) {
                if (name.equals("module-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name.replace('/', '.'), false, loader);
                // A module's pages sit in a folder named after it; find the page wherever javadoc put it.
                if (Modifier.isPublic(type.getModifiers())
                        && pages.stream().noneMatch(page -> page.endsWith(name + ".html"))) {
                    missing.add(name);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CloseCodeTable", "CloseCode", "CloseCodeRange", "CloseCodeRanges", "Translation"})
    void eachAnnotationAttributeIsExplainedWithAnExample(String annotation) throws Exception {
        JarContents jar = jar("annotations");
        JarContents javadoc = jar.attached("javadoc");
        String page = javadoc.entries().stream()
                .filter(entry -> entry.endsWith("dev/closecodes/" + annotation + ".html"))
                .findFirst().flatMap(javadoc::text).orElseThrow(() -> new AssertionError("no page for " + annotation));
        List<String> attributes;
        try (URLClassLoader loader = Compilers.isolated(jar.path())) {
            attributes = Arrays.stream(loader.loadClass("dev.closecodes." + annotation).getDeclaredMethods())
                    .map(Method::getName).sorted().toList();
        }
        assertFalse(attributes.isEmpty(), annotation + " has attributes");
        for (String attribute : attributes) {
            String detail = detail(page, attribute);
            assertTrue(detail.contains("Example"), () -> annotation + "." + attribute + " has no example: " + detail);
            assertTrue(detail.contains("<code>"), () -> annotation + "." + attribute + " shows no code: " + detail);
        }
    }

    /** The detail section javadoc writes for an annotation attribute. */
    private static String detail(String page, String attribute) {
        int start = page.indexOf("<section class=\"detail\" id=\"" + attribute + "()\">");
        assertTrue(start >= 0, () -> "no detail for " + attribute);
        return page.substring(start, page.indexOf("</section>", start));
    }

    /** The classes of a jar that are not nested, as paths without {@code .class}. */
    private static List<String> topLevelClasses(JarContents jar) {
        return jar.entries().stream()
                .filter(entry -> entry.endsWith(".class") && !entry.contains("$"))
                .map(entry -> entry.substring(0, entry.length() - ".class".length()))
                .sorted().toList();
    }

    private static JarContents jar(String artifact) {
        return JarContents.of(artifact.equals("annotations") ? Artifacts.annotations() : Artifacts.processor());
    }
}
