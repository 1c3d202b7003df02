package dev.closecodes.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.CloseCodesGenerated;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The one place that talks to the {@link Filer}, and that marks what it writes as generated: every Java type gets
 * {@code @javax.annotation.processing.Generated} without a date (unless the option turns it off or the table's
 * module cannot read it), closecodes' own class-retention {@code @CloseCodesGenerated}, and the table as its only
 * originating element. A file is rendered whole before it is opened, so none is ever written in part; what the
 * {@code Filer} refuses is reported on the table. The table's ES module and its declarations go the same way, as
 * resources of the class output.
 */
final class GeneratedFiles {
    /** The option that leaves {@code @Generated} out when {@code false}; {@code true} by default. */
    static final String GENERATED_OPTION = "closecodes.generatedAnnotation";

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName MARKER = ClassName.get(CloseCodesGenerated.class);

    /** How long a javadoc line of a generated file may be, indentation included. */
    private static final int JAVADOC_WIDTH = 120;

    private final ProcessingEnvironment env;
    private final Filer filer;
    private final Reporter reporter;
    private final String generator;

    /**
     * @param generator the name {@code @Generated} gives, the processor's
     */
    GeneratedFiles(ProcessingEnvironment env, Filer filer, Reporter reporter, String generator) {
        this.env = env;
        this.filer = filer;
        this.reporter = reporter;
        this.generator = generator;
    }

    /**
     * The files of one table.
     *
     * @param position where to report a file the {@code Filer} refuses: the table's prefix
     */
    TableFiles of(Table table, Position position) {
        boolean withGenerated = !"false".equalsIgnoreCase(env.getOptions().get(GENERATED_OPTION))
                && generatedIsReadable(table.element());
        return new TableFiles(table, position, withGenerated);
    }

    /** Writes the files generated from one table. */
    final class TableFiles {
        private final Table table;
        private final Position position;
        private final boolean withGenerated;
        private boolean failed;
        /** Whether the {@code Filer} refused a type of the table, whose module then says what no type does. */
        private boolean refused;

        private TableFiles(Table table, Position position, boolean withGenerated) {
            this.table = table;
            this.position = position;
            this.withGenerated = withGenerated;
        }

        /**
         * Marks {@code type} as generated from the table and writes it as a source file of the table's package;
         * after a failure to write, which the next file would meet too, writes nothing more.
         */
        void writeJavaType(TypeSpec type) {
            if (failed) {
                return;
            }
            TypeSpec.Builder marked = type.toBuilder();
            if (withGenerated) {
                marked.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", generator).build());
            }
            marked.addAnnotation(MARKER).addOriginatingElement(table.element());
            String packageName = table.names().code().packageName();
            String source = JavaFile.builder(packageName, marked.build())
                    .skipJavaLangImports(true)
                    .indent("    ")
                    .build()
                    .toString();
            String name = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
            write(name, JavaText.wrapJavadoc(source, JAVADOC_WIDTH), () -> filer.createSourceFile(name,
                    table.element()), false);
        }

        /**
         * Writes {@code content} in UTF-8 as the resource {@code path} of the class output, such as the table's ES
         * module; after a failure to write or a refused type, writes nothing.
         */
        void writeResource(String path, String content) {
            if (failed || refused) {
                return;
            }
            write(path, content, () -> filer.createResource(StandardLocation.CLASS_OUTPUT, "", path,
                    table.element()), true);
        }

        /**
         * Writes {@code content} to the file {@code create} makes, whose name is {@code name}, in UTF-8 or else in
         * the compiler's encoding, as javac reads sources; a file the {@code Filer} refuses, or fails to write, is
         * reported on the table.
         */
        private void write(String name, String content, FileCreator create, boolean utf8) {
            FileObject file = null;
            try {
                file = create.create();
                try (Writer writer = utf8 ? new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)
                        : file.openWriter()) {
                    writer.write(content);
                }
            } catch (FilerException e) {
                // The Filer refuses a name that a source file or an earlier round already took.
                refused = true;
                reporter.report(Problem.NAME_TAKEN, position, name);
            } catch (IOException e) {
                failed = true;
                if (file != null) {
                    file.delete();
                }
                reporter.report(Problem.FILE_NOT_WRITTEN, Position.of(table.element()), name,
                        table.element().getQualifiedName(),
                        e.getMessage() == null ? e.getClass().getName() : e.getMessage());
            }
        }
    }

    /** Makes a file through the {@code Filer}, a source file or a resource, with its originating element. */
    @FunctionalInterface
    private interface FileCreator {
        FileObject create() throws IOException;
    }

    /**
     * Whether the table's code can use {@code @javax.annotation.processing.Generated}: the type must exist, and a
     * named module must read {@code java.compiler} (by {@code requires static java.compiler;} or a module that
     * requires it transitively). Being somewhere in the module graph is not enough.
     */
    private boolean generatedIsReadable(TypeElement table) {
        Elements elements = env.getElementUtils();
        ModuleElement module = elements.getModuleOf(table);
        if (module == null || module.isUnnamed()) {
            return elements.getTypeElement(GENERATED.canonicalName()) != null;
        }
        return elements.getTypeElement(module, GENERATED.canonicalName()) != null;
    }
}
