package dev.closecodes.sample.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));

    @Test
    void ceilingDoublesFromTheInitialWaitUpToTheMaximum() {
        assertEquals(Duration.ofMillis(100), backoff.ceiling(1));
        assertEquals(Duration.ofMillis(200), backoff.ceiling(2));
        assertEquals(Duration.ofMillis(400), backoff.ceiling(3));
        assertEquals(Duration.ofMillis(800), backoff.ceiling(4));
        assertEquals(Duration.ofMillis(1000), backoff.ceiling(5));
        assertEquals(Duration.ofMillis(1000), backoff.ceiling(1_000));
    }

    @Test
    void delayLiesBetweenHalfTheCeilingAndTheCeiling() {
        SplittableRandom random = new SplittableRandom(6455);
        for (int retry = 1; retry <= 8; retry++) {
            long ceiling = backoff.ceiling(retry).toMillis();
            for (int i = 0; i < 200; i++) {
                long delay = backoff.delay(retry, random).toMillis();
                assertTrue(delay >= ceiling / 2 && delay <= ceiling, "retry " + retry + ": " + delay + " ms");
            }
        }
    }

    @Test
    void delaysAreSpreadByJitter() {
        SplittableRandom random = new SplittableRandom(1012);
        long distinct = IntStream.range(0, 50).mapToLong(i -> backoff.delay(3, random).toMillis()).distinct().count();

        assertTrue(distinct > 10, "50 waits before retry 3 took " + distinct + " distinct values");
    }

    @Test
    void rejectsBoundsThatMakeNoSense() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> backoff.ceiling(0));
    }
}
