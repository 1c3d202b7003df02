package dev.closecodes.sample.client;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a {@link ReconnectingClient} reads and waits on. The {@linkplain #SYSTEM system's} sleeps; a test's moves
 * its own clock forward instead, so that no test waits.
 */
public interface Pacer {
    /** The system clock and {@link Thread#sleep(long)}. */
    Pacer SYSTEM = new Pacer() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }
    };

    /**
     * Returns the current time.
     *
     * @return now
     */
    Instant now();

    /**
     * Waits.
     *
     * @param duration how long; zero returns at once
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
