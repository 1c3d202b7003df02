package dev.closecodes.sample.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Frame;

/**
 * A server endpoint that keeps its session open until the client closes it, and records the exact body of the
 * client's close frame. Jetty then answers with the same code and reason, which completes the closing handshake.
 */
public final class HoldingEndpoint extends QuietEndpoint {
    private final String id;
    private final CloseRecorder recorder;

    HoldingEndpoint(String id, CloseRecorder recorder) {
        this.id = id;
        this.recorder = recorder;
    }

    @Override
    public void onWebSocketFrame(Frame frame, Callback callback) {
        if (frame.getType() == Frame.Type.CLOSE) {
            ByteBuffer payload = frame.getPayload();
            byte[] body = new byte[payload == null ? 0 : payload.remaining()];
            if (payload != null) {
                payload.duplicate().get(body);
            }
            recorder.record(id, body);
        }
        callback.succeed();
    }
}
