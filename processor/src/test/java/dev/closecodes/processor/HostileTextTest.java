package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.closecodes.CloseCodeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that breaks naive generators reaches the generated strings and javadoc exactly, and does nothing else:
 * quotes, backslashes, {@code $}, comment ends, a literal {@code \u000a} (javac reads unicode escapes in comments
 * too), markup, right-to-left marks, emoji and other characters outside the BMP; in the ES module too, where
 * {@code </script>}, {@code <!--}, U+2028, backticks and {@code ${} join them.
 */
class HostileTextTest {
    private static final String TITLE = "Quote \" back\\slash $L $S $$ */ /* \\u000a <script>alert(1)</script> "
            + "&amp; @param {@link X} \u200Fעברית\u200E \uD83D\uDE00 \uD800\uDF48 %s";
    private static final String DESCRIPTION = "Line one\nline two\r\nthree */ end /** \\\\u005c \\u0022 "
            + "\u202Eevil\u202C \u2028 tab\there \0 nul \uD800 lone \uDC00 half \\ \uFEFF";
    private static final String FRENCH = "« Guillemets » \"\\u000a\" */ <b>gras</b> \uD83C\uDDEB\uD83C\uDDF7 "
            + "`${document.cookie}` <!-- --> \u2029 \u061C";

    @Test
    void hostileTextReachesTheGeneratedStringsExactly() throws Exception {
        Compilation compilation = compileHostileTable();
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader loader = loaderOf(compilation);
        Class<?> codes = loader.loadClass("p.ChatCloseCode");
        CloseCodeInfo code = (CloseCodeInfo) codes.getField("TOKEN_EXPIRED").get(null);

        assertThat(code.title()).isEqualTo(TITLE);
        assertThat(code.description()).isEqualTo(DESCRIPTION);
        assertThat(code.description(Locale.FRENCH)).isEqualTo(FRENCH);
        assertThat(code.title(Locale.FRENCH)).isEqualTo(FRENCH);
        assertThat(codes.getMethod("aliases").invoke(code)).isEqualTo(List.of("TOKEN_$GONE", "Jeton_expiré"));
        assertThat(codes.getMethod("fromName", String.class).invoke(null, TITLE))
                .isEqualTo(java.util.Optional.of(code));

        Class<?> ranges = loader.loadClass("p.ChatCloseCodeRange");
        Object auth = ranges.getField("AUTH").get(null);
        assertThat(ranges.getMethod("title").invoke(auth)).isEqualTo(DESCRIPTION);
        assertThat(ranges.getMethod("description").invoke(auth)).isEqualTo(TITLE);
    }

    @Test
    void hostileTextReachesTheJavadocExactlyAndInertly() throws IOException {
        Compilation compilation = compileHostileTable();
        String source = compilation.generatedSourceFile("p.ChatCloseCode").orElseThrow()
                .getCharContent(false).toString();

        // Nothing that javac would read as the end of a comment or as a unicode escape.
        for (String comment : comments(source)) {
            assertThat(comment.substring(3, comment.length() - 2)).doesNotContain("*/");
        }
        // The only unicode escapes are the ones written for invisible characters, never one javac would turn
        // into a line break, a quote, a backslash or a comment delimiter.
        for (char escaped : eligibleUnicodeEscapes(source)) {
            assertThat("\n\r\"\\*/").doesNotContain(String.valueOf(escaped));
        }
        Matcher javadoc = Pattern.compile("/\\*\\*\\n     \\* \\{@code 4001\\} (.*?)\\n     \\*\\n     \\* <p>Sendable",
                Pattern.DOTALL).matcher(source);
        assertThat(javadoc.find()).isTrue();
        String text = javadoc.group(1).replace("\n     * ", "\n").replace("\n     *", "\n");
        // Long lines are wrapped at a space, which the line break then stands for.
        assertThat(unescapeHtml(text).replace('\n', ' '))
                .isEqualTo((TITLE + ": " + DESCRIPTION.replace("\r\n", "\n")).replace('\n', ' '));
    }

    @Test
    void hostileTextReachesTheModuleExactlyAndInertly(@TempDir Path directory) throws Exception {
        Compilation compilation = compileHostileTable();
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, Path> modules = GeneratedModules.write(compilation.generatedFiles(), directory);
        for (String file : List.of("p/ChatCloseCodes.js", "p/ChatCloseCodes.d.ts")) {
            String text = Files.readString(modules.get(file), StandardCharsets.UTF_8);
            // Nothing that would end or change a <script> element the module is inlined into, no line break a
            // string literal cannot hold, and no invisible character that would make the source read otherwise.
            for (String inert : List.of("</script", "<!--", "\u2028", "\u2029", "\u202E", "\u200F", "\uFEFF")) {
                assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain(inert);
            }
        }
        // The title's "*/" stays inside the declarations' JSDoc, which tsc --strict also parses.
        assertThat(Files.readString(modules.get("p/ChatCloseCodes.d.ts"), StandardCharsets.UTF_8))
                .contains("$$ *&#47; /* &#92;u000a &lt;script&gt;");

        JavaAnswers answers = new JavaAnswers(loaderOf(compilation), "p", "Chat");
        Path expected = directory.resolve("expected.json");
        Files.writeString(expected, answers.json(List.of(-1, 0, 1000, 1006, 4000, 4001, 4099, 4100, 5000, 65536),
                List.of(TITLE, DESCRIPTION, FRENCH, "TOKEN_$GONE", "jeton_EXPIRÉ")), StandardCharsets.UTF_8);
        Path cases = directory.resolve("cases.json");
        Files.writeString(cases, "[{\"module\":" + JavaAnswers.string(modules.get("p/ChatCloseCodes.js").toString())
                + ",\"codeObject\":\"ChatCloseCode\",\"expected\":" + JavaAnswers.string(expected.toString())
                + "}]", StandardCharsets.UTF_8);
        Node.Result result = Node.run(List.of(Node.node(), "--test", "agreement.test.mjs"), Node.SCRIPTS,
                Map.of("CLOSECODES_CASES", cases.toString()));
        assertEquals(0, result.exitCode(), result.output());
        assertThat(result.output()).contains("# pass 1");
    }

    private static Compilation compileHostileTable() {
        return TableCompiler.compile(hostileTable());
    }

    /** The table {@code p.ChatCloseCodes} with hostile text in every title, description, alias and translation. */
    static JavaFileObject hostileTable() {
        String table = "package p;\n"
                + "import dev.closecodes.*;\n"
                + "@CloseCodeTable\n"
                + "@CloseCodeRange(name = \"AUTH\", from = 4000, to = 4099, title = " + RandomTable.literal(DESCRIPTION)
                + ",\n        description = " + RandomTable.literal(TITLE) + ")\n"
                + "public interface ChatCloseCodes extends StandardCloseCodes {\n"
                + "    @CloseCode(title = " + RandomTable.literal(TITLE) + ",\n"
                + "            description = " + RandomTable.literal(DESCRIPTION) + ",\n"
                + "            aliases = {\"TOKEN_$GONE\", \"Jeton_expiré\"},\n"
                + "            translations = @Translation(locale = \"fr\", title = " + RandomTable.literal(FRENCH)
                + ", description = " + RandomTable.literal(FRENCH) + "))\n"
                + "    int TOKEN_EXPIRED = 4001;\n"
                + "}\n";
        return JavaFileObjects.forSourceString("p.ChatCloseCodes", table);
    }

    /** Every comment of {@code source}, delimiters included, read as javac reads them. */
    private static List<String> comments(String source) {
        List<String> comments = new java.util.ArrayList<>();
        Matcher comment = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL).matcher(source);
        while (comment.find()) {
            comments.add(comment.group());
        }
        return comments;
    }

    /** The characters of the unicode escapes javac reads in {@code source}: a backslash after an even number. */
    private static List<Character> eligibleUnicodeEscapes(String source) {
        List<Character> escapes = new java.util.ArrayList<>();
        int backslashes = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (source.charAt(j) == 'u') {
                    j++;
                }
                escapes.add((char) Integer.parseInt(source.substring(j, j + 4), 16));
                i = j + 3;
                backslashes = 0;
            } else {
                backslashes = c == '\\' ? backslashes + 1 : 0;
            }
        }
        return escapes;
    }

    private static String unescapeHtml(String html) {
        Matcher entity = Pattern.compile("&(amp|lt|gt|#(\\d+)|#x([0-9A-F]+));").matcher(html);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                default -> String.valueOf((char) (entity.group(2) != null
                        ? Integer.parseInt(entity.group(2)) : Integer.parseInt(entity.group(3), 16)));
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return entity.appendTail(out).toString();
    }

    static ClassLoader loaderOf(Compilation compilation) {
        Map<String, JavaFileObject> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "");
                classes.put(path.substring(0, path.length() - ".class".length()).replace('/', '.'), file);
            }
        }
        return new ClassLoader(HostileTextTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                JavaFileObject file = classes.get(name);
                if (file == null) {
                    throw new ClassNotFoundException(name);
                }
                try (InputStream in = file.openInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
