package dev.closecodes.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.processor.Declarations.TableDeclaration;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Generates {@code {prefix}CloseCode}, {@code {prefix}CloseCodeRange} and {@code {prefix}CloseEvent} for every
 * interface annotated with {@code @CloseCodeTable}.
 *
 * <p>This class only runs the phases, each in a room of its own: {@link StrayAnnotationChecks} looks at the
 * annotations no table reads; for each table, {@link TableReader} reads its declarations from annotation mirrors,
 * {@link TableChecker} reports every mistake and builds the model, the writers turn the model into types, and
 * {@link GeneratedFiles} marks them and hands them to the {@code Filer}; {@link JavaScriptModuleWriter} writes the
 * same table as an ES module with TypeScript declarations into the class output. A table with an error generates
 * nothing.
 *
 * <p>Generated types carry {@code @javax.annotation.processing.Generated} when the table's module reads
 * {@code java.compiler} (the unnamed module always does, if the JDK has it); option
 * {@code -Aclosecodes.generatedAnnotation=false} leaves it out everywhere. Option {@code -Aclosecodes.javascript=false}
 * leaves out the ES modules.
 */
@AutoService(Processor.class)
public final class CloseCodeProcessor extends AbstractProcessor {
    /** What the processor writes through: the compiler's {@code Filer}, or one that a test watches. */
    private final UnaryOperator<Filer> filers;

    /** Creates the processor; javac does, through {@code META-INF/services}. */
    public CloseCodeProcessor() {
        this(UnaryOperator.identity());
    }

    /** Creates a processor that writes through {@code filers} applied to the compiler's {@code Filer}. */
    CloseCodeProcessor(UnaryOperator<Filer> filers) {
        this.filers = filers;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // The markers on the types this processor generates are claimed too: the next round sees them, and an
        // unclaimed annotation is a warning that breaks users' -Xlint:all -Werror builds.
        return Set.of(Annotations.TABLE, Annotations.CODE, Annotations.RANGE, Annotations.RANGES,
                Annotations.TRANSLATION, Annotations.OVERRIDE, Annotations.OVERRIDES,
                GeneratedFiles.MARKER.canonicalName(), GeneratedFiles.GENERATED.canonicalName());
    }

    /** Whether each table also gets its ES module and TypeScript declarations; {@code true} by default. */
    static final String JAVASCRIPT_OPTION = "closecodes.javascript";

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(GeneratedFiles.GENERATED_OPTION, JAVASCRIPT_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Elements elements = processingEnv.getElementUtils();
        Reporter reporter = new Reporter(processingEnv.getMessager(), SourceLocator.of(processingEnv));
        List<TypeElement> tables = Annotations.typesAnnotated(round, elements, Annotations.TABLE);
        Set<String> inSource = new TreeSet<>();
        for (TypeElement root : ElementFilter.typesIn(round.getRootElements())) {
            inSource.add(root.getQualifiedName().toString());
        }
        try {
            new StrayAnnotationChecks(reporter, elements).check(round, tables);
        } catch (RuntimeException e) {
            reporter.report(Problem.UNEXPECTED, Position.of(null), String.join(", ", inSource), e, stackTrace(e));
        }
        TableReader reader = new TableReader(type -> inSource.contains(outermost(type).getQualifiedName().toString()));
        TableChecker checker = new TableChecker(reporter, elements);
        GeneratedFiles files = new GeneratedFiles(processingEnv, filers.apply(processingEnv.getFiler()), reporter,
                CloseCodeProcessor.class.getCanonicalName());
        for (TypeElement element : tables) {
            try {
                TableDeclaration declaration = reader.read(element);
                boolean withJavaScript = !"false".equalsIgnoreCase(processingEnv.getOptions().get(JAVASCRIPT_OPTION));
                checker.check(declaration).ifPresent(table -> {
                    if (withJavaScript && !JavaScriptModuleWriter.hasJavaScriptNames(table)) {
                        reporter.report(Problem.PREFIX_NOT_JAVASCRIPT, declaration.prefixPosition(),
                                table.names().code().simpleName());
                    } else {
                        write(table, files.of(table, declaration.prefixPosition()), withJavaScript);
                    }
                });
            } catch (RuntimeException e) {
                // A bug of ours, not the user's: say so on the table rather than crash javac. An Error (out of
                // memory, a broken class path) is no bug of the table's, and javac reports it better.
                reporter.report(Problem.UNEXPECTED, Position.of(element), element.getSimpleName(), e, stackTrace(e));
            }
        }
        return true;
    }

    /**
     * Writes the table's types, then its ES module and declarations; all are made before the first is written, so a
     * bug leaves no file behind.
     */
    private static void write(Table table, GeneratedFiles.TableFiles files, boolean withJavaScript) {
        List<TypeSpec> types = List.of(
                new CloseCodeEnumWriter().write(table),
                new CloseCodeRangeWriter().write(table),
                new CloseEventWriter().write(table));
        Optional<JavaScriptModuleWriter.Module> module = withJavaScript
                ? Optional.of(new JavaScriptModuleWriter().write(table)) : Optional.empty();
        types.forEach(files::writeJavaType);
        module.ifPresent(written -> {
            files.writeResource(written.path() + ".js", written.javascript());
            files.writeResource(written.path() + ".d.ts", written.declarations());
        });
    }

    private static String stackTrace(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString().stripTrailing();
    }

    private static TypeElement outermost(TypeElement type) {
        TypeElement outer = type;
        while (outer.getEnclosingElement() instanceof TypeElement enclosing) {
            outer = enclosing;
        }
        return outer;
    }
}
