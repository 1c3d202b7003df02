package dev.closecodes.processor;

import dev.closecodes.Reconnect;
import java.util.Comparator;
import java.util.List;

/**
 * One range of a table, with every default resolved.
 *
 * @param name the generated constant's name
 * @param from the first code, inclusive
 * @param to the last code, inclusive
 * @param title the English title
 * @param description the English description
 * @param sendable whether undeclared codes of the range may be sent
 * @param reconnect the range's own advice, or its enclosing range's
 * @param translations titles and descriptions in other languages
 */
record Range(
        String name,
        int from,
        int to,
        String title,
        String description,
        boolean sendable,
        Reconnect reconnect,
        List<Translation> translations) {

    /** Ascending {@code from}, and an enclosing range before the ranges inside it. */
    static final Comparator<Range> OUTER_FIRST =
            Comparator.comparingInt(Range::from).thenComparing(Comparator.comparingInt(Range::to).reversed());

    boolean contains(int code) {
        return from <= code && code <= to;
    }

    boolean encloses(Range other) {
        return from <= other.from && other.to <= to;
    }
}
