package dev.closecodes.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of {@link Lookups} and {@link Frames} in one JMH run, with the GC profiler, and prints the
 * README's tables: the median of the measured iterations, its ratio to the limit and to the fastest peer doing the
 * same work, and the bytes allocated per operation.
 *
 * <p>It takes JMH's own options ({@code -f}, {@code -wi}, {@code -i}, {@code -w}, {@code -r}, a benchmark
 * pattern…); those not given default to 3 forks, each with 3 warm-up iterations of 1 s and 5 measured iterations
 * of 300 ms. Several forks matter more than long iterations: on a shared machine the JIT's choices and the load
 * differ from one fork to the next far more than from one iteration to the next.
 */
public final class Report {
    /** Each generated operation, the hand-written code and the other libraries doing the same work. */
    private static final List<Work> WORK = List.of(
            new Work("code to constant", "generatedFromCode", true,
                    List.of("handwrittenSwitchLookup", "nettyValueOf", "jakartaGetCloseCode")),
            new Work("code to range", "generatedClassify", true, List.of("handwrittenIfClassify")),
            new Work("may the code be sent", "generatedIsSendable", false,
                    List.of("handwrittenSwitchSendable", "nettyIsValidStatusCode", "jettyIsTransmittableStatusCode")),
            new Work("build a close event", "generatedBuild", false, List.of("jakartaBuild", "jettyBuild")),
            new Work("encode a close body", "generatedToPayload", false, List.of("nettyEncode", "jettyEncode")),
            new Work("decode a close body", "generatedFromPayload", false, List.of("nettyDecode", "jettyDecode")));

    private static final String LIMIT = "limitArrayLookup";

    private Report() {}

    /**
     * Runs the benchmarks and prints the tables.
     *
     * @param args JMH's command-line options
     * @throws CommandLineOptionException if an option is wrong
     * @throws RunnerException if JMH fails
     * @throws IOException if the summary cannot be written
     */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException, IOException {
        CommandLineOptions given = new CommandLineOptions(args);
        if (given.shouldHelp()) {
            given.showHelp();
            return;
        }
        ChainedOptionsBuilder options = new OptionsBuilder().parent(given);
        if (given.getIncludes().isEmpty()) {
            options.include(Lookups.class.getName() + "\\.").include(Frames.class.getName() + "\\.");
        }
        if (!given.getForkCount().hasValue()) {
            options.forks(3);
        }
        if (!given.getWarmupIterations().hasValue()) {
            options.warmupIterations(3);
        }
        if (!given.getWarmupTime().hasValue()) {
            options.warmupTime(TimeValue.seconds(1));
        }
        if (!given.getMeasurementIterations().hasValue()) {
            options.measurementIterations(5);
        }
        if (!given.getMeasurementTime().hasValue()) {
            options.measurementTime(TimeValue.milliseconds(300));
        }
        if (given.getProfilers().isEmpty()) {
            options.addProfiler(GCProfiler.class);
        }
        options.timeUnit(TimeUnit.NANOSECONDS);
        Collection<RunResult> results = new Runner(options.build()).run();

        Map<String, Measure> measured = new LinkedHashMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            label = label.substring(label.lastIndexOf('.') + 1);
            Result<?> gc = result.getSecondaryResults().get("gc.alloc.rate.norm");
            measured.put(label, new Measure(result.getPrimaryResult().getStatistics().getPercentile(50),
                    gc == null ? Double.NaN : gc.getStatistics().getPercentile(50)));
        }
        String summary = summary(measured);
        System.out.println();
        System.out.println(summary);
        Path file = Path.of("benchmarks", "target", "report.md");
        if (Files.isDirectory(file.getParent())) {
            Files.writeString(file, summary);
            System.out.println("Written to " + file);
        }
    }

    private static String summary(Map<String, Measure> measured) {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(cpu().orElse("CPU unknown")).append(", ").append(System.getProperty("java.vm.name"))
                .append(' ').append(System.getProperty("java.runtime.version")).append("\n\n");
        Measure limit = measured.get(LIMIT);
        out.append("| work | implementation | median ns/op | × limit | × fastest peer | B/op |\n");
        out.append("|---|---|--:|--:|--:|--:|\n");
        for (Work work : WORK) {
            Measure generated = measured.get(work.generated());
            if (generated == null) {
                continue;
            }
            Optional<String> fastest = work.peers().stream().filter(measured::containsKey)
                    .min((a, b) -> Double.compare(measured.get(a).nanos(), measured.get(b).nanos()));
            List<String> rows = new ArrayList<>();
            rows.add(work.generated());
            if (work.againstLimit() && limit != null) {
                rows.add(LIMIT);
            }
            rows.addAll(work.peers());
            String name = work.name();
            for (String row : rows) {
                Measure measure = measured.get(row);
                if (measure == null) {
                    continue;
                }
                out.append("| ").append(name).append(" | `").append(row).append("` | ")
                        .append(format(measure.nanos())).append(" | ")
                        .append(work.againstLimit() && limit != null ? ratio(measure.nanos(), limit.nanos()) : "")
                        .append(" | ")
                        .append(fastest.isPresent() ? ratio(measure.nanos(), measured.get(fastest.get()).nanos()) : "")
                        .append(" | ").append(bytes(measure.bytes())).append(" |\n");
                name = "";
            }
        }
        return out.toString();
    }

    private static Optional<String> cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String format(double nanos) {
        return nanos < 10 ? String.format(Locale.ROOT, "%.2f", nanos) : String.format(Locale.ROOT, "%.1f", nanos);
    }

    private static String ratio(double value, double base) {
        return String.format(Locale.ROOT, "%.2f", value / base);
    }

    private static String bytes(double bytes) {
        if (Double.isNaN(bytes)) {
            return "";
        }
        return bytes < 0.5 ? "0" : String.format(Locale.ROOT, "%.0f", bytes);
    }

    /** One kind of work: the generated operation that does it and the others that do the same. */
    private record Work(String name, String generated, boolean againstLimit, List<String> peers) {}

    /** The median time of one benchmark and the bytes it allocates per operation. */
    private record Measure(double nanos, double bytes) {}
}
