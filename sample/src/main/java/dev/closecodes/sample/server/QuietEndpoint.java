package dev.closecodes.sample.server;

import java.nio.channels.ClosedChannelException;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A server endpoint that takes a connection closed under it as a normal end: a client that leaves before the
 * closing handshake completes, or the server stopping with sessions still open. Other errors are logged.
 */
public abstract class QuietEndpoint extends Session.Listener.AbstractAutoDemanding {
    private static final System.Logger LOG = System.getLogger(QuietEndpoint.class.getName());

    /** Creates an endpoint. */
    protected QuietEndpoint() {}

    @Override
    public void onWebSocketError(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ClosedChannelException) {
                return;
            }
        }
        LOG.log(System.Logger.Level.WARNING, getClass().getSimpleName() + " failed", cause);
    }
}
