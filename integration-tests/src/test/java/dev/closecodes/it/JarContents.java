package dev.closecodes.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** Reads a jar that the build packaged. */
final class JarContents {
    private final Path jar;

    private JarContents(Path jar) {
        this.jar = jar;
    }

    /** The jar at {@code path}; fails if there is none, as before {@code package}, when Maven gives class folders. */
    static JarContents of(Path path) {
        if (!Files.isRegularFile(path) || !path.toString().endsWith(".jar")) {
            throw new AssertionError(path + " is not a jar; these tests run after `package`, as in `mvn verify`");
        }
        return new JarContents(path);
    }

    /** The jar beside this one with the given classifier, such as {@code sources}. */
    JarContents attached(String classifier) {
        String name = jar.getFileName().toString();
        return of(jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + "-" + classifier + ".jar"));
    }

    Path path() {
        return jar;
    }

    /** Every entry name, in the jar's order. */
    List<String> entries() {
        try (JarFile file = new JarFile(jar.toFile())) {
            return Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of an entry, if the jar holds it. */
    Optional<String> text(String entry) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry found = file.getEntry(entry);
            if (found == null) {
                return Optional.empty();
            }
            return Optional.of(new String(file.getInputStream(found).readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of an entry that are neither blank nor comments, as ServiceLoader and Gradle read them. */
    List<String> meaningfulLines(String entry) {
        String text = text(entry).orElseThrow(() -> new AssertionError(jar.getFileName() + " has no " + entry));
        return text.lines().map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty()).toList();
    }

    Manifest manifest() {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
