package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The same tables give byte-identical files on every build, whatever the order in which javac hands over the
 * source files, and whatever the order in which a table writes its codes and ranges.
 */
class DeterminismTest {

    @Test
    void sourceOrderDoesNotChangeAByte() throws IOException {
        List<RandomTable> tables = tables(new Random(6455));
        List<JavaFileObject> sources = new ArrayList<>();
        for (RandomTable table : tables) {
            sources.add(JavaFileObjects.forSourceString(table.qualifiedName(), table.source()));
        }
        Map<String, String> first = generated(sources);
        assertThat(first).hasSize(5 * tables.size());

        Collections.reverse(sources);
        assertThat(generated(sources)).isEqualTo(first);
        Collections.shuffle(sources, new Random(1000));
        assertThat(generated(sources)).isEqualTo(first);
    }

    @Test
    void declarationOrderInsideATableDoesNotChangeAByte() throws IOException {
        Random random = new Random(1011);
        for (RandomTable table : tables(random)) {
            Map<String, String> written = generated(List.of(
                    JavaFileObjects.forSourceString(table.qualifiedName(), table.source())));
            Collections.shuffle(table.codes, random);
            Collections.shuffle(table.ranges, random);
            Map<String, String> shuffled = generated(List.of(
                    JavaFileObjects.forSourceString(table.qualifiedName(), table.source())));
            assertThat(shuffled).isEqualTo(written);
        }
    }

    private static List<RandomTable> tables(Random random) {
        List<RandomTable> tables = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            RandomTable table = RandomTable.valid(random, i);
            if (table.codes.size() > 1 || table.ranges.size() > 1) {
                tables.add(table);
            }
        }
        return tables;
    }

    /** Each generated source file's and module file's path and content. */
    private static Map<String, String> generated(List<JavaFileObject> sources) throws IOException {
        Compilation compilation = TableCompiler.compile(List.of(new CloseCodeProcessor()), sources);
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            files.put(file.toUri().getPath(), file.getCharContent(false).toString());
        }
        GeneratedModules.of(compilation.generatedFiles()).forEach((path, bytes) ->
                files.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        return files;
    }
}
