package dev.closecodes.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles close-code tables with the processor, as a user's build does, and writes their sources. */
final class TableCompiler {
    /** What every test source starts with after its package line. */
    static final String IMPORTS = "import dev.closecodes.*;\n";

    private TableCompiler() {}

    /** Compiles {@code sources} with the processor and {@code -Xlint:all}, as a careful user's build does. */
    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(new CloseCodeProcessor()), List.of(sources));
    }

    static Compilation compile(List<Processor> processors, List<JavaFileObject> sources) {
        return Compiler.javac().withProcessors(processors).withOptions("-Xlint:all").compile(sources);
    }

    /**
     * Returns a source file of the type {@code qualifiedName}: its package line, the import of every closecodes
     * type, then {@code body}.
     */
    static JavaFileObject source(String qualifiedName, String body) {
        int dot = qualifiedName.lastIndexOf('.');
        String header = dot < 0 ? "" : "package " + qualifiedName.substring(0, dot) + ";\n";
        return JavaFileObjects.forSourceString(qualifiedName, header + IMPORTS + body);
    }

    /** Returns the table {@code p.ChatCloseCodes} with {@code annotations} above it and {@code members} inside. */
    static JavaFileObject chatTable(String annotations, String members) {
        return source("p.ChatCloseCodes", "@CloseCodeTable\n" + annotations
                + "public interface ChatCloseCodes extends StandardCloseCodes {\n" + members + "}\n");
    }

    /** Returns a valid {@code @CloseCode} constant with a title and description made from its name. */
    static String code(String name, int value) {
        return "    @CloseCode(title = \"" + name + " title\", description = \"What " + name + " means.\")\n"
                + "    int " + name + " = " + value + ";\n";
    }
}
