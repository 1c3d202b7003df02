package dev.closecodes.sample.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: before retry {@code n} (counting from 1) a client waits a random time between half
 * and all of {@code min(max, initial × 2^(n-1))}. The random half keeps clients that lost the same server at the same
 * moment from all coming back at once.
 *
 * @param initial the ceiling of the first wait
 * @param max the ceiling no wait goes above
 */
public record Backoff(Duration initial, Duration max) {

    /**
     * Checks the bounds.
     *
     * @param initial the ceiling of the first wait
     * @param max the ceiling no wait goes above
     * @throws IllegalArgumentException if {@code initial} is not positive or {@code max} is below it
     */
    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, but initial is " + initial + " and max " + max);
        }
    }

    /**
     * Returns the ceiling of the wait before a retry, before jitter.
     *
     * @param retry the retry's number, from 1
     * @return {@code min(max, initial × 2^(retry-1))}
     */
    public Duration ceiling(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries count from 1, but got " + retry);
        }
        long millis = initial.toMillis();
        for (int i = 1; i < retry && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /**
     * Returns how long to wait before a retry.
     *
     * @param retry the retry's number, from 1
     * @param random the source of jitter
     * @return a duration from half the {@linkplain #ceiling(int) ceiling} to the ceiling, both included
     */
    public Duration delay(int retry, RandomGenerator random) {
        long ceiling = ceiling(retry).toMillis();
        long half = ceiling / 2;
        return Duration.ofMillis(ceiling - half + random.nextLong(half + 1));
    }
}
