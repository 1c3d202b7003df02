package dev.closecodes.sample.client;

import java.util.Optional;

/**
 * Where a {@link ReconnectingClient} gets a fresh token when a close's advice is
 * {@link dev.closecodes.Reconnect#REAUTHENTICATE}: a refresh-token exchange, a sign-in dialog, a call to an identity
 * provider.
 */
@FunctionalInterface
public interface Credentials {

    /**
     * Gets a fresh token.
     *
     * @return the token, or nothing if no fresh one can be had (then the client gives up)
     * @throws InterruptedException if the thread is interrupted while waiting for the token
     */
    Optional<String> refresh() throws InterruptedException;

    /**
     * Returns credentials that never have a fresh token, for a client that cannot sign in again.
     *
     * @return credentials whose {@link #refresh()} is always empty
     */
    static Credentials none() {
        return Optional::empty;
    }
}
