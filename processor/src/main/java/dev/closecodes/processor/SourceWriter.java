package dev.closecodes.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** The one place that talks to the {@link Filer}. */
final class SourceWriter {
    private final Filer filer;
    private final Reporter reporter;

    SourceWriter(Filer filer, Reporter reporter) {
        this.filer = filer;
        this.reporter = reporter;
    }

    /** Writes the generated types of a table; each is written whole or not at all. */
    void write(Table table, List<TypeSpec> types) {
        String packageName = table.names().code().packageName();
        for (TypeSpec type : types) {
            JavaFile file = JavaFile.builder(packageName, type)
                    .skipJavaLangImports(true)
                    .indent("    ")
                    .build();
            try {
                file.writeTo(filer);
            } catch (FilerException e) {
                // The Filer refuses a name that a source file or an earlier round already took.
                Position position = Position.of(table.element(),
                        Mirrors.find(table.element(), TableReader.TABLE).get(0)).at("prefix");
                reporter.report(Problem.NAME_TAKEN, position,
                        packageName.isEmpty() ? type.name() : packageName + "." + type.name());
            } catch (IOException e) {
                reporter.report(Problem.UNEXPECTED, Position.of(table.element()), table.element().getSimpleName(),
                        "writing " + type.name() + " failed: " + e.getMessage());
            }
        }
    }

    /**
     * Writes a text file of the table into the class output at {@code path}, in UTF-8, with the table as its only
     * originating element; a file that cannot be written is an error on the table.
     */
    void writeResource(Table table, String path, String text) {
        try {
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, table.element());
            try (OutputStream out = file.openOutputStream()) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            reporter.report(Problem.UNEXPECTED, Position.of(table.element()), table.element().getSimpleName(),
                    "writing " + path + " failed: " + e.getMessage());
        }
    }
}
