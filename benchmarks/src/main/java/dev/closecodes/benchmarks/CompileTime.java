package dev.closecodes.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the processor costs javac: synthetic tables of 20, 200 and 2,000 codes (the 19 standard ones and the
 * table's own in 3000–4999, with a range per hundred codes, translations and aliases), each compiled three ways:
 * <ul>
 *   <li><b>without</b>: the table plus the sources the processor generated for it, with {@code -proc:none};</li>
 *   <li><b>with</b>: the table alone, with the processor;</li>
 *   <li><b>replay</b>: the table alone, with {@link ReplayProcessor}, which writes the same generated sources and
 *       does nothing else. That is javac's own price for any processor that generates sources: another round, in
 *       which it enters every source file and attributes every annotation of the table again.</li>
 * </ul>
 * {@code with − without} is what a build pays. The processor's own work (reading and checking the table, building
 * and writing the three types) is {@code with − replay} in a new javac process, and the time spent inside its
 * {@code process()} when javac runs in this JVM.
 *
 * <p>Two ways, each run several times in alternating order, reporting medians:
 * <ul>
 *   <li><b>cold</b>: a new {@code javac} process per compile, as a build runs it (JVM start-up included);</li>
 *   <li><b>warm</b>: javac in this JVM through {@code javax.tools}, after warm-up rounds, so that javac and the
 *       processor run compiled code and the difference is the processor's work alone.</li>
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.closecodes.benchmarks.CompileTime [runs]
 * [cold|warm]} (default: 7 runs of each way per size, cold then warm).
 */
public final class CompileTime {
    private static final int[] SIZES = {20, 200, 2000};
    private static final int[] STANDARD_OWN_SPACE = {3000, 3003, 3008};
    private static final int STANDARD_CODES = 19;
    private static final int WARM_UP_ROUNDS = 6;
    /** By name: its class carries an annotation whose class is not on this class path, which javac warns of. */
    private static final String PROCESSOR = "dev.closecodes.processor.CloseCodeProcessor";

    /** How a table is compiled. */
    private enum Way { WITHOUT, WITH, REPLAY }

    private final Path work;
    private final Path classpath;
    private final Path processorpath;
    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    /** Milliseconds spent inside the processor's {@code process()} during the last in-process compile. */
    private double processing;

    private CompileTime(Path work) throws IOException {
        this.work = work;
        this.classpath = work.resolve("classpath");
        this.processorpath = work.resolve("processorpath");
        // Only what each compile needs: the annotations jar's classes on the class path, and the processor with
        // JavaPoet on the processor path, as a user's build has them.
        extract(classpath, name -> name.startsWith("dev/closecodes/") && name.indexOf('/', 15) < 0);
        extract(processorpath, name -> name.startsWith("dev/closecodes/") && !name.startsWith("dev/closecodes/sample/")
                && !name.startsWith("dev/closecodes/benchmarks/") || name.startsWith("com/palantir/javapoet/")
                || name.startsWith(ReplayProcessor.class.getName().replace('.', '/')));
    }

