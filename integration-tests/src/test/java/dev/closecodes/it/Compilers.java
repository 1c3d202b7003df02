package dev.closecodes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;

/** Runs javac and the Eclipse compiler in this JVM, and programs in a child JVM. */
final class Compilers {
    private Compilers() {}

    /**
     * Compiles {@code sources} with the running JDK's javac and {@code options}, and fails with every diagnostic if
     * javac reports anything at all (the options include {@code -Xlint:all -Werror} where it matters).
     */
    static void javac(List<String> options, List<Path> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            StringWriter out = new StringWriter();
            boolean success = javac.getTask(out, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            String reported = diagnostics.getDiagnostics().stream()
                    .map(diagnostic -> diagnostic.getKind() + " " + diagnostic.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n")) + out;
            assertTrue(success, () -> "javac failed:\n" + reported);
            assertEquals("", reported, "javac reported");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles with the Eclipse compiler's batch entry point (what Maven's and Gradle's ecj integrations call), and
     * fails with its output if it reports any error or warning.
     */
    static void ecj(List<String> arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        boolean success = BatchCompiler.compile(arguments.toArray(String[]::new), new PrintWriter(out),
                new PrintWriter(err), null);
        String reported = out + "" + err;
        assertTrue(success, () -> "ecj failed:\n" + reported);
        assertEquals("", reported, "ecj reported");
    }

    /** Every {@code .java} file under {@code root}, in a stable order. */
    static List<Path> sourcesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class loader over {@code paths} that sees nothing of the tests' class path, only the JDK. */
    static URLClassLoader isolated(Path... paths) {
        List<URL> urls = new ArrayList<>();
        for (Path path : paths) {
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Runs {@code java} with {@code arguments} in a child JVM, and returns what it printed; fails if it fails. */
    static String run(List<String> arguments) {
        return runTool("java", arguments);
    }

    /** Runs the JDK's {@code javac} command in a child process; fails with its output unless it succeeds silently. */
    static void javacCommand(List<String> arguments) {
        assertEquals("", runTool("javac", arguments), "javac reported");
    }

    private static String runTool(String tool, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Artifacts.jdkTool(tool).toString());
        command.addAll(arguments);
        try {
            Path output = Files.createTempFile("closecodes-run", ".txt");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                // A bound for a hung child only, far above the second or so it takes.
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not end");
                }
                String printed = Files.readString(output, StandardCharsets.UTF_8);
                assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + printed);
                return printed;
            } finally {
                Files.delete(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
