package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's worked example compiles as written: the table, then the code that uses the generated types. */
class ReadmeExampleTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void workedExampleCompilesWithTheProcessor() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## A worked example"));
        List<String> blocks = new ArrayList<>();
        Matcher matcher = JAVA_BLOCK.matcher(section);
        while (matcher.find() && blocks.size() < 2) {
            blocks.add(matcher.group(1));
        }
        assertTrue(blocks.size() == 2, "the worked example has a table and a usage block");

        String usage = """
                package com.example.chat;

                import java.util.Locale;

                class Usage {
                    void run() {
                %s
                    }
                }
                """.formatted(blocks.get(1));
        Compilation compilation = Sources.javac().compile(
                JavaFileObjects.forSourceString("com.example.chat.ChatCloseCodes", blocks.get(0)),
                JavaFileObjects.forSourceString("com.example.chat.Usage", usage));
        assertThat(compilation).succeededWithoutWarnings();
    }
}
