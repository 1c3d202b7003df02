package dev.closecodes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Eclipse compiler (ecj), which IDE users run on every keystroke, compiles the sample's table with the processor
 * and a class that uses the generated types; the generated sources are byte for byte javac's, and the compiled
 * types answer every call as javac's do.
 */
class EclipseCompilerTest {
    private static final String PACKAGE = "dev/closecodes/sample/";
    private static final List<String> GENERATED = List.of("ChatCloseCode", "ChatCloseCodeRange", "ChatCloseEvent");

    /**
     * ecj's default warnings, and those of its optional ones that a careful project turns on: unused code, javadoc
     * problems, null analysis, missing hashCode, unnecessary else, casts and instanceof, and unneeded
     * {@code @SuppressWarnings}.
     */
    private static final String ECJ_WARNINGS =
            "-warn:+unused,allJavadoc,null,hashCode,unnecessaryElse,uselessTypeCheck,warningToken,allDeprecation";

    @TempDir
    static Path work;
    private static Path javacClasses;
    private static Path ecjClasses;

    @BeforeAll
    static void compileWithBoth() {
        List<Path> sources = List.of(
                Artifacts.project("sample/src/main/java/" + PACKAGE + "ChatCloseCodes.java"),
                Artifacts.project("integration-tests/src/test/fixtures/ecj/" + PACKAGE + "ChatProbe.java"));
        javacClasses = work.resolve("javac");
        ecjClasses = work.resolve("ecj");
        Compilers.javac(List.of("--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8",
                "-processorpath", Artifacts.join(Artifacts.processorPath()),
                "-classpath", Artifacts.annotations().toString(),
                "-d", javacClasses.toString(), "-s", work.resolve("javac-generated").toString()), sources);
        // -classpath before -processorpath: ecj lets a later -classpath replace the processor path (Eclipse bug
        // 573833), so the processor would be looked for on the class path only.
        List<String> ecj = new ArrayList<>(List.of("--release", "17", ECJ_WARNINGS, "-encoding", "UTF-8",
                "-classpath", Artifacts.annotations().toString(),
                "-processorpath", Artifacts.join(Artifacts.processorPath()),
                "-d", ecjClasses.toString(), "-s", work.resolve("ecj-generated").toString()));
        sources.forEach(source -> ecj.add(source.toString()));
        Compilers.ecj(ecj);
    }

    @Test
    void generatesTheSameSourcesAsJavac() throws IOException {
        for (String type : GENERATED) {
            Path fromJavac = work.resolve("javac-generated").resolve(PACKAGE + type + ".java");
            Path fromEcj = work.resolve("ecj-generated").resolve(PACKAGE + type + ".java");
            assertTrue(Files.isRegularFile(fromEcj), () -> "ecj did not generate " + type);
            assertEquals(Files.readString(fromJavac), Files.readString(fromEcj), type);
        }
    }

    @Test
    void compiledTypesBehaveAsJavacs() throws Exception {
        List<String> fromJavac = probe(javacClasses);
        List<String> fromEcj = probe(ecjClasses);
        // The probe really ran the generated code: a few answers known from the table.
        assertTrue(fromJavac.size() > 10_000, "probe lines: " + fromJavac.size());
        assertHasLine(fromJavac, "classify | 4001 | TOKEN_EXPIRED | AUTH | true | true");
        assertHasLine(fromJavac, "fromName | close_normal | NORMAL_CLOSURE");
        assertHasLine(fromJavac,
                "code | TOKEN_EXPIRED | fr | Le jeton de session a expiré ; reconnectez-vous avant de revenir.");
        assertHasLine(fromJavac, "fromPayload | [3] | 1002 | ");
        assertHasLine(fromJavac, "fromPayload | [3, -24, -61, 40] | 1007 | ");
        for (int i = 0; i < Math.max(fromJavac.size(), fromEcj.size()); i++) {
            String javac = i < fromJavac.size() ? fromJavac.get(i) : "(nothing)";
            String ecj = i < fromEcj.size() ? fromEcj.get(i) : "(nothing)";
            assertEquals(javac, ecj, "line " + (i + 1) + " of the probe");
        }
    }

    /**
     * The graphql-transport-ws table overrides inherited advice with eight repeated {@code @ReconnectOverride}s:
     * ecj, which hands the processor repeated annotations in their container as javac does, must give the same
     * sources.
     */
    @Test
    void readsRepeatedOverridesAsJavacDoes() throws IOException {
        String graphql = "dev/closecodes/sample/graphql/";
        List<Path> sources = List.of(Artifacts.project("sample/src/main/java/" + graphql
                + "GraphqlTransportWsCloseCodes.java"));
        Path root = work.resolve("graphql");
        Compilers.javac(List.of("--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8",
                "-processorpath", Artifacts.join(Artifacts.processorPath()),
                "-classpath", Artifacts.annotations().toString(),
                "-d", root.resolve("javac").toString(), "-s", root.resolve("javac-generated").toString()), sources);
        List<String> ecj = new ArrayList<>(List.of("--release", "17", ECJ_WARNINGS, "-encoding", "UTF-8",
                "-classpath", Artifacts.annotations().toString(),
                "-processorpath", Artifacts.join(Artifacts.processorPath()),
                "-d", root.resolve("ecj").toString(), "-s", root.resolve("ecj-generated").toString()));
        sources.forEach(source -> ecj.add(source.toString()));
        Compilers.ecj(ecj);

        for (String type : List.of("CloseCode", "CloseCodeRange", "CloseEvent")) {
            String file = graphql + "GraphqlTransportWs" + type + ".java";
            Path fromEcj = root.resolve("ecj-generated").resolve(file);
            assertTrue(Files.isRegularFile(fromEcj), () -> "ecj did not generate " + file);
            String generated = Files.readString(fromEcj);
            assertEquals(Files.readString(root.resolve("javac-generated").resolve(file)), generated, file);
            if (type.equals("CloseCode")) {
                assertTrue(generated.contains("INTERNAL_ERROR(1011, true, Reconnect.NEVER)"),
                        "the override of 1011 reached the enum");
            }
        }
    }

    private static void assertHasLine(List<String> lines, String start) {
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(start)), () -> "no line starts with " + start);
    }

    private static List<String> probe(Path classes) throws Exception {
        try (URLClassLoader loader = Compilers.isolated(classes, Artifacts.annotations())) {
            Supplier<?> probe = (Supplier<?>) loader.loadClass("dev.closecodes.sample.ChatProbe")
                    .getConstructor().newInstance();
            return String.valueOf(probe.get()).lines().toList();
        }
    }
}
