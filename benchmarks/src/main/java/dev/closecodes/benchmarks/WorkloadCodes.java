package dev.closecodes.benchmarks;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Prints the lookup benchmarks' 1,024 codes as a JSON array, so that the ES module's benchmark
 * ({@code benchmarks/js/lookups.mjs}) goes through the same mix as the JMH benchmarks.
 */
public final class WorkloadCodes {
    private WorkloadCodes() {}

    /**
     * Prints the codes.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.out.println(Arrays.stream(Workload.codes()).mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "[", "]")));
    }
}
