package dev.closecodes.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's code blocks that the tests build, found by their section: the Maven setup is the first {@code xml}
 * block after the heading "Setup with Maven", the three-entry processor path the second, the table the first
 * {@code java} block after "A worked example".
 */
final class ReadmeSnippets {
    private static final Path README = Artifacts.project("README.md");

    private ReadmeSnippets() {}

    /** The Maven setup: {@code <properties>}, {@code <dependencies>} and {@code <build>}, to paste in a project. */
    static String maven() {
        return codeBlock("Setup with Maven", "xml", 0);
    }

    /** The {@code <annotationProcessorPaths>} with closecodes, Lombok and Spring Boot's configuration processor. */
    static String processorPaths() {
        String block = codeBlock("Setup with Maven", "xml", 1);
        assertTrue(block.startsWith("<annotationProcessorPaths>"), "the second xml block of Setup with Maven is "
                + "the three-entry processor path:\n" + block);
        return block;
    }

    /** The worked example's table, {@code com.example.chat.ChatCloseCodes}. */
    static String table() {
        String table = codeBlock("A worked example", "java", 0);
        assertTrue(table.startsWith("package com.example.chat;") && table.contains("interface ChatCloseCodes "),
                "the worked example starts with the table:\n" + table);
        return table;
    }

    /** The reactor's version, which the README's coordinates name. */
    static String version() {
        Matcher version = Pattern.compile("<artifactId>closecodes-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(read(Artifacts.project("pom.xml")));
        assertTrue(version.find(), "the parent POM's version");
        return version.group(1);
    }

    /** The {@code index}th fenced block of {@code language} in the README section titled {@code title}. */
    static String codeBlock(String title, String language, int index) {
        String readme = read(README);
        int start = readme.indexOf("\n## " + title + "\n");
        assertTrue(start >= 0, "README has no section " + title);
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Matcher blocks = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(section);
        for (int i = 0; i <= index; i++) {
            assertTrue(blocks.find(), () -> "README section " + title + " has no " + language + " block " + index);
        }
        return blocks.group(1);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
