package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest table a user can write: every code of 3000–4999 that the standard leaves free, each with
 * translations, in twenty ranges. The JVM caps a method at 64 KB of bytecode, and javac puts the arguments of every
 * enum constant in one method, so the generated types must keep that method small for such a table to compile.
 */
class LargeTableTest {
    private static final Set<Integer> STANDARD = Set.of(3000, 3003, 3008);

    @Test
    void everyFreeCodeOfTheUserSpaceCompilesAndKeepsItsTexts(@TempDir Path classes) throws Exception {
        Compilation compilation = Sources.javac()
                .compile(JavaFileObjects.forSourceString("com.example.big.BigCloseCodes", table()));
        assertThat(compilation).succeededWithoutWarnings();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                Path target = classes.resolve(path.substring(path.indexOf("CLASS_OUTPUT/") + 13));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.write(target, in.readAllBytes());
                }
            }
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                LargeTableTest.class.getClassLoader())) {
            Class<?> codes = loader.loadClass("com.example.big.BigCloseCode");
            Object[] constants = codes.getEnumConstants();
            assertEquals(19 + 2000 - STANDARD.size(), constants.length);
            for (Object constant : constants) {
                int code = (int) codes.getMethod("code").invoke(constant);
                if (code >= 3000 && !STANDARD.contains(code)) {
                    assertEquals("Code " + code, codes.getMethod("title").invoke(constant));
                    assertEquals("Le code " + code + ".",
                            codes.getMethod("description", Locale.class).invoke(constant, Locale.FRENCH));
                }
            }
            Object last = ((Optional<?>) codes.getMethod("fromCode", int.class).invoke(null, 4999)).orElseThrow();
            assertEquals("Código 4999", codes.getMethod("title", Locale.class)
                    .invoke(last, Locale.forLanguageTag("pt-BR")));
            assertEquals("Normal Closure", codes.getMethod("title").invoke(constants[0]));
            assertEquals(Optional.of(last), codes.getMethod("fromName", String.class).invoke(null, "old_4999"));

            Class<?> ranges = loader.loadClass("com.example.big.BigCloseCodeRange");
            assertEquals("BLOCK_49", String.valueOf(ranges.getMethod("classify", int.class).invoke(null, 4999)));
        }
    }

    private static String table() {
        StringBuilder source = new StringBuilder("""
                package com.example.big;

                import dev.closecodes.CloseCode;
                import dev.closecodes.CloseCodeRange;
                import dev.closecodes.CloseCodeTable;
                import dev.closecodes.StandardCloseCodes;
                import dev.closecodes.Translation;

                @CloseCodeTable
                """);
        for (int block = 30; block < 50; block++) {
            source.append(String.format(Locale.ROOT, "@CloseCodeRange(name = \"BLOCK_%d\", from = %d00, to = %d99, "
                    + "title = \"Block %d\", description = \"Codes %d00 to %d99.\", sendable = true)%n",
                    block, block, block, block, block, block));
        }
        source.append("public interface BigCloseCodes extends StandardCloseCodes {\n");
        for (int code = 3000; code < 5000; code++) {
            if (STANDARD.contains(code)) {
                continue;
            }
            source.append(String.format(Locale.ROOT, """
                        @CloseCode(title = "Code %1$d", description = "The code %1$d.", aliases = "OLD_%1$d",
                                translations = {
                                    @Translation(locale = "fr", description = "Le code %1$d."),
                                    @Translation(locale = "pt-BR", title = "Código %1$d", description = "O código %1$d.")})
                        int CODE_%1$d = %1$d;
                    """, code));
        }
        return source.append("}\n").toString();
    }
}
