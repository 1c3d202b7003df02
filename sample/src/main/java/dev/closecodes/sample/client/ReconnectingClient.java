package dev.closecodes.sample.client;

import dev.closecodes.Reconnect;
import dev.closecodes.sample.ChatCloseEvent;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * A client that follows the reconnect advice of the generated types. It connects; if the server greets it, it is
 * connected. If the connection ends instead, the {@link ChatCloseEvent}'s {@link ChatCloseEvent#reconnect()} decides:
 * {@link Reconnect#NEVER} gives up at once, {@link Reconnect#BACKOFF} waits as the {@link Backoff} says and tries
 * again, up to a number of attempts.
 */
public final class ReconnectingClient {
    private final CloseWatcher watcher;
    private final Backoff backoff;
    private final int maxAttempts;
    private final RandomGenerator random;
    private final Sleeper sleeper;

    /**
     * Creates a client.
     *
     * @param watcher opens the connections
     * @param backoff the waits between attempts
     * @param maxAttempts the most connections to try, at least 1
     * @param random the source of the backoff's jitter
     * @param sleeper how to wait
     */
    public ReconnectingClient(CloseWatcher watcher, Backoff backoff, int maxAttempts, RandomGenerator random,
            Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, but is " + maxAttempts);
        }
        this.watcher = watcher;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.random = random;
        this.sleeper = sleeper;
    }

    /**
     * Connects to {@code uri} until the server greets the client or the advice says to stop. Once greeted, the client
     * closes the connection normally.
     *
     * @param uri the service's WebSocket URI
     * @param onAttempt told of each attempt as soon as it ends
     * @return every attempt and how it all ended
     * @throws InterruptedException if the thread is interrupted while waiting
     * @throws TimeoutException if a connection neither greets nor ends in time
     */
    public Outcome connect(URI uri, Consumer<Attempt> onAttempt) throws InterruptedException, TimeoutException {
        List<Attempt> attempts = new ArrayList<>();
        for (int number = 1; ; number++) {
            CloseWatcher.Connection connection = watcher.open(uri);
            String greeting = connection.awaitFirstMessageOrClose();
            if (greeting != null) {
                ChatCloseEvent close = connection.close(1000, "bye");
                Attempt attempt = new Attempt(number, Optional.of(greeting), close, Optional.empty());
                onAttempt.accept(attempt);
                attempts.add(attempt);
                return new Outcome(Result.CONNECTED, attempts);
            }
            ChatCloseEvent close = connection.awaitClose();
            boolean retry = close.reconnect() == Reconnect.BACKOFF && number < maxAttempts;
            Optional<Duration> wait = retry ? Optional.of(backoff.delay(number, random)) : Optional.empty();
            Attempt attempt = new Attempt(number, Optional.empty(), close, wait);
            onAttempt.accept(attempt);
            attempts.add(attempt);
            if (wait.isEmpty()) {
                Result result = close.reconnect() == Reconnect.NEVER ? Result.GAVE_UP_AS_ADVISED : Result.GAVE_UP_AFTER_MAX_ATTEMPTS;
                return new Outcome(result, attempts);
            }
            sleeper.sleep(wait.get());
        }
    }

    /** How a client waits between attempts. */
    @FunctionalInterface
    public interface Sleeper {
        /** Waits with {@link Thread#sleep(long)}. */
        Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

        /**
         * Waits.
         *
         * @param duration how long
         * @throws InterruptedException if the thread is interrupted while waiting
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * One connection attempt.
     *
     * @param number the attempt's number, from 1
     * @param greeting the server's greeting, if the attempt connected
     * @param close how the connection ended
     * @param retryAfter how long the client waits before the next attempt, if it makes one
     */
    public record Attempt(int number, Optional<String> greeting, ChatCloseEvent close, Optional<Duration> retryAfter) {}

    /** How a series of attempts ended. */
    public enum Result {
        /** The server greeted the client. */
        CONNECTED,
        /** A close's advice was {@link Reconnect#NEVER}. */
        GAVE_UP_AS_ADVISED,
        /** Every attempt allowed ended with {@link Reconnect#BACKOFF} advice. */
        GAVE_UP_AFTER_MAX_ATTEMPTS
    }

    /**
     * Every attempt and how they ended.
     *
     * @param result how the series ended
     * @param attempts the attempts, in order
     */
    public record Outcome(Result result, List<Attempt> attempts) {
        /**
         * Copies the attempts.
         *
         * @param result how the series ended
         * @param attempts the attempts, in order
         */
        public Outcome {
            attempts = List.copyOf(attempts);
        }
    }
}
