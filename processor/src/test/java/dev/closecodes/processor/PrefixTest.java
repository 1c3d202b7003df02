package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated names: default and explicit prefixes, and several tables in one compilation. */
class PrefixTest {

    @ParameterizedTest(name = "{0} with prefix \"{1}\" generates {2}CloseCode")
    @CsvSource({
        "ChatCloseCodes, '', Chat",
        "CloseCodes, '', CloseCodes",
        "Codes, '', Codes",
        "MyChatCloseCodesCloseCodes, '', MyChatCloseCodes",
        "ChatCloseCodes, Messaging, Messaging",
        "Anything, V2, V2",
    })
    void prefixNamesTheGeneratedTypes(String tableName, String prefix, String expected) {
        String annotation = prefix.isEmpty() ? "@CloseCodeTable" : "@CloseCodeTable(prefix = \"" + prefix + "\")";
        Compilation compilation = Sources.javac().compile(table("com.example", tableName, annotation, 4001));
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(
                List.of(expected + "CloseCode", expected + "CloseCodeRange", expected + "CloseEvent"),
                generatedNames(compilation));
    }

    @Test
    void severalTablesInOneCompilationEachGetTheirOwnTypes() {
        Compilation compilation = Sources.javac().compile(
                table("com.example.chat", "ChatCloseCodes", "@CloseCodeTable", 4001),
                table("com.example.game", "GameCloseCodes", "@CloseCodeTable", 4002),
                table("com.example.game", "LobbyCodes", "@CloseCodeTable(prefix = \"Lobby\")", 4003));
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of("ChatCloseCode", "ChatCloseCodeRange", "ChatCloseEvent", "GameCloseCode",
                "GameCloseCodeRange", "GameCloseEvent", "LobbyCloseCode", "LobbyCloseCodeRange", "LobbyCloseEvent"),
                generatedNames(compilation));
        assertThat(compilation).generatedSourceFile("com.example.game.LobbyCloseCode")
                .contentsAsUtf8String().contains("OWN(4003, true");
        assertThat(compilation).generatedSourceFile("com.example.game.GameCloseCode")
                .contentsAsUtf8String().contains("OWN(4002, true");
    }

    @Test
    void aNestedTableGeneratesTopLevelTypesInItsPackage() {
        Compilation compilation = Sources.javac().compile(JavaFileObjects.forSourceString("com.example.Service", """
                package com.example;

                import dev.closecodes.*;

                public class Service {
                    @CloseCodeTable
                    public interface ServiceCloseCodes extends StandardCloseCodes {
                        @CloseCode(title = "Own", description = "A code of the service's own.")
                        int OWN = 4001;
                    }

                    static final String CHECK = ServiceCloseCode.OWN.title();
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.ServiceCloseCode")
                .contentsAsUtf8String().contains("{@link Service.ServiceCloseCodes}");
    }

    private static JavaFileObject table(String packageName, String name, String annotation, int code) {
        return JavaFileObjects.forSourceString(packageName + "." + name, """
                package %s;

                import dev.closecodes.CloseCode;
                import dev.closecodes.CloseCodeTable;
                import dev.closecodes.StandardCloseCodes;

                %s
                public interface %s extends StandardCloseCodes {
                    @CloseCode(title = "Own", description = "A code of this table's own.")
                    int OWN = %d;
                }
                """.formatted(packageName, annotation, name, code));
    }

    private static List<String> generatedNames(Compilation compilation) {
        return compilation.generatedSourceFiles().stream()
                .map(file -> file.getName().replaceAll(".*/", "").replace(".java", ""))
                .collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }
}
