package dev.closecodes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named module that declares a table: compiled with the annotations module on the module path and the processor
 * on the processor path, then run on the module path in its own JVM.
 *
 * <p>{@code @javax.annotation.processing.Generated} lives in module {@code java.compiler}. A module that does not read
 * it gets generated types without it (and compiles); one that does, with {@code requires static java.compiler;},
 * gets it. Being in the module graph is not enough: the table's module must read {@code java.compiler}.
 */
class NamedModuleTest {
    private static final String GENERATED_IMPORT = "import javax.annotation.processing.Generated;";

    @TempDir
    Path work;

    @Test
    void aModuleThatReadsOnlyTheAnnotationsCompilesAndRuns() {
        Path classes = compile(List.of("requires dev.closecodes;"), List.of());
        assertFalse(generatedSource().contains(GENERATED_IMPORT), "@Generated needs java.compiler");
        assertEquals(EXPECTED_OUTPUT, run(classes));
    }

    @Test
    void aModuleThatReadsJavaCompilerGetsGenerated() {
        Path classes = compile(List.of("requires dev.closecodes;", "requires static java.compiler;"), List.of());
        assertTrue(generatedSource().contains(GENERATED_IMPORT), "java.compiler is read");
        // `requires static`: java.compiler is not needed at run time.
        assertEquals(EXPECTED_OUTPUT, run(classes));
    }

    @Test
    void javaCompilerInTheGraphButNotReadIsLeftOut() {
        Path classes = compile(List.of("requires dev.closecodes;"), List.of("--add-modules", "java.compiler"));
        assertFalse(generatedSource().contains(GENERATED_IMPORT), "the module does not read java.compiler");
        assertEquals(EXPECTED_OUTPUT, run(classes));
    }

    private static final String EXPECTED_OUTPUT = String.join(System.lineSeparator(),
            "module com.example.chat",
            "4001 TOKEN_EXPIRED Token Expired AUTH NEVER sendable",
            "4050 AUTH, 4500 APPLICATIONS, 1006 sendable false",
            "TokenExpired Optional[TOKEN_EXPIRED]",
            "round trip true, 1005 from an empty body",
            "modules at run time: [com.example.chat, dev.closecodes, java.base]",
            "");

    /** Writes the module and compiles it with javac, {@code -Xlint:all -Werror}; returns its class folder. */
    private Path compile(List<String> moduleDirectives, List<String> extraOptions) {
        Path sources = work.resolve("src");
        write(sources.resolve("module-info.java"), "module com.example.chat {\n    "
                + String.join("\n    ", moduleDirectives) + "\n}\n");
        write(sources.resolve("com/example/chat/ChatCloseCodes.java"), """
                package com.example.chat;

                import dev.closecodes.CloseCode;
                import dev.closecodes.CloseCodeRange;
                import dev.closecodes.CloseCodeTable;
                import dev.closecodes.Reconnect;
                import dev.closecodes.StandardCloseCodes;

                /** The chat service's close codes. */
                @CloseCodeTable
                @CloseCodeRange(name = "AUTH", from = 4000, to = 4099, title = "Authentication",
                        description = "The server refused the client's credentials.", reconnect = Reconnect.NEVER)
                public interface ChatCloseCodes extends StandardCloseCodes {
                    /** The session token expired. */
                    @CloseCode(title = "Token Expired", aliases = "TokenExpired",
                            description = "The session token expired; sign in again before reconnecting.")
                    int TOKEN_EXPIRED = 4001;
                }
                """);
        write(sources.resolve("com/example/chat/Main.java"), """
                package com.example.chat;

                /** Uses the generated types. */
                public final class Main {
                    private Main() {}

                    /**
                     * Prints what the generated types answer.
                     *
                     * @param args not used
                     */
                    public static void main(String[] args) {
                        System.out.println(Main.class.getModule());
                        ChatCloseCode code = ChatCloseCode.fromCode(4001).orElseThrow();
                        System.out.println(code.code() + " " + code + " " + code.title() + " " + code.range() + " "
                                + code.reconnect() + " " + (code.sendable() ? "sendable" : "local"));
                        System.out.println("4050 " + ChatCloseCodeRange.classify(4050) + ", 4500 "
                                + ChatCloseCodeRange.classify(4500) + ", 1006 sendable "
                                + ChatCloseCodeRange.isSendable(1006));
                        System.out.println("TokenExpired " + ChatCloseCode.fromName("tokenexpired"));
                        ChatCloseEvent event = ChatCloseEvent.builder().code(code).reason("bye").wasClean(true).build();
                        System.out.println("round trip " + ChatCloseEvent.fromPayload(event.toPayload()).equals(event)
                                + ", " + ChatCloseEvent.fromPayload(new byte[0]).code() + " from an empty body");
                        System.out.println("modules at run time: " + ModuleLayer.boot().modules().stream()
                                .map(Module::getName).sorted().toList());
                    }
                }
                """);
        Path classes = work.resolve("classes");
        List<String> options = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror",
                "--module-path", Artifacts.annotations().toString(),
                "--processor-path", Artifacts.join(Artifacts.processorPath()),
                "-d", classes.toString(), "-s", work.resolve("generated").toString()));
        options.addAll(extraOptions);
        Compilers.javac(options, Compilers.sourcesUnder(sources));
        return classes;
    }

    private String generatedSource() {
        Path source = work.resolve("generated/com/example/chat/ChatCloseCode.java");
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(Path classes) {
        return Compilers.run(List.of("--module-path", Artifacts.join(List.of(classes, Artifacts.annotations())),
                // Only what the module requires is observable: generated code needs java.base and the annotations.
                "--limit-modules", "com.example.chat",
                "--module", "com.example.chat/com.example.chat.Main"));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
