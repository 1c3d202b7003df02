package dev.closecodes.it;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the artifacts under test are: the jars (or, before {@code package}, the class folders) that Maven put on the
 * test class path, and the project's own files.
 */
final class Artifacts {
    private Artifacts() {}

    /** The {@code closecodes-annotations} jar. */
    static Path annotations() {
        return locationOf("dev.closecodes.CloseCode");
    }

    /** The {@code closecodes-processor} jar. */
    static Path processor() {
        return locationOf("dev.closecodes.processor.CloseCodeProcessor");
    }

    /** The JavaPoet jar, which the processor needs beside it. */
    static Path javapoet() {
        return locationOf("com.palantir.javapoet.JavaFile");
    }

    /** The Eclipse compiler's jar. */
    static Path ecj() {
        return locationOf("org.eclipse.jdt.core.compiler.batch.BatchCompiler");
    }

    /**
     * The processor path a build tool gives the compiler for the processor's coordinates: the processor and its
     * runtime dependencies, as Maven's {@code annotationProcessorPaths} and Gradle's {@code annotationProcessor}
     * resolve them.
     */
    static List<Path> processorPath() {
        return List.of(processor(), annotations(), javapoet());
    }

    /** Paths joined for a {@code -classpath}-like option. */
    static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** A file of the project, from the root of the reactor. */
    static Path project(String relative) {
        return Path.of(System.getProperty("closecodes.root", "..")).resolve(relative).toAbsolutePath().normalize();
    }

    /** The running JDK's {@code java} launcher. */
    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The jar, or the class folder, on the test class path that holds {@code className}. */
    private static Path locationOf(String className) {
        String resource = className.replace('.', '/') + ".class";
        URL url = Artifacts.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(className + " is not on the test class path");
        }
        try {
            if (url.getProtocol().equals("jar")) {
                String path = url.getPath();
                return Path.of(new URI(path.substring(0, path.indexOf("!/"))));
            }
            Path folder = Path.of(url.toURI());
            for (int i = 0; i < resource.split("/").length; i++) {
                folder = folder.getParent();
            }
            return folder;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
