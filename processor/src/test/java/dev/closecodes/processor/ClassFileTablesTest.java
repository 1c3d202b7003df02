package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.closecodes.CloseCodeTable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table that extends an interface compiled earlier, as when a company's shared codes ship in one jar and each
 * service's table extends them: the processor reads the inherited codes and ranges from class files.
 */
class ClassFileTablesTest {
    private static final String SHARED = """
            package com.example.shared;

            import dev.closecodes.CloseCode;
            import dev.closecodes.CloseCodeRange;
            import dev.closecodes.Reconnect;
            import dev.closecodes.StandardCloseCodes;
            import dev.closecodes.Translation;

            @CloseCodeRange(name = "PLATFORM", from = 4500, to = 4599, title = "Platform",
                    description = "Codes every service of the platform shares.", reconnect = Reconnect.BACKOFF)
            public interface PlatformCloseCodes extends StandardCloseCodes {
                @CloseCode(title = "Maintenance", description = "The platform is down for maintenance.",
                        aliases = "DOWN_FOR_MAINTENANCE",
                        translations = @Translation(locale = "fr", description = "La plateforme est en maintenance."))
                int MAINTENANCE = 4500;

                @CloseCode(title = "Deprecated Client", description = "The client is too old; update it.",
                        reconnect = Reconnect.NEVER, sendable = true)
                int DEPRECATED_CLIENT = 4501;
            }
            """;

    private static final String SERVICE = """
            package com.example.billing;

            import com.example.shared.PlatformCloseCodes;
            import dev.closecodes.CloseCode;
            import dev.closecodes.CloseCodeTable;

            @CloseCodeTable
            public interface BillingCloseCodes extends PlatformCloseCodes {
                @CloseCode(title = "Card Declined", description = "The payment card was declined.")
                int CARD_DECLINED = 4002;

                String CHECK = ""
                        + BillingCloseCode.MAINTENANCE.range()
                        + BillingCloseCode.fromName("down_for_maintenance").orElseThrow();
            }
            """;

