package dev.closecodes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * No name a user can write makes generated code fail to compile. Every identifier that the generated sources mention
 * (the golden files' and the sample table's: their code, and the inline tags of their javadoc) is tried as a code's
 * name, as a range's name and, where it makes type names, as a prefix: each compiles cleanly under
 * {@code -Xlint:all -Werror}, or the processor reports an error located on the table's line that names it; never does
 * javac find an error in generated code.
 *
 * <p>Names go many to a table, and the tables of each kind into one compilation. A name that draws an error there is
 * tried again alone, since an error may come from two names together ({@code java} beside {@code Optional}).
 */
class NameSafetyTest {
    private static final Path SAMPLE_TABLE = Path.of("..", "sample", "src", "main", "java", "dev", "closecodes",
            "sample", "ChatCloseCodes.java");
    private static final List<String> GOLDEN = List.of("GameCloseCode", "GameCloseCodeRange", "GameCloseEvent");

    /** How a name is tried. */
    enum Kind {
        CODE, RANGE, PREFIX
    }

    /** One name tried one way, in the table source it is written in, on the line it is written on. */
    record Trial(Kind kind, String name) {}

    /** Test sources, and for each line of each that names a trial, the trial. */
    private static final class TestTables {
        final List<JavaFileObject> files = new ArrayList<>();
        final Map<String, Map<Long, Trial>> lines = new HashMap<>();
        private int tables;

        /** Adds a table, {@code body} lines with the trial of each, or null. */
        void table(String packageName, String header, List<String> body, List<Trial> trials, String footer) {
            String name = "NamesCloseCodes" + tables++;
            StringBuilder source = new StringBuilder("package " + packageName + ";\nimport dev.closecodes.*;\n");
            Map<Long, Trial> byLine = new HashMap<>();
            long line = 3;
            for (String headerLine : header.replace("%s", name).split("\n", -1)) {
                source.append(headerLine).append('\n');
                line++;
            }
            for (int i = 0; i < body.size(); i++) {
                source.append(body.get(i)).append('\n');
                byLine.put(line++, trials.get(i));
            }
            source.append(footer.replace("%s", name)).append('\n');
            JavaFileObject file = JavaFileObjects.forSourceString(packageName + "." + name, source.toString());
            files.add(file);
            lines.put(file.toUri().toString(), byLine);
        }

        void codes(String packageName, List<String> names) {
            List<String> body = new ArrayList<>();
            List<Trial> trials = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                body.add("    @CloseCode(title = \"Name number " + i + "\", description = \"Code " + i + ".\") int "
                        + names.get(i) + " = " + (4000 + i) + ";");
                trials.add(new Trial(Kind.CODE, names.get(i)));
            }
            table(packageName, "@CloseCodeTable\npublic interface %s extends StandardCloseCodes {", body, trials, "}");
        }

