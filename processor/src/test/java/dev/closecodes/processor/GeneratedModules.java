package dev.closecodes.processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/** The ES modules and declarations a compilation wrote into its class output. */
final class GeneratedModules {
    private static final String ROOT = "/CLASS_OUTPUT/META-INF/resources/closecodes/";

    private GeneratedModules() {}

    /** Each {@code .js} and {@code .d.ts} file, by its path under {@code META-INF/resources/closecodes/}. */
    static Map<String, byte[]> of(Iterable<JavaFileObject> generated) {
        Map<String, byte[]> modules = new TreeMap<>();
        for (JavaFileObject file : generated) {
            String path = file.toUri().getPath();
            int start = path.indexOf(ROOT);
            if (start >= 0 && (path.endsWith(".js") || path.endsWith(".d.ts"))) {
                try (InputStream in = file.openInputStream()) {
                    modules.put(path.substring(start + ROOT.length()), in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return modules;
    }

    /** Writes the modules of {@code generated} under {@code directory}, and returns their paths there. */
    static Map<String, Path> write(Iterable<JavaFileObject> generated, Path directory) {
        Map<String, Path> written = new TreeMap<>();
        try {
            for (Map.Entry<String, byte[]> module : of(generated).entrySet()) {
                Path target = directory.resolve(module.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, module.getValue());
                written.put(module.getKey(), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
