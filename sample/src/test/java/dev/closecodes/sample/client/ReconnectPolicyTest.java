package dev.closecodes.sample.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.Reconnect;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The steps a client takes for each kind of advice, with seeded jitter: the same seed, the same waits. */
class ReconnectPolicyTest {
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));
    private static final long SEED = 6455;

    private static ReconnectPolicy policy(int maxAttempts) {
        return new ReconnectPolicy(BACKOFF, maxAttempts, new SplittableRandom(SEED));
    }

    /** The waits a backoff gives for retries 1, 2, … from the same seed. */
    private static Duration backoffWait(SplittableRandom random, int retry) {
        return BACKOFF.delay(retry, random);
    }

    @Test
    void neverGivesUpAtOnce() {
        assertEquals(new ReconnectPolicy.Step.GiveUp(ReconnectingClient.Result.GAVE_UP_AS_ADVISED),
                policy(5).next(Reconnect.NEVER));
    }

    @Test
    void neverGivesUpEvenAfterRetries() {
        ReconnectPolicy policy = policy(5);
        policy.next(Reconnect.BACKOFF);
        policy.next(Reconnect.IMMEDIATELY);

        assertEquals(new ReconnectPolicy.Step.GiveUp(ReconnectingClient.Result.GAVE_UP_AS_ADVISED),
                policy.next(Reconnect.NEVER));
    }

    @Test
    void backoffWaitsLongerEachTimeWithTheSeededJitter() {
        ReconnectPolicy policy = policy(5);
        SplittableRandom same = new SplittableRandom(SEED);

        for (int retry = 1; retry <= 4; retry++) {
            ReconnectPolicy.Step step = policy.next(Reconnect.BACKOFF);
            assertEquals(new ReconnectPolicy.Step.Retry(backoffWait(same, retry), false), step, "retry " + retry);
            Duration delay = ((ReconnectPolicy.Step.Retry) step).delay();
            long ceiling = BACKOFF.ceiling(retry).toMillis();
            assertTrue(delay.toMillis() >= ceiling / 2 && delay.toMillis() <= ceiling, retry + ": " + delay);
        }
    }

    @Test
    void immediatelyReconnectsOnceWithoutWaitingThenBacksOff() {
        ReconnectPolicy policy = policy(5);
        SplittableRandom same = new SplittableRandom(SEED);

        assertEquals(new ReconnectPolicy.Step.Retry(Duration.ZERO, false), policy.next(Reconnect.IMMEDIATELY));
        // The immediate attempt failed too: from now on the client backs off, from the backoff's first wait.
        assertEquals(new ReconnectPolicy.Step.Retry(backoffWait(same, 1), false), policy.next(Reconnect.IMMEDIATELY));
        assertEquals(new ReconnectPolicy.Step.Retry(backoffWait(same, 2), false), policy.next(Reconnect.BACKOFF));
        assertEquals(new ReconnectPolicy.Step.Retry(backoffWait(same, 3), false), policy.next(Reconnect.IMMEDIATELY));
    }

    @Test
    void immediatelyAfterBackingOffStillReconnectsAtOnceTheFirstTime() {
        ReconnectPolicy policy = policy(5);
        SplittableRandom same = new SplittableRandom(SEED);

        assertEquals(new ReconnectPolicy.Step.Retry(backoffWait(same, 1), false), policy.next(Reconnect.BACKOFF));
        assertEquals(new ReconnectPolicy.Step.Retry(Duration.ZERO, false), policy.next(Reconnect.IMMEDIATELY));
        assertEquals(new ReconnectPolicy.Step.Retry(backoffWait(same, 2), false), policy.next(Reconnect.BACKOFF));
    }

    @Test
    void reauthenticateRefreshesTheCredentialsThenBacksOff() {
        ReconnectPolicy policy = policy(5);
        SplittableRandom same = new SplittableRandom(SEED);

        assertEquals(new ReconnectPolicy.Step.Retry(backoffWait(same, 1), true), policy.next(Reconnect.REAUTHENTICATE));
        assertEquals(new ReconnectPolicy.Step.Retry(backoffWait(same, 2), false), policy.next(Reconnect.BACKOFF));
        assertEquals(new ReconnectPolicy.Step.Retry(backoffWait(same, 3), true), policy.next(Reconnect.REAUTHENTICATE));
    }

    @ParameterizedTest
    @EnumSource(value = Reconnect.class, names = "NEVER", mode = EnumSource.Mode.EXCLUDE)
    void everyAdviceToReconnectStopsAtTheLastAttempt(Reconnect advice) {
        ReconnectPolicy policy = policy(3);

        assertTrue(policy.next(advice) instanceof ReconnectPolicy.Step.Retry);
        assertTrue(policy.next(advice) instanceof ReconnectPolicy.Step.Retry);
        assertEquals(new ReconnectPolicy.Step.GiveUp(ReconnectingClient.Result.GAVE_UP_AFTER_MAX_ATTEMPTS),
                policy.next(advice));
    }

    @Test
    void aSingleAttemptNeverRetries() {
        assertEquals(new ReconnectPolicy.Step.GiveUp(ReconnectingClient.Result.GAVE_UP_AFTER_MAX_ATTEMPTS),
                policy(1).next(Reconnect.IMMEDIATELY));
    }

    @Test
    void atLeastOneAttempt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> policy(0));
        assertEquals("maxAttempts must be at least 1, but is 0", e.getMessage());
    }
}
