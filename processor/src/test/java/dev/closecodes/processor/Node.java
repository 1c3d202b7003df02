package dev.closecodes.processor;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Node and the TypeScript compiler for the tests of the generated modules. The scripts, {@code package.json}
 * and its lockfile are in {@code src/test/js}, whose {@code npm ci} installs TypeScript. Without Node or
 * TypeScript those tests are skipped with a message, except where the environment variable {@code CI} is set:
 * then they fail.
 */
final class Node {
    /** Where the JavaScript side of the tests lives, from the processor's folder, where Maven runs the tests. */
    static final Path SCRIPTS = Path.of("src", "test", "js").toAbsolutePath();

    private Node() {}

    /** What a process printed, standard output and error together, and how it exited. */
    record Result(int exitCode, String output) {}

    /** The {@code node} executable on the {@code PATH}; the test is skipped or fails without it. */
    static String node() {
        Optional<String> node = find();
        if (node.isEmpty()) {
            missing("Node is not on the PATH (install Debian's nodejs, or Node 20 or later)");
        }
        return node.get();
    }

    /** The {@code node} executable on the {@code PATH}, if there is one. */
    static Optional<String> find() {
        return onPath("node").map(Path::toString);
    }

    /** The TypeScript compiler that {@code npm ci} installs in {@link #SCRIPTS}. */
    static List<String> tsc() {
        String node = node();
        Path tsc = SCRIPTS.resolve("node_modules/typescript/bin/tsc");
        if (!Files.isRegularFile(tsc)) {
            missing("TypeScript is not installed; run 'npm ci' in processor/src/test/js");
        }
        return List.of(node, tsc.toString());
    }

    /** Runs {@code command} in {@code directory} with {@code environment} added, and waits for it. */
    static Result run(List<String> command, Path directory, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(command + " did not finish within 5 minutes:\n" + output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts {@code command} in {@code directory}, its standard error going to the test's. */
    static Process start(List<String> command, Path directory) {
        try {
            return new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> onPath(String name) {
        List<Path> candidates = new ArrayList<>();
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!directory.isEmpty()) {
                candidates.add(Path.of(directory, name));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static void missing(String what) {
        if (System.getenv("CI") != null) {
            fail(what + "; CI is set, so the tests of the generated JavaScript module must run");
        }
        Assumptions.abort(what + ": the tests of the generated JavaScript module are skipped");
    }
}
