package dev.closecodes.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The control of {@link CompileTime}: a processor that claims the same annotations as closecodes' and, in its first
 * round, writes sources that closecodes generated earlier, read from the folder given by
 * {@code -Aclosecodes.replay.from}. javac then does exactly the work it does around closecodes' processor (the
 * extra rounds, entering every source again, compiling the generated sources) without the processor's own work, so
 * that the difference between the two is what closecodes itself costs.
 */
public final class ReplayProcessor extends AbstractProcessor {
    /** The option naming the folder of sources to write. */
    static final String FROM = "closecodes.replay.from";

    private boolean written;

    /** Creates the processor; javac does. */
    public ReplayProcessor() {}

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.closecodes.*", "javax.annotation.processing.Generated");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(FROM);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (written || round.processingOver()) {
            return true;
        }
        written = true;
        Path from = Path.of(processingEnv.getOptions().get(FROM));
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String relative = from.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".java".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
                    writer.write(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }
}