    @Test
    void inheritsCodesAndRangesFromClassFiles(@TempDir Path classes) throws Exception {
        Compilation shared = Sources.javac()
                .compile(JavaFileObjects.forSourceString("com.example.shared.PlatformCloseCodes", SHARED));
        assertThat(shared).succeededWithoutWarnings();
        assertTrue(shared.generatedSourceFiles().isEmpty(), "an interface with no @CloseCodeTable generates nothing");
        write(shared, classes);

        Compilation service = Sources.javac()
                .withClasspath(List.of(classes.toFile(), locationOf(CloseCodeTable.class)))
                .compile(JavaFileObjects.forSourceString("com.example.billing.BillingCloseCodes", SERVICE));
        assertThat(service).succeededWithoutWarnings();
        write(service, classes);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ClassFileTablesTest.class.getClassLoader())) {
            Class<?> codes = loader.loadClass("com.example.billing.BillingCloseCode");
            List<String> names = new ArrayList<>();
            for (Object constant : codes.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            assertEquals(List.of("NORMAL_CLOSURE", "GOING_AWAY", "PROTOCOL_ERROR", "UNSUPPORTED_DATA", "RESERVED",
                    "NO_STATUS_RECEIVED", "ABNORMAL_CLOSURE", "INVALID_PAYLOAD", "POLICY_VIOLATION",
                    "MESSAGE_TOO_BIG", "MANDATORY_EXTENSION", "INTERNAL_ERROR", "SERVICE_RESTART", "TRY_AGAIN_LATER",
                    "BAD_GATEWAY", "TLS_HANDSHAKE", "UNAUTHORIZED", "FORBIDDEN", "TIMEOUT", "CARD_DECLINED",
                    "MAINTENANCE", "DEPRECATED_CLIENT"), names);

            Object maintenance = ((Optional<?>) codes.getMethod("fromCode", int.class).invoke(null, 4500)).orElseThrow();
            assertEquals("PLATFORM", String.valueOf(codes.getMethod("range").invoke(maintenance)));
            assertEquals("BACKOFF", String.valueOf(codes.getMethod("reconnect").invoke(maintenance)),
                    "a code without advice of its own takes its inherited range's");
            assertEquals("La plateforme est en maintenance.",
                    codes.getMethod("description", java.util.Locale.class).invoke(maintenance, java.util.Locale.FRENCH));
            assertEquals(List.of("DOWN_FOR_MAINTENANCE"), codes.getMethod("aliases").invoke(maintenance));

            Class<?> ranges = loader.loadClass("com.example.billing.BillingCloseCodeRange");
            Method classify = ranges.getMethod("classify", int.class);
            assertEquals("PLATFORM", String.valueOf(classify.invoke(null, 4599)));
            assertEquals("APPLICATIONS", String.valueOf(classify.invoke(null, 4600)));
            assertEquals("APPLICATIONS", String.valueOf(classify.invoke(null, 4002)));
        }
    }

    /** A protocol's table with overrides, shipped compiled; a service's table extends it. */
    private static final String PROTOCOL = """
            package com.example.protocol;

            import dev.closecodes.CloseCode;
            import dev.closecodes.CloseCodeRange;
            import dev.closecodes.CloseCodeTable;
            import dev.closecodes.Reconnect;
            import dev.closecodes.ReconnectOverride;
            import dev.closecodes.StandardCloseCodes;

            @CloseCodeTable
            @CloseCodeRange(name = "SESSION", from = 4100, to = 4199, title = "Session",
                    description = "The session's credentials are no longer good.")
            @ReconnectOverride(code = StandardCloseCodes.INTERNAL_ERROR, reconnect = Reconnect.NEVER)
            @ReconnectOverride(range = "APPLICATIONS", reconnect = Reconnect.REAUTHENTICATE)
            public interface ProtocolCloseCodes extends StandardCloseCodes {
                @CloseCode(title = "Moved", description = "The server moved the client.",
                        reconnect = Reconnect.IMMEDIATELY)
                int MOVED = 4200;
            }
            """;

    private static final String CLIENT = """
            package com.example.client;

            import com.example.protocol.ProtocolCloseCodes;
            import dev.closecodes.CloseCodeTable;
            import dev.closecodes.Reconnect;
            import dev.closecodes.ReconnectOverride;
            import dev.closecodes.StandardCloseCodes;

            @CloseCodeTable
            @ReconnectOverride(code = StandardCloseCodes.SERVICE_RESTART, reconnect = Reconnect.IMMEDIATELY)
            @ReconnectOverride(code = ProtocolCloseCodes.MOVED, reconnect = Reconnect.BACKOFF)
            public interface ClientCloseCodes extends ProtocolCloseCodes {}
            """;

    @Test
    void inheritsOverriddenAdviceFromClassFiles(@TempDir Path classes) throws Exception {
        Compilation protocol = Sources.javac()
                .compile(JavaFileObjects.forSourceString("com.example.protocol.ProtocolCloseCodes", PROTOCOL));
        assertThat(protocol).succeededWithoutWarnings();
        write(protocol, classes);

        Compilation client = Sources.javac()
                .withClasspath(List.of(classes.toFile(), locationOf(CloseCodeTable.class)))
                .compile(JavaFileObjects.forSourceString("com.example.client.ClientCloseCodes", CLIENT));
        assertThat(client).succeededWithoutWarnings();
        write(client, classes);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ClassFileTablesTest.class.getClassLoader())) {
            for (String prefix : List.of("com.example.protocol.Protocol", "com.example.client.Client")) {
                Class<?> codes = loader.loadClass(prefix + "CloseCode");
                Class<?> ranges = loader.loadClass(prefix + "CloseCodeRange");
                boolean extending = prefix.endsWith("Client");
                assertEquals("NEVER", advice(codes, "INTERNAL_ERROR"), prefix + ": the protocol's override of 1011");
                assertEquals("REAUTHENTICATE", advice(ranges, "APPLICATIONS"), prefix);
                assertEquals("REAUTHENTICATE", advice(ranges, "SESSION"),
                        prefix + ": a range without advice of its own follows its overridden enclosing range");
                assertEquals(extending ? "IMMEDIATELY" : "BACKOFF", advice(codes, "SERVICE_RESTART"), prefix);
                assertEquals(extending ? "BACKOFF" : "IMMEDIATELY", advice(codes, "MOVED"), prefix);
                assertEquals("NEVER", advice(codes, "NORMAL_CLOSURE"), prefix + ": what nobody overrides stays");
            }
        }
    }

    @Test
    void aWarningOfACompiledBaseDoesNotFailTheTableThatExtendsIt(@TempDir Path classes) throws Exception {
        Compilation base = com.google.testing.compile.Compiler.javac().withProcessors(new CloseCodeProcessor())
                .compile(JavaFileObjects.forSourceString("com.example.base.BaseCloseCodes", """
                        package com.example.base;

                        import dev.closecodes.Reconnect;
                        import dev.closecodes.ReconnectOverride;
                        import dev.closecodes.StandardCloseCodes;

                        @ReconnectOverride(code = StandardCloseCodes.GOING_AWAY, reconnect = Reconnect.BACKOFF)
                        @ReconnectOverride(code = StandardCloseCodes.PROTOCOL_ERROR, reconnect = Reconnect.BACKOFF)
                        public interface BaseCloseCodes extends StandardCloseCodes {}
                        """));
        assertThat(base).succeeded();
        write(base, classes);

        Compilation table = Sources.javac()
                .withClasspath(List.of(classes.toFile(), locationOf(CloseCodeTable.class)))
                .compile(JavaFileObjects.forSourceString("com.example.app.AppCloseCodes", """
                        package com.example.app;

                        @dev.closecodes.CloseCodeTable
                        public interface AppCloseCodes extends com.example.base.BaseCloseCodes {}
                        """));

        // The base's redundant override of 1001 was its own build's warning (that build did not check it here).
        assertThat(table).succeededWithoutWarnings();
        write(table, classes);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ClassFileTablesTest.class.getClassLoader())) {
            Class<?> codes = loader.loadClass("com.example.app.AppCloseCode");
            assertEquals("BACKOFF", advice(codes, "PROTOCOL_ERROR"), "the base's override, read from its class file");
        }
    }

    /** The advice of the constant {@code name} of a generated enum. */
    private static String advice(Class<?> generated, String name) throws ReflectiveOperationException {
        Object constant = generated.getMethod("valueOf", String.class).invoke(null, name);
        return String.valueOf(generated.getMethod("reconnect").invoke(constant));
    }

    private static void write(Compilation compilation, Path root) throws IOException {
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            // compile-testing names class outputs /CLASS_OUTPUT/com/example/...class
            String path = file.toUri().getPath();
            Path target = root.resolve(path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream()) {
                Files.write(target, in.readAllBytes());
            }
        }
    }

    private static File locationOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
