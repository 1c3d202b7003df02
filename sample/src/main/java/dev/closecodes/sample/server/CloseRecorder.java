package dev.closecodes.sample.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The close-frame bodies that clients sent to the server's holding endpoint, by the id each client gave. */
public final class CloseRecorder {
    private final Map<String, CompletableFuture<byte[]>> bodies = new ConcurrentHashMap<>();

    /** Creates an empty recorder. */
    public CloseRecorder() {}

    void record(String id, byte[] body) {
        future(id).complete(body);
    }

    /**
     * Waits for the close frame that the client with this id sends.
     *
     * @param id the id the client put in its URL
     * @param timeout how long to wait
     * @return a copy of the close frame's body
     * @throws TimeoutException if no close frame arrives in time
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public byte[] await(String id, Duration timeout) throws TimeoutException, InterruptedException {
        try {
            return future(id).get(timeout.toMillis(), TimeUnit.MILLISECONDS).clone();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private CompletableFuture<byte[]> future(String id) {
        return bodies.computeIfAbsent(id, key -> new CompletableFuture<>());
    }
}
