package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.closecodes.Reconnect;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's tables of reconnect advice compile as written under {@code -Xlint:all -Werror}, and give every code
 * the advice the README promises: a protocol with Pusher-style classes of hundreds, and a service whose 41xx codes
 * mean "refresh your token".
 */
class ReadmeReconnectTablesTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    private static List<String> blocks() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("### Ranges of advice");
        String section = readme.substring(start, readme.indexOf("\n### ", start + 1));
        List<String> blocks = new ArrayList<>();
        Matcher matcher = JAVA_BLOCK.matcher(section);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        assertEquals(2, blocks.size(), "the section shows two tables");
        return blocks;
    }

    /** Compiles a table and returns the advice its generated event gives for a clean close with each code. */
    private static IntFunction<Reconnect> advice(String qualifiedName, String source, String prefix) throws Exception {
        Compilation compilation = Sources.javac().compile(JavaFileObjects.forSourceString(qualifiedName, source));
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader loader = HostileTextTest.loaderOf(compilation);
        String packageName = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
        Class<?> event = loader.loadClass(packageName + "." + prefix + "CloseEvent");
        Object builder = event.getMethod("builder").invoke(null);
        Method code = builder.getClass().getMethod("code", int.class);
        Method wasClean = builder.getClass().getMethod("wasClean", boolean.class);
        Method build = builder.getClass().getMethod("build");
        Method reconnect = event.getMethod("reconnect");
        return value -> {
            try {
                Object b = event.getMethod("builder").invoke(null);
                code.invoke(b, value);
                wasClean.invoke(b, true);
                return (Reconnect) reconnect.invoke(build.invoke(b));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        };
    }

    @Test
    void pusherStyleClassesOfHundreds() throws Exception {
        String source = blocks().get(0);
        assertTrue(source.contains("package com.example.push;"), source);
        IntFunction<Reconnect> advice = advice("com.example.push.PushCloseCodes", source, "Push");

        for (int code = 4000; code <= 4299; code++) {
            Reconnect expected = code < 4100 ? Reconnect.NEVER : code < 4200 ? Reconnect.BACKOFF : Reconnect.IMMEDIATELY;
            assertEquals(expected, advice.apply(code), "code " + code);
        }
        assertEquals(Reconnect.NEVER, advice.apply(4300), "outside the three classes: the APPLICATIONS range");
    }

    @Test
    void aServiceWhose41xxCodesMeanRefreshYourToken() throws Exception {
        String source = blocks().get(1);
        assertTrue(source.contains("package com.example.tickets;"), source);
        IntFunction<Reconnect> advice = advice("com.example.tickets.TicketsCloseCodes", source, "Tickets");

        Map<Integer, Reconnect> own = Map.of(4190, Reconnect.NEVER);
        for (int code = 4000; code <= 4299; code++) {
            Reconnect expected = own.getOrDefault(code,
                    code >= 4100 && code <= 4199 ? Reconnect.REAUTHENTICATE : Reconnect.NEVER);
            assertEquals(expected, advice.apply(code), "code " + code);
        }
        assertEquals(Reconnect.REAUTHENTICATE, advice.apply(3000), "3000 Unauthorized, from the standard table");
    }
}
