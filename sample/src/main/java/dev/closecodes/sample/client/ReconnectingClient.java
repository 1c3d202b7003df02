package dev.closecodes.sample.client;

import dev.closecodes.Reconnect;
import dev.closecodes.sample.ChatCloseEvent;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * A client that follows the reconnect advice of the generated types. It connects; if the server greets it, it is
 * connected. If the connection ends instead, the {@link ChatCloseEvent}'s {@link ChatCloseEvent#reconnect()} decides,
 * as {@link ReconnectPolicy} spells out: {@link Reconnect#NEVER} gives up at once, {@link Reconnect#BACKOFF} waits as
 * the {@link Backoff} says and tries again, {@link Reconnect#IMMEDIATELY} tries again without waiting (once; then it
 * backs off), and {@link Reconnect#REAUTHENTICATE} asks its {@link Credentials} for a fresh token, which it sends as
 * the URI's {@code token} query parameter, before it tries again with backoff. It makes at most a given number of
 * attempts.
 */
public final class ReconnectingClient {
    /** The query parameter that carries the client's token. */
    public static final String TOKEN_PARAMETER = "token";

    private final CloseWatcher watcher;
    private final Backoff backoff;
    private final int maxAttempts;
    private final RandomGenerator random;
    private final Pacer pacer;

    /**
     * Creates a client.
     *
     * @param watcher opens the connections
     * @param backoff the waits between attempts
     * @param maxAttempts the most connections to try, at least 1
     * @param random the source of the backoff's jitter
     * @param pacer the clock the client reads and waits on
     */
    public ReconnectingClient(CloseWatcher watcher, Backoff backoff, int maxAttempts, RandomGenerator random,
            Pacer pacer) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, but is " + maxAttempts);
        }
        this.watcher = watcher;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.random = random;
        this.pacer = pacer;
    }

    /**
     * Connects to {@code uri} with no way to get fresh credentials: a close that asks for them ends the series.
     *
     * @param uri the service's WebSocket URI
     * @param onAttempt told of each attempt as soon as it ends
     * @return every attempt and how it all ended
     * @throws InterruptedException if the thread is interrupted while waiting
     * @throws TimeoutException if a connection neither greets nor ends in time
     */
    public Outcome connect(URI uri, Consumer<Attempt> onAttempt) throws InterruptedException, TimeoutException {
        return connect(uri, Credentials.none(), onAttempt);
    }

    /**
     * Connects to {@code uri} until the server greets the client or the advice says to stop. Once greeted, the client
     * closes the connection normally.
     *
     * @param uri the service's WebSocket URI, with the client's first token in its query if it has one
     * @param credentials where fresh tokens come from
     * @param onAttempt told of each attempt as soon as it ends
     * @return every attempt and how it all ended
     * @throws InterruptedException if the thread is interrupted while waiting
     * @throws TimeoutException if a connection neither greets nor ends in time
     */
    public Outcome connect(URI uri, Credentials credentials, Consumer<Attempt> onAttempt)
            throws InterruptedException, TimeoutException {
        ReconnectPolicy policy = new ReconnectPolicy(backoff, maxAttempts, random);
        List<Attempt> attempts = new ArrayList<>();
        URI target = uri;
        for (int number = 1; ; number++) {
            Instant started = pacer.now();
            CloseWatcher.Connection connection = watcher.open(target);
            String greeting = connection.awaitFirstMessageOrClose();
            if (greeting != null) {
                ChatCloseEvent close = connection.close(1000, "bye");
                Attempt attempt = new Attempt(number, started, Optional.of(greeting), close, Optional.empty(), false);
                onAttempt.accept(attempt);
                attempts.add(attempt);
                return new Outcome(Result.CONNECTED, attempts);
            }
            ChatCloseEvent close = connection.awaitClose();
            ReconnectPolicy.Step step = policy.next(close.reconnect());
            Optional<String> token = Optional.empty();
            if (step instanceof ReconnectPolicy.Step.Retry retry && retry.refreshCredentials()) {
                token = credentials.refresh();
                if (token.isEmpty()) {
                    step = new ReconnectPolicy.Step.GiveUp(Result.GAVE_UP_WITHOUT_CREDENTIALS);
                }
            }
            Optional<Duration> wait = step instanceof ReconnectPolicy.Step.Retry retry
                    ? Optional.of(retry.delay()) : Optional.empty();
            Attempt attempt = new Attempt(number, started, Optional.empty(), close, wait, token.isPresent());
            onAttempt.accept(attempt);
            attempts.add(attempt);
            if (step instanceof ReconnectPolicy.Step.GiveUp giveUp) {
                return new Outcome(giveUp.result(), attempts);
            }
            if (token.isPresent()) {
                target = withToken(target, token.get());
            }
            if (!wait.get().isZero()) {
                pacer.sleep(wait.get());
            }
        }
    }

    /** Returns {@code uri} with its {@code token} query parameter, if any, replaced by {@code token}. */
    static URI withToken(URI uri, String token) {
        List<String> query = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(parameter -> !parameter.isEmpty() && !parameter.equals(TOKEN_PARAMETER)
                            && !parameter.startsWith(TOKEN_PARAMETER + "="))
                    .forEach(query::add);
        }
        query.add(TOKEN_PARAMETER + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + "?"
                + String.join("&", query) + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
    }

    /**
     * One connection attempt.
     *
     * @param number the attempt's number, from 1
     * @param startedAt when the client began to connect, by its {@link Pacer}
     * @param greeting the server's greeting, if the attempt connected
     * @param close how the connection ended
     * @param retryAfter how long the client waits before the next attempt, if it makes one; zero to reconnect at
     *     once
     * @param freshCredentials whether the client got a fresh token for the next attempt
     */
    public record Attempt(int number, Instant startedAt, Optional<String> greeting, ChatCloseEvent close,
            Optional<Duration> retryAfter, boolean freshCredentials) {}

    /** How a series of attempts ended. */
    public enum Result {
        /** The server greeted the client. */
        CONNECTED,
        /** A close's advice was {@link Reconnect#NEVER}. */
        GAVE_UP_AS_ADVISED,
        /** A close's advice was {@link Reconnect#REAUTHENTICATE}, and the {@link Credentials} had no fresh token. */
        GAVE_UP_WITHOUT_CREDENTIALS,
        /** Every attempt allowed ended with advice to reconnect. */
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