        void ranges(String packageName, List<String> names) {
            List<String> body = new ArrayList<>();
            List<Trial> trials = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                int code = 3000 + i;
                body.add("@CloseCodeRange(name = \"" + names.get(i) + "\", from = " + code + ", to = " + code
                        + ", title = \"Range " + i + "\", description = \"Range " + i + ".\")");
                trials.add(new Trial(Kind.RANGE, names.get(i)));
            }
            table(packageName, "@CloseCodeTable", body, trials, "public interface %s extends StandardCloseCodes {}");
        }

        void prefix(String packageName, String prefix) {
            table(packageName, "", List.of("@CloseCodeTable(prefix = \"" + prefix + "\")"),
                    List.of(new Trial(Kind.PREFIX, prefix)), "public interface %s extends StandardCloseCodes {}");
        }
    }

    @Test
    void noNameMakesGeneratedCodeFailToCompile() throws IOException {
        Set<String> names = identifiers();
        Map<Kind, Set<String>> pending = new LinkedHashMap<>();
        pending.put(Kind.CODE, new TreeSet<>(names));
        pending.put(Kind.RANGE, new TreeSet<>(names));
        pending.put(Kind.PREFIX, names.stream().filter(name -> Character.isLetter(name.codePointAt(0)))
                .collect(Collectors.toCollection(TreeSet::new)));
        Map<Kind, Integer> tried = new LinkedHashMap<>();
        pending.forEach((kind, set) -> tried.put(kind, set.size()));

        // Together: what draws an error is set aside, until the rest compiles cleanly. One compilation for each
        // kind, so that a kind whose names all compile is compiled once.
        List<Trial> suspects = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            while (true) {
                TestTables sources = new TestTables();
                add(sources, "names." + kind.name().toLowerCase(Locale.ROOT), kind,
                        new ArrayList<>(pending.get(kind)));
                List<Trial> failed = locatedErrors(compile(sources), sources);
                if (failed.isEmpty()) {
                    break;
                }
                for (Trial trial : failed) {
                    pending.get(kind).remove(trial.name());
                    suspects.add(trial);
                }
            }
        }

        // Alone: each name set aside must draw an error in its table, or compile cleanly by itself.
        TestTables alone = new TestTables();
        for (int i = 0; i < suspects.size(); i++) {
            add(alone, "names.alone" + i, suspects.get(i).kind(), List.of(suspects.get(i).name()));
        }
        Compilation compilation = compile(alone);
        Set<Trial> located = new HashSet<>(locatedErrors(compilation, alone));
        Map<Kind, Set<String>> cleanAlone = new LinkedHashMap<>();
        for (Trial trial : suspects) {
            if (!located.contains(trial)) {
                cleanAlone.computeIfAbsent(trial.kind(), kind -> new TreeSet<>()).add(trial.name());
            }
        }
        for (Map.Entry<Kind, Set<String>> entry : cleanAlone.entrySet()) {
            for (String name : entry.getValue()) {
                TestTables one = new TestTables();
                add(one, "names.one", entry.getKey(), List.of(name));
                assertEquals(List.of(), locatedErrors(compile(one), one), entry.getKey() + " " + name);
                pending.get(entry.getKey()).add(name);
            }
        }

        StringBuilder report = new StringBuilder("names tried from the generated sources: " + names.size());
        for (Kind kind : Kind.values()) {
            long errors = located.stream().filter(trial -> trial.kind() == kind).count();
            report.append(String.format(Locale.ROOT, "%n  as %-6s tried %d, compiled clean %d, located error %d,"
                    + " broken 0", kind.name().toLowerCase(Locale.ROOT), tried.get(kind), pending.get(kind).size(),
                    errors));
            assertEquals((long) tried.get(kind), pending.get(kind).size() + errors, kind + " names lost");
        }
        System.out.println(report);
        assertTrue(pending.get(Kind.CODE).containsAll(List.of("Texts", "Collections", "TITLES", "DESCRIPTIONS",
                "ALIASES", "FIRST_CODE", "Optional", "java")), "the names that once broke the code enum");
        assertTrue(pending.get(Kind.RANGE).containsAll(List.of("Texts", "LIMIT", "Integer", "Arrays", "from")),
                "the names that once broke the range enum");
        assertTrue(names.size() > 150, "too few identifiers collected: " + names.size());
        assertTrue(names.containsAll(List.of("Texts", "Collections", "TITLES", "DESCRIPTIONS", "ALIASES",
                "FIRST_CODE", "Optional", "java", "dev", "OUT_OF_RANGE")), "identifiers the issue names");
    }

    private static void add(TestTables sources, String packageName, Kind kind, List<String> names) {
        switch (kind) {
            case CODE -> {
                // fromName files names ignoring case: names that differ only in case go to different tables.
                List<List<String>> batches = new ArrayList<>();
                for (String name : names) {
                    String key = name.toLowerCase(Locale.ROOT);
                    List<String> batch = batches.stream()
                            .filter(existing -> existing.stream().noneMatch(other -> other.toLowerCase(Locale.ROOT)
                                    .equals(key)))
                            .findFirst()
                            .orElse(null);
                    if (batch == null || batch.size() >= 900) {
                        batch = new ArrayList<>();
                        batches.add(batch);
                    }
                    batch.add(name);
                }
                for (int i = 0; i < batches.size(); i++) {
                    sources.codes(packageName + ".t" + i, batches.get(i));
                }
            }
            case RANGE -> {
                for (int from = 0; from < names.size(); from += 1900) {
                    sources.ranges(packageName + ".t" + from, names.subList(from, Math.min(names.size(),
                            from + 1900)));
                }
            }
            case PREFIX -> names.forEach(name -> sources.prefix(packageName, name));
        }
    }

    @Test
    void constantsNamedLikeTheEnumsOwnMembersWork() throws Exception {
        String table = "package p;\nimport dev.closecodes.*;\n@CloseCodeTable\n"
                + "@CloseCodeRange(name = \"Texts\", from = 4000, to = 4099, title = \"T\", description = \"T.\")\n"
                + "@CloseCodeRange(name = \"LIMIT\", from = 4100, to = 4199, title = \"L\", description = \"L.\")\n"
                + "@CloseCodeRange(name = \"Arrays\", from = 4200, to = 4299, title = \"A\", description = \"A.\")\n"
                + "public interface ChatCloseCodes extends StandardCloseCodes {\n"
                + "    @CloseCode(title = \"Texts title\", description = \"Texts.\", aliases = \"OLD_TEXTS\")\n"
                + "    int Texts = 4001;\n"
                + "    @CloseCode(title = \"First\", description = \"First.\") int FIRST_CODE = 4101;\n"
                + "    @CloseCode(title = \"Optional title\", description = \"Optional.\") int Optional = 4201;\n"
                + "    @CloseCode(title = \"Field\", description = \"Field.\") int code = 4202;\n"
                + "}\n";
        Compilation compilation = Sources.javac().compile(JavaFileObjects.forSourceString("p.ChatCloseCodes", table));
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
        ClassLoader loader = HostileTextTest.loaderOf(compilation);
        Class<?> codes = loader.loadClass("p.ChatCloseCode");
        Class<?> ranges = loader.loadClass("p.ChatCloseCodeRange");

        Object texts = ((java.util.Optional<?>) codes.getMethod("fromCode", int.class).invoke(null, 4001)).orElseThrow();
        assertEquals("Texts", texts.toString());
        assertEquals("Texts title", codes.getMethod("title").invoke(texts));
        assertEquals(List.of("OLD_TEXTS"), codes.getMethod("aliases").invoke(texts));
        assertEquals(4001, codes.getMethod("code").invoke(texts));
        assertEquals(java.util.Optional.of(texts), codes.getMethod("fromName", String.class).invoke(null, "old_texts"));
        assertEquals("Texts", codes.getMethod("range").invoke(texts).toString());
        Object code = ((java.util.Optional<?>) codes.getMethod("fromName", String.class).invoke(null, "code"))
                .orElseThrow();
        assertEquals(4202, codes.getMethod("code").invoke(code));
        assertEquals("Arrays", codes.getMethod("range").invoke(code).toString());
        Object limit = ranges.getMethod("classify", int.class).invoke(null, 4150);
        assertEquals("LIMIT", limit.toString());
        assertEquals("L", ranges.getMethod("title").invoke(limit));
        assertEquals(4100, ranges.getMethod("from").invoke(limit));
        assertEquals("OUT_OF_RANGE", ranges.getMethod("classify", int.class).invoke(null, 5000).toString());
    }

    /**
     * Compiles as a user's build with {@code -Xlint:all -Werror} does, through javac's flow analysis, which finds every
     * error a name can cause; writing the classes' bytecode would only take time.
     */
    private static Compilation compile(TestTables sources) {
        return Sources.javac().withOptions("-Xlint:all", "-Werror", "-XDshould-stop.ifNoError=FLOW")
                .compile(sources.files);
    }

    /**
     * Returns the trials that drew an error or warning located on their line of a table; fails on any other, above
     * all one in generated code.
     */
    private static List<Trial> locatedErrors(Compilation compilation, TestTables sources) {
        List<Trial> failed = new ArrayList<>();
        List<String> unlocated = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            Map<Long, Trial> lines = diagnostic.getSource() == null ? null
                    : sources.lines.get(diagnostic.getSource().toUri().toString());
            Trial trial = lines == null ? null : lines.get(diagnostic.getLineNumber());
            if (trial == null) {
                unlocated.add(diagnostic.toString());
            } else if (!failed.contains(trial)) {
                failed.add(trial);
            }
        }
        if (!unlocated.isEmpty()) {
            fail("errors outside the line of the name at fault:\n" + String.join("\n", unlocated));
        }
        return failed;
    }

    /**
     * Returns the code of a generated source without its comments and literals, followed by what the comments' inline
     * tags ({@code {@link ...}}, {@code {@code ...}}) say: the identifiers it mentions, and none of the prose words
     * that the table's own text and the writers' javadoc use.
     */
    static String codeAndInlineTags(String source) {
        StringBuilder code = new StringBuilder();
        StringBuilder tags = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                String comment = source.substring(i, end);
                java.util.regex.Matcher tag = java.util.regex.Pattern.compile("\\{@(?:link|code)\\s+([^}]*)\\}")
                        .matcher(comment);
                while (tag.find()) {
                    tags.append(' ').append(tag.group(1));
                }
                i = end + 2;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                code.append(' ');
                i = end + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.append(tags).toString();
    }

    /** The identifiers the golden files and the sample table's generated sources mention. */
    static Set<String> identifiers() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String golden : GOLDEN) {
            try (InputStream in = NameSafetyTest.class.getClassLoader()
                    .getResourceAsStream("golden/" + golden + ".java")) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Compilation sample = Sources.javac().compile(JavaFileObjects.forSourceString(
                "dev.closecodes.sample.ChatCloseCodes", Files.readString(SAMPLE_TABLE, StandardCharsets.UTF_8)));
        for (String name : List.of("ChatCloseCode", "ChatCloseCodeRange", "ChatCloseEvent")) {
            texts.add(Sources.generated(sample, "dev.closecodes.sample." + name)
                    .orElseThrow());
        }
        Set<String> names = new TreeSet<>();
        for (String text : texts) {
            for (String word : codeAndInlineTags(text).split("[^\\p{javaJavaIdentifierPart}]+")) {
                if (!word.isEmpty() && Character.isJavaIdentifierStart(word.codePointAt(0))
                        && ConstantNames.isPlainIdentifier(word)) {
                    names.add(word);
                }
            }
        }
        return names;
    }
}
