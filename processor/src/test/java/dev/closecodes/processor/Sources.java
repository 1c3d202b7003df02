package dev.closecodes.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.tools.JavaFileObject;

/** Compiles test tables with the processor, as a user's build with {@code -Xlint:all -Werror} would. */
final class Sources {
    private Sources() {}

    /** A javac with the processor, strict lint and warnings as errors. */
    static Compiler javac() {
        return Compiler.javac().withProcessors(new CloseCodeProcessor()).withOptions("-Xlint:all", "-Werror");
    }

    /** Returns the text of the generated source {@code qualifiedName}, if the compilation generated it. */
    static Optional<String> generated(Compilation compilation, String qualifiedName) {
        return compilation.generatedSourceFile(qualifiedName).map(Sources::text);
    }

    static String text(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JavaFileObject file) {
        return text(file).getBytes(StandardCharsets.UTF_8);
    }
}
