package dev.closecodes.benchmarks;

import dev.closecodes.sample.ChatCloseCodeRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The inputs every benchmark shares, fixed by a seed so that each run and each library sees the same ones.
 *
 * <p>Codes, as a server sees them arrive: mostly standard codes (1000 and 1001 above all), a fifth of 3xxx and
 * 4xxx codes (the sample's own, registered ones, and undeclared ones), and a tenth that no table declares
 * (negative, 0–999, undeclared 1xxx, 2xxx, 5000 and up).
 *
 * <p>Frames: code and reason pairs that every library may send and receive, drawn from the sendable codes of the
 * same mix, with reasons that are mostly short ASCII, a third empty and some in other scripts.
 */
final class Workload {
    /** How many codes each lookup benchmark goes through per invocation. */
    static final int CODES = 1024;

    /** How many frames each codec benchmark goes through per invocation. */
    static final int FRAMES = 256;

    private static final long SEED = 6455;

    private static final int[][] STANDARD = {
        {1000, 250}, {1001, 150}, {1006, 100}, {1011, 50}, {1008, 40}, {1002, 30}, {1005, 20}, {1009, 20},
        {1012, 20}, {1013, 10}, {1003, 10}, {1015, 5}, {1014, 5}, {1007, 5}, {1010, 3}, {1004, 2},
    };

    private static final int[][] OWN = {
        {4001, 50}, {4003, 20}, {4100, 30}, {4201, 20}, {4202, 10}, {3000, 15}, {3003, 10}, {3008, 15},
        {4000, 10}, {4500, 10}, {3500, 5}, {4999, 5},
    };

    private static final int[][] INVALID = {
        {-1, 10}, {0, 10}, {999, 10}, {1016, 15}, {1100, 5}, {2000, 10}, {2999, 5}, {5000, 15}, {65535, 10},
        {70000, 10},
    };

    private static final String[][] REASONS = {
        {"", "33"}, {"bye", "10"}, {"going away", "10"}, {"token expired", "10"}, {"server restarting", "8"},
        {"idle timeout after 300 s", "8"}, {"rate limited: slow down and reconnect later", "6"},
        {"sala cheia – tente de novo", "5"}, {"délai dépassé", "5"}, {"令牌已过期", "5"},
    };

    private Workload() {}

    /** Returns {@link #CODES} codes: 70% standard, 20% 3xxx/4xxx, 10% that no table declares, shuffled. */
    static int[] codes() {
        Random random = new Random(SEED);
        List<Integer> codes = new ArrayList<>();
        draw(STANDARD, CODES * 70 / 100, random, codes);
        draw(OWN, CODES * 20 / 100, random, codes);
        draw(INVALID, CODES - codes.size(), random, codes);
        Collections.shuffle(codes, random);
        return codes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Returns {@link #FRAMES} codes, each one a code every library accepts in a close frame. */
    static int[] frameCodes() {
        Random random = new Random(SEED + 1);
        List<Integer> codes = new ArrayList<>();
        while (codes.size() < FRAMES) {
            List<Integer> drawn = new ArrayList<>();
            draw(random.nextInt(10) < 8 ? STANDARD : OWN, 1, random, drawn);
            int code = drawn.get(0);
            if (ChatCloseCodeRange.isSendable(code)) {
                codes.add(code);
            }
        }
        return codes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Returns {@link #FRAMES} reasons, to go with {@link #frameCodes()}. */
    static String[] frameReasons() {
        Random random = new Random(SEED + 2);
        int total = 0;
        for (String[] reason : REASONS) {
            total += Integer.parseInt(reason[1]);
        }
        String[] reasons = new String[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            int pick = random.nextInt(total);
            for (String[] reason : REASONS) {
                pick -= Integer.parseInt(reason[1]);
                if (pick < 0) {
                    reasons[i] = reason[0];
                    break;
                }
            }
        }
        return reasons;
    }

    private static void draw(int[][] weighted, int count, Random random, List<Integer> into) {
        int total = 0;
        for (int[] entry : weighted) {
            total += entry[1];
        }
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(total);
            for (int[] entry : weighted) {
                pick -= entry[1];
                if (pick < 0) {
                    into.add(entry[0]);
                    break;
                }
            }
        }
    }
}
