package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources of a small table, compared as text, javadoc included, with files checked in under
 * {@code src/test/resources/golden}. After an intended change to the output, regenerate them with
 * {@code mvn -pl processor -am verify -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dclosecodes.golden.update=true} and review the diff.
 */
class GoldenFilesTest {
    private static final String TABLE = """
            package com.example.game;

            import dev.closecodes.CloseCode;
            import dev.closecodes.CloseCodeRange;
            import dev.closecodes.CloseCodeTable;
            import dev.closecodes.Reconnect;
            import dev.closecodes.ReconnectOverride;
            import dev.closecodes.StandardCloseCodes;
            import dev.closecodes.Translation;

            @CloseCodeTable
            @CloseCodeRange(name = "MATCH", from = 4000, to = 4099, title = "Match",
                    description = "The match the player was in ended.", reconnect = Reconnect.BACKOFF)
            @ReconnectOverride(code = StandardCloseCodes.INTERNAL_ERROR, reconnect = Reconnect.NEVER)
            @ReconnectOverride(range = "LIBRARIES", reconnect = Reconnect.BACKOFF)
            public interface GameCloseCodes extends StandardCloseCodes {
                @CloseCode(title = "Kicked", description = "The host removed the player from the match.",
                        reconnect = Reconnect.NEVER, aliases = "REMOVED",
                        translations = @Translation(locale = "fr", title = "Exclu",
                                description = "L'hôte a retiré le joueur de la partie."))
                int KICKED = 4000;

                @CloseCode(title = "Match Over", description = "The match ended; join another one.")
                int MATCH_OVER = 4001;

                @CloseCode(title = "Server Moved", description = "The match moved to another server; follow it.",
                        reconnect = Reconnect.IMMEDIATELY)
                int SERVER_MOVED = 4100;

                @CloseCode(title = "Ticket Expired", description = "The match ticket expired; get a new one.",
                        reconnect = Reconnect.REAUTHENTICATE)
                int TICKET_EXPIRED = 4101;
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"GameCloseCode", "GameCloseCodeRange", "GameCloseEvent"})
    void generatedSourceMatchesGoldenFile(String simpleName) throws IOException {
        Compilation compilation = Sources.javac()
                .compile(JavaFileObjects.forSourceString("com.example.game.GameCloseCodes", TABLE));
        assertThat(compilation).succeededWithoutWarnings();

        String actual = Sources.generated(compilation, "com.example.game." + simpleName).orElseThrow();
        String resource = "golden/" + simpleName + ".java";
        if (Boolean.getBoolean("closecodes.golden.update")) {
            Path target = Path.of("src/test/resources", resource);
            Files.writeString(target, actual, StandardCharsets.UTF_8);
        }
        try (InputStream golden = GoldenFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            String expected = golden == null ? "(missing " + resource + ")" : new String(golden.readAllBytes(),
                    StandardCharsets.UTF_8);
            assertEquals(expected, actual, "generated " + simpleName + " differs from " + resource);
        }
    }
}
