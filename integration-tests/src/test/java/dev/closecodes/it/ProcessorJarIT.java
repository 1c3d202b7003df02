package dev.closecodes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor and annotations jars as build tools read them: javac's service file, Gradle's incremental-processing
 * metadata, the module descriptors, and the processor found on the processor module path.
 */
class ProcessorJarIT {
    private static final String PROCESSOR = "dev.closecodes.processor.CloseCodeProcessor";

    private final JarContents processorJar = JarContents.of(Artifacts.processor());
    private final JarContents annotationsJar = JarContents.of(Artifacts.annotations());

    @TempDir
    Path work;

    @Test
    void javacFindsTheProcessorThroughItsServiceFile() throws IOException {
        assertEquals(List.of(PROCESSOR),
                processorJar.meaningfulLines("META-INF/services/javax.annotation.processing.Processor"));
        try (URLClassLoader loader = Compilers.isolated(Artifacts.processorPath().toArray(Path[]::new))) {
            List<String> found = ServiceLoader.load(Processor.class, loader).stream()
                    .map(provider -> provider.type().getName()).toList();
            assertEquals(List.of(PROCESSOR), found);
        }
    }

    @Test
    void gradleTreatsTheProcessorAsIsolating() throws IOException {
        // Gradle reads this file to recompile only the tables that changed; a processor without it makes every
        // compilation a full one. "isolating": each generated file depends on one table (and its supertypes) and
        // names that table as its only originating element, which OriginatingElementsTest checks.
        assertEquals(List.of(PROCESSOR + ",isolating"),
                processorJar.meaningfulLines("META-INF/gradle/incremental.annotation.processors"));
        try (URLClassLoader loader = Compilers.isolated(Artifacts.processorPath().toArray(Path[]::new))) {
            Processor processor = ServiceLoader.load(Processor.class, loader).findFirst().orElseThrow();
            // An isolating processor that asked for every annotation ("*") would see every type of the build.
            Set<String> supported = processor.getSupportedAnnotationTypes();
            assertFalse(supported.contains("*"), supported::toString);
            assertTrue(supported.contains("dev.closecodes.CloseCodeTable"), supported::toString);
        }
    }

    @Test
    void theProcessorJarIsANamedModuleThatProvidesTheProcessor() {
        ModuleDescriptor module = onlyModule(processorJar.path());
        assertEquals("dev.closecodes.processor", module.name());
        assertFalse(module.isAutomatic());
        assertEquals(Set.of(), module.exports(), "the processor's classes are internal");
        assertEquals(Set.of("dev.closecodes", "java.compiler", "com.palantir.javapoet", "java.base"),
                module.requires().stream()
                        .filter(requires -> !requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                        .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        assertEquals(Set.of(PROCESSOR), module.provides().stream()
                .filter(provides -> provides.service().equals(Processor.class.getName()))
                .flatMap(provides -> provides.providers().stream()).collect(Collectors.toSet()));
    }

    @Test
    void theAnnotationsJarIsANamedModuleThatExportsOnlyItsApi() {
        ModuleDescriptor module = onlyModule(annotationsJar.path());
        assertEquals("dev.closecodes", module.name());
        assertFalse(module.isAutomatic());
        assertEquals(Set.of("dev.closecodes"), module.packages());
        assertEquals(Set.of("dev.closecodes"), module.exports().stream()
                .filter(exports -> !exports.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()));
        assertEquals(Set.of("java.base"), module.requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet()), "the annotations need java.base only");
    }

    @Test
    void javacRunsTheProcessorFromTheProcessorModulePath() throws IOException {
        Path source = work.resolve("src/com/example/ChatCloseCodes.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package com.example;

                import dev.closecodes.*;

                /** A table. */
                @CloseCodeTable
                public interface ChatCloseCodes extends StandardCloseCodes {
                    /** Expired. */
                    @CloseCode(title = "Token Expired", description = "The session token expired.")
                    int TOKEN_EXPIRED = 4001;
                }
                """);
        // The javac command, as a user types it: the processor's module layer gets nothing from this JVM.
        Compilers.javacCommand(List.of("--release", "17", "-Xlint:all", "-Werror",
                "--processor-module-path", Artifacts.join(Artifacts.processorPath()),
                "-classpath", Artifacts.annotations().toString(),
                "-d", work.resolve("classes").toString(), "-s", work.resolve("generated").toString(),
                source.toString()));
        for (String type : List.of("ChatCloseCode", "ChatCloseCodeRange", "ChatCloseEvent")) {
            assertTrue(Files.isRegularFile(work.resolve("classes/com/example/" + type + ".class")), type);
        }
    }

    private static ModuleDescriptor onlyModule(Path jar) {
        Set<ModuleReference> modules = ModuleFinder.of(jar).findAll();
        assertEquals(1, modules.size(), modules::toString);
        return modules.iterator().next().descriptor();
    }
}
