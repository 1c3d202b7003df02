package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ES module says what the Java types say, to the letter: for the sample's chat table (the standard table's
 * four languages, nested ranges of its own) and for a table whose names are those of JavaScript's own properties,
 * every {@code int} from -1 to 65,536 goes through {@code fromCode}, {@code classify}, {@code isSendable},
 * {@code isAllowedByCloseMethod} and {@code reconnect}, every name, title and alias in several cases through
 * {@code fromName}, and every text is read in en, pt-BR, pt, pt-PT, fr, fr-CA, zh-CN, zh, zh-TW, de and no locale;
 * Node's own test runner compares.
 */
class ModuleAgreementTest {
    /** A table whose names a careless module would look up on {@code Object.prototype}. */
    static final String PROTOTYPE_NAMES = """
            package com.example.names;

            import dev.closecodes.*;

            @CloseCodeTable
            @CloseCodeRange(name = "constructor", from = 4000, to = 4099, title = "toString",
                    description = "A range named as Object.prototype's members.", reconnect = Reconnect.BACKOFF,
                    translations = @Translation(locale = "pt", title = "valueOf", description = "Uma faixa."))
            @CloseCodeRange(name = "__proto__", from = 4010, to = 4019, title = "hasOwnProperty",
                    description = "A range inside it.", sendable = false)
            public interface NamesCloseCodes extends StandardCloseCodes {
                @CloseCode(title = "isPrototypeOf", description = "A code named constructor.",
                        aliases = {"propertyIsEnumerable", "__defineGetter__"})
                int constructor = 4001;

                @CloseCode(title = "Proto", description = "A code named __proto__.", sendable = false)
                int __proto__ = 4011;

                @CloseCode(title = "To String", description = "A code named toString.", aliases = "valueOf_",
                        translations = @Translation(locale = "zh-TW", title = "轉字串", description = "繁體中文。"))
                int toString = 4012;

                @CloseCode(title = "hasOwnProperty title", description = "A code named hasOwnProperty.",
                        aliases = "toLocaleString")
                int hasOwnProperty = 4099;
            }
            """;

    @TempDir
    Path directory;

    @Test
    void theModulesAgreeWithTheJavaTypesForEveryCodeAndLocale() throws Exception {
        String chat = Files.readString(Path.of("..", "sample", "src", "main", "java", "dev", "closecodes", "sample",
                "ChatCloseCodes.java"), StandardCharsets.UTF_8);
        Compilation compilation = Sources.javac().compile(
                JavaFileObjects.forSourceString("dev.closecodes.sample.ChatCloseCodes", chat),
                JavaFileObjects.forSourceString("com.example.names.NamesCloseCodes", PROTOTYPE_NAMES));
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader loader = HostileTextTest.loaderOf(compilation);
        Map<String, Path> modules = GeneratedModules.write(compilation.generatedFiles(), directory);

        StringBuilder cases = new StringBuilder("[");
        for (String[] table : List.of(new String[] {"dev.closecodes.sample", "Chat"},
                new String[] {"com.example.names", "Names"})) {
            JavaAnswers answers = new JavaAnswers(loader, table[0], table[1]);
            Path expected = directory.resolve(table[1] + ".json");
            Files.writeString(expected, answers.json(JavaAnswers.everyCode(), List.of("", "no such code", "1000")),
                    StandardCharsets.UTF_8);
            Path module = modules.get(table[0].replace('.', '/') + "/" + table[1] + "CloseCodes.js");
            cases.append(cases.length() > 1 ? "," : "").append("{\"module\":").append(JavaAnswers.string(
                            module.toString()))
                    .append(",\"codeObject\":").append(JavaAnswers.string(answers.codeObject()))
                    .append(",\"expected\":").append(JavaAnswers.string(expected.toString())).append('}');
        }
        Path list = directory.resolve("cases.json");
        Files.writeString(list, cases.append(']'), StandardCharsets.UTF_8);

        Node.Result result = Node.run(List.of(Node.node(), "--test", "agreement.test.mjs"), Node.SCRIPTS,
                Map.of("CLOSECODES_CASES", list.toString()));
        assertEquals(0, result.exitCode(), result.output());
        assertBothTablesPassed(result.output());
    }

    /** Node's runner ran both tables' tests, and each passed. */
    private static void assertBothTablesPassed(String output) {
        com.google.common.truth.Truth.assertThat(output).contains("# pass 2");
        com.google.common.truth.Truth.assertThat(output).contains("# fail 0");
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
