package dev.closecodes.it;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the artifacts under test are: the jars (before {@code package}, the class folders) of the reactor's modules
 * and their dependencies, which the build passes as system properties and keeps off the tests' own class path; and
 * the project's own files.
 */
final class Artifacts {
    private Artifacts() {}

    /** The {@code closecodes-annotations} jar. */
    static Path annotations() {
        return property("closecodes.annotations");
    }

    /** The {@code closecodes-processor} jar. */
    static Path processor() {
        return property("closecodes.processor");
    }

    /** The JavaPoet jar, which the processor needs beside it. */
    static Path javapoet() {
        return property("closecodes.javapoet");
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
        return property("closecodes.root").resolve(relative).normalize();
    }

    /** A tool of the running JDK, such as {@code java} or {@code javac}. */
    static Path jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name);
    }

    private static Path property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isEmpty() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + name + " is not set; run the tests with Maven");
        }
        return Path.of(value).toAbsolutePath();
    }
}
