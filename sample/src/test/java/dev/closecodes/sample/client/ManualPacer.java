package dev.closecodes.sample.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that stands still until the client sleeps, and then moves on by exactly the sleep: no test waits. */
final class ManualPacer implements Pacer {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final List<Duration> slept = new ArrayList<>();

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public void sleep(Duration duration) {
        slept.add(duration);
        now = now.plus(duration);
    }

    /** The sleeps so far, in order. */
    List<Duration> slept() {
        return slept;
    }
}
