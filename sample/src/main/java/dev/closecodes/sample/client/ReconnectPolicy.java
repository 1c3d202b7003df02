package dev.closecodes.sample.client;

import dev.closecodes.Reconnect;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * What a client does after each failed attempt of one series of connection attempts, following the close's
 * {@link Reconnect} advice:
 * <ul>
 *   <li>{@link Reconnect#NEVER}: give up;</li>
 *   <li>{@link Reconnect#BACKOFF}: wait as the {@link Backoff} says for the next retry, then reconnect;</li>
 *   <li>{@link Reconnect#IMMEDIATELY}: reconnect without waiting, once in a series; from then on, back off, so that
 *       a server that keeps closing does not draw a storm of connections;</li>
 *   <li>{@link Reconnect#REAUTHENTICATE}: get a fresh token, then reconnect with it after the backoff's wait.</li>
 * </ul>
 * After {@code maxAttempts} attempts it gives up whatever the advice. Each retry that waits counts as one retry of
 * the backoff, so an immediate reconnection does not lengthen later waits. One policy serves one series: create a
 * new one for the next.
 */
final class ReconnectPolicy {
    private final Backoff backoff;
    private final int maxAttempts;
    private final RandomGenerator random;
    private int attempts;
    private int backoffRetries;
    private boolean reconnectedImmediately;

    /**
     * Creates the policy of one series.
     *
     * @param backoff the waits between attempts
     * @param maxAttempts the most attempts, at least 1
     * @param random the source of the backoff's jitter
     */
    ReconnectPolicy(Backoff backoff, int maxAttempts, RandomGenerator random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, but is " + maxAttempts);
        }
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    /**
     * Decides what follows an attempt that ended with this advice.
     *
     * @param advice the advice of the close that ended the attempt
     * @return the next step
     */
    Step next(Reconnect advice) {
        attempts++;
        if (advice == Reconnect.NEVER) {
            return new Step.GiveUp(ReconnectingClient.Result.GAVE_UP_AS_ADVISED);
        }
        if (attempts >= maxAttempts) {
            return new Step.GiveUp(ReconnectingClient.Result.GAVE_UP_AFTER_MAX_ATTEMPTS);
        }
        if (advice == Reconnect.IMMEDIATELY && !reconnectedImmediately) {
            reconnectedImmediately = true;
            return new Step.Retry(Duration.ZERO, false);
        }
        backoffRetries++;
        return new Step.Retry(backoff.delay(backoffRetries, random), advice == Reconnect.REAUTHENTICATE);
    }

    /** What the client does next. */
    sealed interface Step {
        /**
         * Stop trying.
         *
         * @param result why
         */
        record GiveUp(ReconnectingClient.Result result) implements Step {}

        /**
         * Try again.
         *
         * @param delay how long to wait first; zero to reconnect at once
         * @param refreshCredentials whether to get a fresh token first
         */
        record Retry(Duration delay, boolean refreshCredentials) implements Step {}
    }
}