    /**
     * Runs the benchmark.
     *
     * @param args optionally, how many compiles of each kind per table size
     * @throws IOException if the temporary files cannot be written
     * @throws InterruptedException if interrupted while javac runs
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String modes = args.length > 1 ? args[1] : "cold,warm";
        Path work = Files.createTempDirectory("closecodes-compile-time");
        try {
            new CompileTime(work).run(runs, modes);
        } finally {
            delete(work);
        }
    }

    private void run(int runs, String modes) throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "%d cores, %s %s; %d runs of each kind per size, medians in ms%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), runs);
        List<Table> tables = new ArrayList<>();
        for (int size : SIZES) {
            tables.add(prepare(size));
        }
        System.out.println("| javac | codes | generated source | without processor | with closecodes | ratio "
                + "| replay (javac's rounds alone) | ratio | closecodes' own work |");
        System.out.println("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        for (boolean warm : new boolean[] {false, true}) {
            if (!modes.contains(warm ? "warm" : "cold")) {
                continue;
            }
            if (warm) {
                for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                    for (Table table : tables) {
                        for (Way way : Way.values()) {
                            compile(table, way, true);
                        }
                    }
                }
            }
            List<double[]> own = new ArrayList<>();
            for (Table table : tables) {
                double[][] times = new double[Way.values().length][runs];
                double[] work = new double[runs];
                for (int i = 0; i < runs; i++) {
                    // Rotate which goes first, so that drift in the machine's load falls on all alike.
                    for (int k = 0; k < Way.values().length; k++) {
                        Way way = Way.values()[(i + k) % Way.values().length];
                        times[way.ordinal()][i] = compile(table, way, warm);
                        if (way == Way.WITH) {
                            work[i] = processing;
                        }
                    }
                    if (!warm) {
                        work[i] = times[Way.WITH.ordinal()][i] - times[Way.REPLAY.ordinal()][i];
                    }
                }
                double without = median(times[Way.WITHOUT.ordinal()]);
                double with = median(times[Way.WITH.ordinal()]);
                double replay = median(times[Way.REPLAY.ordinal()]);
                own.add(new double[] {table.codes(), median(work)});
                System.out.printf(Locale.ROOT, "| %s | %d | %d KB | %.0f ms | %.0f ms | %.2f | %.0f ms | %.2f "
                                + "| %.0f ms (%.0f%% of without) |%n",
                        warm ? "warm" : "cold", table.codes(), table.generatedBytes() / 1024, without, with,
                        with / without, replay, replay / without, median(work), 100 * median(work) / without);
            }
            double[] small = own.get(own.size() - 2);
            double[] large = own.get(own.size() - 1);
            System.out.printf(Locale.ROOT, "| %s | growth of closecodes' own work from %.0f to %.0f codes: "
                            + "× %.1f for × %.0f codes, %.2f ms per added code | | | | | | | |%n",
                    warm ? "warm" : "cold", small[0], large[0], large[1] / small[1], large[0] / small[0],
                    (large[1] - small[1]) / (large[0] - small[0]));
        }
    }

    /** Writes a table of {@code codes} codes and the sources the processor generates for it. */
    private Table prepare(int codes) throws IOException, InterruptedException {
        Path dir = work.resolve("table-" + codes);
        Path source = dir.resolve("src/synth/SynthCloseCodes.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, table(codes - STANDARD_CODES), StandardCharsets.UTF_8);
        Table table = new Table(codes, dir, source, dir.resolve("generated/sources"), List.of());
        javac(table, Way.WITH, dir.resolve("generated"), false);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(table.generatedDir())) {
            sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
        if (sources.size() != 3) {
            throw new IllegalStateException("expected 3 generated sources for " + codes + " codes, found " + sources);
        }
        return new Table(codes, dir, source, table.generatedDir(), sources);
    }

    /** Compiles a table once, one of the three ways, and returns the wall time in ms. */
    private double compile(Table table, Way way, boolean inProcess) throws IOException, InterruptedException {
        Path out = table.dir().resolve("out-" + way.name().toLowerCase(Locale.ROOT));
        delete(out);
        processing = 0;
        long start = System.nanoTime();
        javac(table, way, out, inProcess);
        return (System.nanoTime() - start) / 1e6;
    }

    private void javac(Table table, Way way, Path out, boolean inProcess)
            throws IOException, InterruptedException {
        Path classes = out.resolve("classes");
        Path sources = out.resolve("sources");
        Files.createDirectories(classes);
        Files.createDirectories(sources);
        List<String> args = new ArrayList<>(List.of("-classpath", classpath.toString(), "-d", classes.toString(),
                "-s", sources.toString(), "--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8"));
        String processor = way == Way.WITH ? PROCESSOR : ReplayProcessor.class.getName();
        if (way == Way.WITHOUT) {
            args.add("-proc:none");
        } else if (!inProcess) {
            args.addAll(List.of("-processorpath", processorpath.toString(), "-processor", processor));
        }
        if (way == Way.REPLAY) {
            args.add("-A" + ReplayProcessor.FROM + "=" + table.generatedDir());
        }
        List<String> files = new ArrayList<>();
        files.add(table.source().toString());
        if (way == Way.WITHOUT) {
            table.generated().forEach(file -> files.add(file.toString()));
        }
        if (inProcess) {
            StringWriter messages = new StringWriter();
            try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                JavaCompiler.CompilationTask task = compiler.getTask(messages, fileManager, null, args, null,
                        fileManager.getJavaFileObjectsFromStrings(files));
                if (way != Way.WITHOUT) {
                    task.setProcessors(List.of(way == Way.WITH ? new Timed(newProcessor(processor))
                            : newProcessor(processor)));
                }
                if (!task.call()) {
                    throw new IllegalStateException("javac failed:\n" + messages);
                }
            }
        } else {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
            command.addAll(args);
            command.addAll(files);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (InputStream stream = process.getInputStream()) {
                output = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException("javac failed:\n" + output);
            }
        }
    }

