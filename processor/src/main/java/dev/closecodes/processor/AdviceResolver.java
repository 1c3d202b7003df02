package dev.closecodes.processor;

import dev.closecodes.Reconnect;
import dev.closecodes.processor.Declarations.CodeDeclaration;
import dev.closecodes.processor.Declarations.RangeDeclaration;
import dev.closecodes.processor.Declarations.TableDeclaration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out the advice of a table's ranges and codes under a set of overrides: a range's is its override, else its
 * own {@code reconnect}, else its enclosing range's, else {@link Reconnect#NEVER}; a code's is its override, else its
 * own, else its innermost range's.
 */
final class AdviceResolver {
    /** Outer first: a range's enclosing ranges come before it. */
    private final List<Range> ranges;
    private final Map<String, Reconnect> ownRangeAdvice = new HashMap<>();
    private final Map<Integer, Reconnect> ownCodeAdvice = new HashMap<>();

    AdviceResolver(TableDeclaration table, List<Range> ranges) {
        this.ranges = ranges;
        for (RangeDeclaration range : table.ranges()) {
            if (range.reconnect().size() == 1) {
                ownRangeAdvice.putIfAbsent(key(range.name(), range.from(), range.to()),
                        Reconnect.valueOf(range.reconnect().get(0)));
            }
        }
        for (CodeDeclaration code : table.codes()) {
            if (code.isReadable() && code.reconnect().size() == 1) {
                ownCodeAdvice.putIfAbsent(code.value(), Reconnect.valueOf(code.reconnect().get(0)));
            }
        }
    }

    private static String key(String name, int from, int to) {
        return name + "\0" + from + "\0" + to;
    }

    Reconnect advice(AdviceTarget target, Map<AdviceTarget, Reconnect> overrides) {
        if (target.code() != null) {
            return codeAdvice(target.code(), overrides);
        }
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).name().equals(target.range())) {
                return rangeAdvice(i, overrides);
            }
        }
        return Reconnect.NEVER;
    }

    Reconnect rangeAdvice(Range range, Map<AdviceTarget, Reconnect> overrides) {
        return rangeAdvice(ranges.indexOf(range), overrides);
    }

    /** The advice of the {@code index}th range: its override, its own, or its enclosing range's. */
    private Reconnect rangeAdvice(int index, Map<AdviceTarget, Reconnect> overrides) {
        Range range = ranges.get(index);
        Reconnect overridden = overrides.get(new AdviceTarget(null, range.name()));
        if (overridden != null) {
            return overridden;
        }
        Reconnect own = ownRangeAdvice.get(key(range.name(), range.from(), range.to()));
        if (own != null) {
            return own;
        }
        // The enclosing range comes earlier in the list; the index falls, so this ends.
        for (int outer = index - 1; outer >= 0; outer--) {
            if (ranges.get(outer).from() <= range.from() && range.to() <= ranges.get(outer).to()) {
                return rangeAdvice(outer, overrides);
            }
        }
        return Reconnect.NEVER;
    }

    Reconnect codeAdvice(int value, Map<AdviceTarget, Reconnect> overrides) {
        Reconnect overridden = overrides.get(new AdviceTarget(value, null));
        if (overridden != null) {
            return overridden;
        }
        Reconnect own = ownCodeAdvice.get(value);
        if (own != null) {
            return own;
        }
        for (int index = ranges.size() - 1; index >= 0; index--) {
            if (ranges.get(index).from() <= value && value <= ranges.get(index).to()) {
                return rangeAdvice(index, overrides);
            }
        }
        return Reconnect.NEVER;
    }
}
