package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What Gradle relies on when it treats the processor as isolating: every generated file is created with exactly one
 * originating element, the table it comes from, however the table inherits its codes and however many tables the
 * compilation holds; and nothing is written but source files and each table's ES module.
 */
class OriginatingElementsTest {
    private static final String CHAT = "INTERFACE com.example.chat.ChatCloseCodes";
    private static final String LOBBY = "INTERFACE com.example.game.Lobby.Codes";

    @Test
    void eachGeneratedFileNamesOnlyItsOwnTable() {
        RecordingProcessor processor = new RecordingProcessor();
        Compilation compilation = Sources.javac().withProcessors(processor).compile(
                // A supertype of the table in the same compilation, with codes of its own: it is read, but the
                // generated files still name only the table.
                JavaFileObjects.forSourceString("com.example.chat.AccountCloseCodes", """
                        package com.example.chat;

                        import dev.closecodes.*;

                        @CloseCodeRange(name = "ACCOUNT", from = 4000, to = 4099, title = "Account",
                                description = "Something is wrong with the account.")
                        public interface AccountCloseCodes extends StandardCloseCodes {
                            @CloseCode(title = "Banned", description = "The account is banned.")
                            int BANNED = 4003;
                        }
                        """),
                JavaFileObjects.forSourceString("com.example.chat.ChatCloseCodes", """
                        package com.example.chat;

                        import dev.closecodes.*;

                        @CloseCodeTable
                        public interface ChatCloseCodes extends AccountCloseCodes {
                            @CloseCode(title = "Token Expired", description = "The session token expired.")
                            int TOKEN_EXPIRED = 4001;
                        }
                        """),
                JavaFileObjects.forSourceString("com.example.game.Lobby", """
                        package com.example.game;

                        import dev.closecodes.*;

                        public final class Lobby {
                            private Lobby() {}

                            @CloseCodeTable(prefix = "Lobby")
                            public interface Codes extends StandardCloseCodes {
                                @CloseCode(title = "Lobby Full", description = "The lobby is full.")
                                int FULL = 4200;
                            }
                        }
                        """));
        assertThat(compilation).succeededWithoutWarnings();

        Map<String, List<String>> expected = Map.of(
                "com.example.chat.ChatCloseCode", List.of(CHAT),
                "com.example.chat.ChatCloseCodeRange", List.of(CHAT),
                "com.example.chat.ChatCloseEvent", List.of(CHAT),
                "com.example.game.LobbyCloseCode", List.of(LOBBY),
                "com.example.game.LobbyCloseCodeRange", List.of(LOBBY),
                "com.example.game.LobbyCloseEvent", List.of(LOBBY));
        assertEquals(expected, processor.filer.sources);
        String chat = "CLASS_OUTPUT /META-INF/resources/closecodes/com/example/chat/ChatCloseCodes";
        String lobby = "CLASS_OUTPUT /META-INF/resources/closecodes/com/example/game/LobbyCloseCodes";
        assertEquals(Map.of(chat + ".js", List.of(CHAT), chat + ".d.ts", List.of(CHAT),
                lobby + ".js", List.of(LOBBY), lobby + ".d.ts", List.of(LOBBY)), processor.filer.resources);
        assertEquals(List.of(), processor.filer.others, "only source files and the modules are written");
    }

    /** {@link CloseCodeProcessor}, given a {@link Filer} that records what it is asked to create. */
    private static final class RecordingProcessor implements Processor {
        private final CloseCodeProcessor processor = new CloseCodeProcessor();
        private RecordingFiler filer;

        @Override
        public void init(ProcessingEnvironment env) {
            filer = new RecordingFiler(env.getFiler());
            processor.init(new Environment(env, filer));
        }

        @Override
        public Set<String> getSupportedOptions() {
            return processor.getSupportedOptions();
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return processor.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return processor.getSupportedSourceVersion();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return processor.process(annotations, round);
        }

        @Override
        public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
                ExecutableElement member, String userText) {
            return processor.getCompletions(element, annotation, member, userText);
        }
    }

    /** The compiler's environment with a recording {@link Filer}. */
    private record Environment(ProcessingEnvironment env, Filer filer) implements ProcessingEnvironment {
        @Override
        public Map<String, String> getOptions() {
            return env.getOptions();
        }

        @Override
        public Messager getMessager() {
            return env.getMessager();
        }

        @Override
        public Filer getFiler() {
            return filer;
        }

        @Override
        public Elements getElementUtils() {
            return env.getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
            return env.getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
            return env.getSourceVersion();
        }

        @Override
        public Locale getLocale() {
            return env.getLocale();
        }
    }

    /** Records the originating elements of each created source file and resource, and every other file created. */
    private static final class RecordingFiler implements Filer {
        private final Filer filer;
        final Map<String, List<String>> sources = new TreeMap<>();
        final Map<String, List<String>> resources = new TreeMap<>();
        final List<String> others = new ArrayList<>();

        RecordingFiler(Filer filer) {
            this.filer = filer;
        }

        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
            sources.put(name.toString(), Arrays.stream(originatingElements)
                    .map(element -> element.getKind() + " " + ((QualifiedNameable) element).getQualifiedName())
                    .collect(Collectors.toList()));
            return filer.createSourceFile(name, originatingElements);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
            others.add("class " + name);
            return filer.createClassFile(name, originatingElements);
        }

        @Override
        public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                CharSequence relativeName, Element... originatingElements) throws IOException {
            resources.put(location.getName() + " " + moduleAndPkg + "/" + relativeName,
                    Arrays.stream(originatingElements)
                            .map(element -> element.getKind() + " " + ((QualifiedNameable) element).getQualifiedName())
                            .collect(Collectors.toList()));
            return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                CharSequence relativeName) throws IOException {
            others.add("read " + moduleAndPkg + "/" + relativeName);
            return filer.getResource(location, moduleAndPkg, relativeName);
        }
    }
}