    private static Processor newProcessor(String name) {
        try {
            return Class.forName(name).asSubclass(Processor.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the processor is not on the class path", e);
        }
    }

    /** The source of a table with {@code own} codes of its own, above the 19 standard ones. */
    static String table(int own) {
        List<Integer> values = new ArrayList<>();
        for (int code = 3000; values.size() < own; code++) {
            int candidate = code;
            if (Arrays.stream(STANDARD_OWN_SPACE).noneMatch(standard -> standard == candidate)) {
                values.add(code);
            }
        }
        StringBuilder source = new StringBuilder()
                .append("package synth;\n\n")
                .append("import dev.closecodes.CloseCode;\n")
                .append("import dev.closecodes.CloseCodeRange;\n")
                .append("import dev.closecodes.CloseCodeTable;\n")
                .append("import dev.closecodes.Reconnect;\n")
                .append("import dev.closecodes.StandardCloseCodes;\n")
                .append("import dev.closecodes.Translation;\n\n")
                .append("/** A synthetic table of ").append(own).append(" codes of its own. */\n")
                .append("@CloseCodeTable\n");
        int[] blocks = values.stream().mapToInt(code -> code / 100).distinct().toArray();
        for (int block : blocks) {
            source.append(String.format(Locale.ROOT, "@CloseCodeRange(name = \"BLOCK_%d\", from = %d, to = %d, "
                    + "title = \"Block %d\",%n        description = \"Synthetic codes %d to %d.\", sendable = true, "
                    + "reconnect = Reconnect.%s,%n        translations = @Translation(locale = \"fr\", "
                    + "title = \"Bloc %d\", description = \"Codes synthétiques %d à %d.\"))%n",
                    block, block * 100, block * 100 + 99, block * 100, block * 100, block * 100 + 99,
                    block % 2 == 0 ? "NEVER" : "BACKOFF", block * 100, block * 100, block * 100 + 99));
        }
        source.append("public interface SynthCloseCodes extends StandardCloseCodes {\n");
        for (int i = 0; i < values.size(); i++) {
            int code = values.get(i);
            source.append(String.format(Locale.ROOT, "%n    /** Synthetic code %d. */%n", code))
                    .append(String.format(Locale.ROOT, "    @CloseCode(title = \"Synthetic %d\",%n", code))
                    .append(String.format(Locale.ROOT, "            description = \"Synthetic close code %d, one "
                            + "of a generated table; it means nothing.\"", code));
            if (i % 3 == 0) {
                source.append(",\n            reconnect = Reconnect.BACKOFF");
            }
            if (i % 10 == 0) {
                source.append(String.format(Locale.ROOT, ",%n            aliases = \"OLD_SYNTHETIC_%d\"", code));
            }
            if (i % 2 == 0) {
                source.append(String.format(Locale.ROOT, ",%n            translations = {%n"
                        + "                    @Translation(locale = \"fr\", title = \"Synthétique %d\", "
                        + "description = \"Code de fermeture synthétique %d.\"),%n"
                        + "                    @Translation(locale = \"pt-BR\", "
                        + "description = \"Código de fechamento sintético %d.\")}", code, code, code));
            }
            source.append(String.format(Locale.ROOT, ")%n    int SYNTHETIC_%d = %d;%n", code, code));
        }
        return source.append("}\n").toString();
    }

    /** Copies the classes of this program's class path that {@code wanted} names into {@code target}. */
    private static void extract(Path target, Predicate<String> wanted) throws IOException {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String name = path.relativize(file).toString().replace(File.separatorChar, '/');
                        if (wanted.test(name)) {
                            Path copy = target.resolve(name);
                            Files.createDirectories(copy.getParent());
                            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            } else if (Files.isRegularFile(path)) {
                try (ZipFile jar = new ZipFile(path.toFile())) {
                    for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        ZipEntry zip = entries.nextElement();
                        if (!zip.isDirectory() && wanted.test(zip.getName())) {
                            Path copy = target.resolve(zip.getName());
                            Files.createDirectories(copy.getParent());
                            try (InputStream in = jar.getInputStream(zip)) {
                                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                            }
                        }
                    }
                }
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Runs a processor, adding the time spent in its {@code process()} to {@link #processing}. */
    private final class Timed extends AbstractProcessor {
        private final Processor processor;

        Timed(Processor processor) {
            this.processor = processor;
        }

        @Override
        public synchronized void init(ProcessingEnvironment environment) {
            super.init(environment);
            processor.init(environment);
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return processor.getSupportedAnnotationTypes();
        }

        @Override
        public Set<String> getSupportedOptions() {
            return processor.getSupportedOptions();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return processor.getSupportedSourceVersion();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            long start = System.nanoTime();
            try {
                return processor.process(annotations, round);
            } finally {
                processing += (System.nanoTime() - start) / 1e6;
            }
        }
    }

    /** A synthetic table: its size, folder, source and the sources the processor generates for it. */
    private record Table(int codes, Path dir, Path source, Path generatedDir, List<Path> generated) {
        long generatedBytes() {
            return generated.stream().mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
