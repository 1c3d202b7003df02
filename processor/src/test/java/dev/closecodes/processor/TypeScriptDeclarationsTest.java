package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TypeScript declarations pass {@code tsc --strict}, for the sample's table, a table named as
 * {@code Object.prototype}'s members and a table of hostile text; a typed consumer of the sample's module
 * compiles; and a consumer that assigns a code the table does not declare to {@code ChatCloseCodeValue} does not.
 */
class TypeScriptDeclarationsTest {
    private static final List<String> STRICT = List.of("--strict", "--noEmit", "--target", "es2022", "--module",
            "esnext", "--moduleResolution", "bundler", "--erasableSyntaxOnly", "--noUnusedLocals");

    @TempDir
    Path directory;

    private Map<String, Path> modules;

    @BeforeEach
    void generate() throws IOException {
        String chat = Files.readString(Path.of("..", "sample", "src", "main", "java", "dev", "closecodes", "sample",
                "ChatCloseCodes.java"), StandardCharsets.UTF_8);
        Compilation compilation = Sources.javac().compile(
                JavaFileObjects.forSourceString("dev.closecodes.sample.ChatCloseCodes", chat),
                JavaFileObjects.forSourceString("com.example.names.NamesCloseCodes",
                        ModuleAgreementTest.PROTOTYPE_NAMES),
                HostileTextTest.hostileTable());
        assertThat(compilation).succeededWithoutWarnings();
        modules = GeneratedModules.write(compilation.generatedFiles(), directory);
        Path chatFolder = directory.resolve("dev/closecodes/sample");
        for (String consumer : List.of("consumer.ts", "undeclared-code.ts")) {
            Files.copy(Node.SCRIPTS.resolve("typescript").resolve(consumer), chatFolder.resolve(consumer));
        }
    }

    @Test
    void declarationsPassStrictTypeScript() {
        List<String> files = modules.keySet().stream().filter(path -> path.endsWith(".d.ts"))
                .map(path -> modules.get(path).toString()).toList();
        assertThat(files).hasSize(3);
        Node.Result result = tsc(files);
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void aTypedConsumerCompiles() {
        Node.Result result = tsc(List.of(directory.resolve("dev/closecodes/sample/consumer.ts").toString()));
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void anUndeclaredCodeIsATypeError() {
        Node.Result result = tsc(List.of(directory.resolve("dev/closecodes/sample/undeclared-code.ts").toString()));
        assertNotEquals(0, result.exitCode(), result.output());
        assertThat(result.output()).contains("undeclared-code.ts(4,14): error TS2322: "
                + "Type '4002' is not assignable to type 'ChatCloseCodeValue'.");
    }

    private Node.Result tsc(List<String> files) {
        List<String> command = new ArrayList<>(Node.tsc());
        command.addAll(STRICT);
        command.addAll(files);
        return Node.run(command, directory, Map.of());
    }
}
