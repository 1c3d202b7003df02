package dev.closecodes.sample.server;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * A server endpoint that ends its session as soon as it opens, the way a {@link ServerClose} says. (Jetty calls
 * endpoints through method handles, so endpoint classes are public.)
 */
public final class ClosingEndpoint extends Session.Listener.AbstractAutoDemanding {
    private final ServerClose close;

    ClosingEndpoint(ServerClose close) {
        this.close = close;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        super.onWebSocketOpen(session);
        if (close instanceof ServerClose.CodeFrame frame) {
            session.close(frame.code(), frame.reason(), Callback.NOOP);
        } else if (close instanceof ServerClose.EmptyFrame) {
            // Jetty sends 1005, the code that stands for "no code", as a close frame with an empty body.
            session.close(StatusCode.NO_CODE, null, Callback.NOOP);
        } else {
            session.disconnect();
        }
    }

    /** Errors after the close are this endpoint's doing, such as writing to the connection it dropped. */
    @Override
    public void onWebSocketError(Throwable cause) {
        // Expected: nothing to report.
    }
}
