package dev.closecodes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.closecodes.CloseCodeInfo;
import dev.closecodes.InvalidClosePayloadException;
import dev.closecodes.Reconnect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random tables, valid and invalid, with hostile text, compiled with the processor a batch at a time: the
 * processor never fails; every valid table's generated code compiles warning-free under {@code -Xlint:all} and
 * answers {@code fromCode}, {@code fromName}, {@code classify}, {@code isSendable} and {@code fromPayload} as a
 * plain model of the table does, and its ES module answers as its Java types do (checked in one Node process for
 * the whole run); every invalid table gets at least one error in its own file and nothing is generated.
 *
 * <p>Each try compiles {@value #TABLES_PER_TRY} tables; {@code jqwik.tries.default} sets the number of tries
 * (40 by default, 400 with {@code mvn verify -Pfuzz}).
 */
class RandomTablesTest {
    static final int TABLES_PER_TRY = 25;

    private static final AtomicInteger VALID = new AtomicInteger();
    private static final AtomicInteger INVALID = new AtomicInteger();

    @Property(shrinking = ShrinkingMode.OFF)
    void everyTableIsEitherGeneratedRightOrReported(@ForAll long seed) {
        Random random = new Random(seed);
        List<RandomTable> valid = new ArrayList<>();
        List<RandomTable> invalid = new ArrayList<>();
        for (int i = 0; i < TABLES_PER_TRY; i++) {
            RandomTable table = RandomTable.valid(random, i);
            if (random.nextBoolean()) {
                invalid.add(table.withMistakes(random));
            } else {
                valid.add(table);
            }
        }
        if (!invalid.isEmpty()) {
            checkInvalid(invalid);
        }
        if (!valid.isEmpty()) {
            checkValid(valid, random);
        }
        VALID.addAndGet(valid.size());
        INVALID.addAndGet(invalid.size());
    }

    @AfterContainer
    static void report() throws InterruptedException {
        System.out.printf("random tables compiled: %d (%d valid, %d invalid); modules checked in one Node process: "
                + "%d%n", VALID.get() + INVALID.get(), VALID.get(), INVALID.get(), MODULES.get());
        if (checker != null) {
            checker.destroy();
            checker.waitFor();
            checker = null;
        }
    }

    // ------------------------------------------------------------------------------------------ invalid

    private static void checkInvalid(List<RandomTable> tables) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (RandomTable table : tables) {
            sources.add(JavaFileObjects.forSourceString(table.qualifiedName(), table.source()));
            if (table.extraSource != null) {
                sources.add(JavaFileObjects.forSourceString(
                        table.extraName, table.extraSource));
            }
        }
        WatchedFiler filer = WatchedFiler.recording();
        Compilation compilation = TableCompiler.compile(List.of(filer.processor()), sources);

        assertEquals(Compilation.Status.FAILURE, compilation.status());
        assertNoBug(compilation, tables);
        for (RandomTable table : tables) {
            String file = table.qualifiedName().replace('.', '/') + ".java";
            boolean reported = compilation.errors().stream()
                    .map(error -> error.getSource() == null ? "" : error.getSource().toUri().toString())
                    .anyMatch(uri -> uri.equals(file) || uri.endsWith("/" + file));
            assertTrue(reported, () -> "no error for a table with " + table + "\n" + compilation.errors().stream()
                    .map(error -> error.getSource() == null ? "-" : error.getSource().toUri().toString())
                    .collect(Collectors.toList()));
        }
        assertEquals(List.of(), filer.created(), () -> "files generated for invalid tables " + tables);
    }

    private static void assertNoBug(Compilation compilation, List<RandomTable> tables) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            if (diagnostic.getMessage(Locale.ROOT).contains("This is a bug in closecodes")) {
                fail(diagnostic + "\n" + tables);
            }
        }
    }

    // -------------------------------------------------------------------------------------------- valid

    private static void checkValid(List<RandomTable> tables, Random random) {
        List<JavaFileObject> sources = tables.stream()
                .map(table -> JavaFileObjects.forSourceString(table.qualifiedName(),
                        table.source()))
                .collect(Collectors.toList());
        Compilation compilation = TableCompiler.compile(sources.toArray(JavaFileObject[]::new));

        assertNoBug(compilation, tables);
        List<Diagnostic<? extends JavaFileObject>> problems = compilation.diagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE)
                .collect(Collectors.toList());
        assertEquals(List.of(), problems, () -> "valid tables " + tables);
        ClassLoader loader = new GeneratedClassLoader(compilation.generatedFiles());
        for (RandomTable table : tables) {
            try {
                new Model(table, loader).check(random);
            } catch (AssertionError | ReflectiveOperationException e) {
                throw new AssertionError(e + " for the table\n" + Model.escaped(table.toString()), e);
            }
        }
        checkModules(tables, compilation, loader, random);
    }

    // ---------------------------------------------------------------------------------------- the modules

    /** The Node process that checks every valid table's module in this run, started with the first. */
    private static Process checker;
    private static BufferedReader answers;
    private static Path modules;
    private static final AtomicInteger BATCHES = new AtomicInteger();
    private static final AtomicInteger MODULES = new AtomicInteger();

    /**
     * Checks each table's ES module against its Java types: the same codes, ranges and texts, and the same answers
     * for the probes and for every spelling of every name. One Node process serves the whole run.
     */
    private static void checkModules(List<RandomTable> tables, Compilation compilation, ClassLoader loader,
            Random random) {
        if (!startChecker()) {
            return;
        }
        // Each batch in a folder of its own: Node keeps a module it has imported, and tables of two batches may share
        // their names.
        Map<String, Path> written = GeneratedModules.write(compilation.generatedFiles(),
                modules.resolve("batch" + BATCHES.incrementAndGet()));
        for (RandomTable table : tables) {
            try {
                JavaAnswers java = new JavaAnswers(loader, table.packageName, table.generatedPrefix());
                Path module = written.get(table.packageName.replace('.', '/') + "/" + table.generatedPrefix()
                        + "CloseCodes.js");
                assertTrue(module != null, () -> "no module for " + table.qualifiedName() + " in " + written.keySet());
                String request = "{\"module\":" + JavaAnswers.string(module.toString()) + ",\"codeObject\":"
                        + JavaAnswers.string(java.codeObject()) + ",\"expected\":"
                        + java.json(probes(table, random), List.of("", "no code has this name #")) + "}\n";
                checker.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                checker.getOutputStream().flush();
                String answer = answers.readLine();
                assertEquals("ok", answer, () -> "the module of this table differs from its Java types:\n"
                        + Model.escaped(table.toString()));
                MODULES.incrementAndGet();
            } catch (IOException | ReflectiveOperationException e) {
                throw new AssertionError(e + " for the table\n" + Model.escaped(table.toString()), e);
            }
        }
    }

    /** Starts the checker if it is not running; false if there is no Node to run it, which fails a CI build. */
    private static synchronized boolean startChecker() {
        if (checker != null) {
            return true;
        }
        Optional<String> node = Node.find();
        if (node.isEmpty()) {
            assertTrue(System.getenv("CI") == null, "Node is not on the PATH, and CI is set: the random tables' "
                    + "modules must be checked");
            return false;
        }
        try {
            modules = Files.createTempDirectory("random-modules");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checker = Node.start(List.of(node.get(), "random-tables.mjs"), Node.SCRIPTS);
        answers = new BufferedReader(new InputStreamReader(checker.getInputStream(), StandardCharsets.UTF_8));
        return true;
    }

    /** Every declared code and its neighbours, the bounds of every range, the frame's limits and random codes. */
    private static List<Integer> probes(RandomTable table, Random random) {
        Set<Integer> probes = new TreeSet<>(List.of(-1, 0, 999, 1000, 1016, 2999, 3000, 4999, 5000, 65535, 65536,
                Integer.MIN_VALUE, Integer.MAX_VALUE));
        for (Object[] code : RandomTable.STANDARD_CODES) {
            probes.add((Integer) code[1]);
        }
        for (RandomTable.Code code : table.codes) {
            probes.addAll(List.of(code.code - 1, code.code, code.code + 1));
        }
        for (RandomTable.Range range : table.ranges) {
            probes.addAll(List.of(range.from - 1, range.from, range.to, range.to + 1));
        }
        for (int i = 0; i < 40; i++) {
            probes.add(random.nextInt(5100));
        }
        return new ArrayList<>(probes);
    }

    /** Loads the classes of a compilation from memory. */
    private static final class GeneratedClassLoader extends ClassLoader {
        private final Map<String, JavaFileObject> classes = new HashMap<>();

        GeneratedClassLoader(List<JavaFileObject> files) {
            super(RandomTablesTest.class.getClassLoader());
            for (JavaFileObject file : files) {
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    String path = file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "");
                    classes.put(path.substring(0, path.length() - ".class".length()).replace('/', '.'), file);
                }
            }
        }

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
    }

    /** What a valid table declares, worked out plainly, checked against what its generated types answer. */
    private static final class Model {
        private final RandomTable table;
        private final List<RandomTable.Range> ranges = RandomTable.standardRanges();
        private final Map<RandomTable.Range, Reconnect> rangeReconnect = new HashMap<>();
        /** The advice of every declared code: an override, its own, or its innermost range's. */
        private final Map<Integer, Reconnect> codeReconnect = new HashMap<>();
        private final Map<Integer, Boolean> sendable = new HashMap<>();
        private final Map<Integer, String> names = new HashMap<>();
        private final Class<?> codes;
        private final Class<?> rangeEnum;
        private final Class<?> events;

        Model(RandomTable table, ClassLoader loader) throws ClassNotFoundException {
            this.table = table;
            ranges.addAll(table.ranges);
            ranges.sort(Comparator.<RandomTable.Range>comparingInt(range -> range.from)
                    .thenComparing(Comparator.<RandomTable.Range>comparingInt(range -> range.to).reversed()));
            Map<String, Reconnect> rangeOverrides = new HashMap<>();
            for (RandomTable.AdviceOverride override : table.overrides) {
                if (override.code != null) {
                    codeReconnect.put(override.code, override.reconnect);
                } else {
                    rangeOverrides.put(override.range, override.reconnect);
                }
            }
            // Overrides name only standard ranges, whose names no table range may take.
            for (RandomTable.Range range : ranges) {
                RandomTable.Range outer = innermost(range.from, range.to, range);
                Reconnect own = rangeOverrides.getOrDefault(range.name, range.reconnect);
                rangeReconnect.put(range, own != null ? own
                        : outer == null ? Reconnect.NEVER : rangeReconnect.get(outer));
            }
            for (Object[] code : RandomTable.STANDARD_CODES) {
                names.put((Integer) code[1], (String) code[0]);
                sendable.put((Integer) code[1], (Boolean) code[2]);
                codeReconnect.putIfAbsent((Integer) code[1], (Reconnect) code[3]);
            }
            for (RandomTable.Code code : table.codes) {
                names.put(code.code, code.name);
                sendable.put(code.code, code.sendable);
                codeReconnect.put(code.code, code.reconnect != null ? code.reconnect
                        : rangeReconnect.get(innermost(code.code, code.code, null)));
            }
            String prefix = table.packageName + "." + table.generatedPrefix();
            codes = loader.loadClass(prefix + "CloseCode");
            rangeEnum = loader.loadClass(prefix + "CloseCodeRange");
            events = loader.loadClass(prefix + "CloseEvent");
        }

        /** Compares two texts, showing them escaped so that control characters cannot cut the report short. */
        private static void assertText(String expected, Object actual, String what) {
            assertEquals(escaped(expected), actual instanceof String text ? escaped(text) : String.valueOf(actual), what);
        }

        private static String escaped(String text) {
            StringBuilder out = new StringBuilder();
            text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                    : String.format("\\u%04X", c)));
            return out.toString();
        }

        /** The innermost range holding {@code from..to}, other than {@code except}; null if none. */
        private RandomTable.Range innermost(int from, int to, RandomTable.Range except) {
            RandomTable.Range found = null;
            for (RandomTable.Range range : ranges) {
                if (range != except && range.from <= from && to <= range.to) {
                    found = range;
                }
            }
            return found;
        }

        void check(Random random) throws ReflectiveOperationException {
            checkConstants();
            List<Integer> probes = new ArrayList<>(names.keySet());
            probes.addAll(List.of(-1, 0, 999, 1000, 2999, 3000, 4999, 5000, 65535, 65536, Integer.MIN_VALUE,
                    Integer.MAX_VALUE));
            for (RandomTable.Range range : table.ranges) {
                probes.addAll(List.of(range.from - 1, range.from, range.to, range.to + 1));
            }
            for (int i = 0; i < 40; i++) {
                probes.add(random.nextInt(5100));
            }
            Method fromCode = codes.getMethod("fromCode", int.class);
            Method classify = rangeEnum.getMethod("classify", int.class);
            Method isSendable = rangeEnum.getMethod("isSendable", int.class);
            Method received = events.getMethod("received", int.class, String.class);
            for (int probe : probes) {
                Optional<?> found = (Optional<?>) fromCode.invoke(null, probe);
                assertEquals(Optional.ofNullable(names.get(probe)), found.map(constant -> ((Enum<?>) constant).name()),
                        "fromCode(" + probe + ")");
                RandomTable.Range range = innermost(probe, probe, null);
                assertEquals(range == null ? "OUT_OF_RANGE" : range.name,
                        ((Enum<?>) classify.invoke(null, probe)).name(), "classify(" + probe + ")");
                boolean expected = names.containsKey(probe) ? sendable.get(probe) : range != null && range.sendable;
                assertEquals(expected, isSendable.invoke(null, probe), "isSendable(" + probe + ")");
                if (probe >= 0 && probe <= 65535) {
                    Reconnect advice = probe == 1006 ? Reconnect.BACKOFF : names.containsKey(probe)
                            ? codeReconnect.get(probe) : range == null ? Reconnect.NEVER : rangeReconnect.get(range);
                    assertEquals(advice, events.getMethod("reconnect").invoke(received.invoke(null, probe, "")),
                            "reconnect() of a clean close with " + probe);
                }
            }
            checkFromName();
            checkPayloads(random, probes);
        }

        private void checkConstants() throws ReflectiveOperationException {
            List<String> expected = names.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue)
                    .collect(Collectors.toList());
            List<String> actual = new ArrayList<>();
            for (Object constant : codes.getEnumConstants()) {
                actual.add(((Enum<?>) constant).name());
            }
            assertEquals(expected, actual, "the code enum's constants");
            for (RandomTable.Code code : table.codes) {
                Object constant = codes.getField(code.name).get(null);
                CloseCodeInfo info = (CloseCodeInfo) constant;
                assertEquals(code.code, info.code());
                assertText(code.title, info.title(), "title of " + code.name);
                assertText(code.description, info.description(), "description of " + code.name);
                assertEquals(code.sendable, info.sendable());
                RandomTable.Range range = innermost(code.code, code.code, null);
                assertEquals(codeReconnect.get(code.code), info.reconnect(), "reconnect of " + code.name);
                assertEquals(code.aliases, codes.getMethod("aliases").invoke(constant));
                assertEquals(range.name, ((Enum<?>) codes.getMethod("range").invoke(constant)).name());
                for (RandomTable.Text text : code.translations) {
                    Locale locale = Locale.forLanguageTag(text.locale());
                    assertText(text.description(), info.description(locale), "description in " + text.locale());
                    assertText(text.title().isEmpty() ? code.title : text.title(), info.title(locale),
                            "title in " + text.locale());
                }
            }
            for (Object[] standard : RandomTable.STANDARD_CODES) {
                CloseCodeInfo info = (CloseCodeInfo) codes.getField((String) standard[0]).get(null);
                assertEquals(codeReconnect.get((Integer) standard[1]), info.reconnect(), "reconnect of " + standard[0]);
            }
            for (RandomTable.Range range : ranges) {
                assertEquals(rangeReconnect.get(range), rangeEnum.getMethod("reconnect")
                        .invoke(rangeEnum.getField(range.name).get(null)), "reconnect of range " + range.name);
            }
            for (RandomTable.Range range : table.ranges) {
                Object constant = rangeEnum.getField(range.name).get(null);
                assertText(range.title, rangeEnum.getMethod("title").invoke(constant), "title of " + range.name);
                assertText(range.description, rangeEnum.getMethod("description").invoke(constant),
                        "description of " + range.name);
                assertEquals(rangeReconnect.get(range), rangeEnum.getMethod("reconnect").invoke(constant));
                for (RandomTable.Text text : range.translations) {
                    assertText(text.description(), rangeEnum.getMethod("description", Locale.class)
                            .invoke(constant, Locale.forLanguageTag(text.locale())), "description in " + text.locale());
                }
            }
        }

        private void checkFromName() throws ReflectiveOperationException {
            Method fromName = codes.getMethod("fromName", String.class);
            for (RandomTable.Code code : table.codes) {
                List<String> spellings = new ArrayList<>(List.of(code.name, " " + code.title + "\t", code.title));
                if (code.name.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)
                        .equals(code.name.toLowerCase(Locale.ROOT))) {
                    spellings.add(code.name.toLowerCase(Locale.ROOT));
                }
                for (String alias : code.aliases) {
                    spellings.add(alias);
                    // "ignoring case" is toLowerCase's: ß and SS are different names.
                    String upper = alias.toUpperCase(Locale.ROOT);
                    if (upper.toLowerCase(Locale.ROOT).equals(alias.toLowerCase(Locale.ROOT))) {
                        spellings.add(upper);
                    }
                }
                for (String spelling : spellings) {
                    Optional<?> found = (Optional<?>) fromName.invoke(null, spelling);
                    assertEquals(Optional.of(code.name), found.map(constant -> ((Enum<?>) constant).name()),
                            "fromName(" + spelling + ")");
                }
            }
            assertEquals(Optional.empty(), fromName.invoke(null, "no code has this name #"));
            assertEquals("NORMAL_CLOSURE", ((Optional<?>) fromName.invoke(null, "close_normal"))
                    .map(constant -> ((Enum<?>) constant).name()).orElse(null));
        }

        private void checkPayloads(Random random, List<Integer> probes) throws ReflectiveOperationException {
            Method fromPayload = events.getMethod("fromPayload", byte[].class);
            Method code = events.getMethod("code");
            Method reason = events.getMethod("reason");
            Method wasClean = events.getMethod("wasClean");
            for (int i = 0; i < 30; i++) {
                byte[] body = body(random, probes);
                Object event;
                try {
                    event = fromPayload.invoke(null, (Object) body);
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof InvalidClosePayloadException invalid)) {
                        throw e;
                    }
                    assertEquals(expectedRejection(body), invalid.closeCode(), "fromPayload rejected " + hex(body));
                    continue;
                }
                assertEquals(0, expectedRejection(body), "fromPayload accepted " + hex(body));
                assertEquals(body.length == 0 ? 1005 : (body[0] & 0xFF) << 8 | body[1] & 0xFF, code.invoke(event));
                assertEquals(body.length == 0 ? "" : decode(body).orElseThrow(), reason.invoke(event));
                assertEquals(true, wasClean.invoke(event));
            }
        }

        /** The close code a receiver answers an invalid body with, or 0 for a valid body. */
        private int expectedRejection(byte[] body) {
            if (body.length == 0) {
                return 0;
            }
            if (body.length == 1 || body.length > 125) {
                return 1002;
            }
            int value = (body[0] & 0xFF) << 8 | body[1] & 0xFF;
            RandomTable.Range range = innermost(value, value, null);
            boolean mayBeSent = names.containsKey(value) ? sendable.get(value) : range != null && range.sendable;
            if (!mayBeSent) {
                return 1002;
            }
            return decode(body).isPresent() ? 0 : 1007;
        }

        private static Optional<String> decode(byte[] body) {
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body, 2, body.length - 2))
                        .toString());
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }

        private static byte[] body(Random random, List<Integer> probes) {
            int length = switch (random.nextInt(6)) {
                case 0 -> random.nextInt(2);
                case 1 -> 124 + random.nextInt(4);
                default -> 2 + random.nextInt(20);
            };
            byte[] body = new byte[length];
            if (random.nextBoolean()) {
                random.nextBytes(body);
            } else {
                byte[] text = RandomTable.text(random, 0, 4).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(text, 0, body, Math.min(2, length), Math.min(text.length, Math.max(0, length - 2)));
            }
            if (length >= 2) {
                int value = random.nextBoolean() ? probes.get(random.nextInt(probes.size())) : random.nextInt(65536);
                body[0] = (byte) (value >>> 8);
                body[1] = (byte) value;
            }
            return body;
        }

        private static String hex(byte[] body) {
            StringBuilder out = new StringBuilder();
            for (byte b : body) {
                out.append(String.format("%02x", b & 0xFF));
            }
            return out.toString();
        }
    }
}
