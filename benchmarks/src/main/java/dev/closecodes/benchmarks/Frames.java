package dev.closecodes.benchmarks;

import dev.closecodes.sample.ChatCloseEvent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import jakarta.websocket.CloseReason;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Close events and close-frame bodies, over {@link Workload#frameCodes()} and {@link Workload#frameReasons()}:
 * one operation is one frame.
 *
 * <p>Each library does the work it does on a real connection. Building an event checks the code and the reason.
 * Encoding turns a code and a reason into a body. Decoding reads a received body into a code and a reason,
 * checking what RFC 6455 asks of a receiver: the length, the code, and that the reason is valid UTF-8 (Netty does
 * that in {@code WebSocket08FrameDecoder.checkCloseFrameBody} before it hands the frame on, so its decode here is
 * that check, then the frame's {@code statusCode()} and {@code reasonText()}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Frames {
    private final int[] codes = Workload.frameCodes();
    private final String[] reasons = Workload.frameReasons();
    private final ChatCloseEvent[] events = new ChatCloseEvent[Workload.FRAMES];
    private final byte[][] bodies = new byte[Workload.FRAMES][];
    private final ByteBuf[] nettyBodies = new ByteBuf[Workload.FRAMES];
    private final ByteBuffer[] jettyBodies = new ByteBuffer[Workload.FRAMES];
    private final NettyCloseFrameCheck nettyCheck = new NettyCloseFrameCheck();

    /** Creates the state; JMH does. */
    public Frames() {}

    /** Builds the events and the bodies every library decodes: the same bytes, in each one's own buffer type. */
    @Setup
    public void setUp() {
        for (int i = 0; i < Workload.FRAMES; i++) {
            events[i] = ChatCloseEvent.builder().code(codes[i]).reason(reasons[i]).wasClean(true).build();
            bodies[i] = events[i].toPayload();
            nettyBodies[i] = Unpooled.wrappedBuffer(bodies[i]);
            jettyBodies[i] = ByteBuffer.wrap(bodies[i]);
        }
    }

    // ------------------------------------------------------------ build

    /**
     * {@code ChatCloseEvent.builder()…build()}: checks the code and the reason's UTF-8 length.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.FRAMES)
    public void generatedBuild(Blackhole blackhole) {
        for (int i = 0; i < Workload.FRAMES; i++) {
            blackhole.consume(ChatCloseEvent.builder().code(codes[i]).reason(reasons[i]).wasClean(true).build());
        }
    }

    /**
     * Jakarta's {@code new CloseReason(CloseCodes.getCloseCode(code), reason)}: checks the code's range and the
     * reason's UTF-8 length.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.FRAMES)
    public void jakartaBuild(Blackhole blackhole) {
        for (int i = 0; i < Workload.FRAMES; i++) {
            blackhole.consume(new CloseReason(CloseReason.CloseCodes.getCloseCode(codes[i]), reasons[i]));
        }
    }

    /**
     * Jetty's {@code new CloseStatus(code, reason)}: cuts the reason to what fits a frame.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.FRAMES)
    public void jettyBuild(Blackhole blackhole) {
        for (int i = 0; i < Workload.FRAMES; i++) {
            blackhole.consume(new CloseStatus(codes[i], reasons[i]));
        }
    }

    // ----------------------------------------------------------- encode

    /**
     * {@code ChatCloseEvent.toPayload()}.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.FRAMES)
    public void generatedToPayload(Blackhole blackhole) {
        for (ChatCloseEvent event : events) {
            blackhole.consume(event.toPayload());
        }
    }

    /**
     * Netty's {@code new CloseWebSocketFrame(code, reason)}, which writes the body into a new buffer; the frame is
     * released, as the channel does once it is written.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.FRAMES)
    public void nettyEncode(Blackhole blackhole) {
        for (int i = 0; i < Workload.FRAMES; i++) {
            CloseWebSocketFrame frame = new CloseWebSocketFrame(codes[i], reasons[i]);
            blackhole.consume(frame.content());
            frame.release();
        }
    }

    /**
     * Jetty's {@code CloseStatus.asPayloadBuffer(code, reason)}.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.FRAMES)
    public void jettyEncode(Blackhole blackhole) {
        for (int i = 0; i < Workload.FRAMES; i++) {
            blackhole.consume(CloseStatus.asPayloadBuffer(codes[i], reasons[i]));
        }
    }

    // ----------------------------------------------------------- decode

    /**
     * {@code ChatCloseEvent.fromPayload(body)}.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.FRAMES)
    public void generatedFromPayload(Blackhole blackhole) {
        for (byte[] body : bodies) {
            blackhole.consume(ChatCloseEvent.fromPayload(body));
        }
    }

    /**
     * Netty: the decoder's close-body check, then the frame's {@code statusCode()} and {@code reasonText()}.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.FRAMES)
    public void nettyDecode(Blackhole blackhole) {
        for (ByteBuf body : nettyBodies) {
            nettyCheck.check(body);
            CloseWebSocketFrame frame = new CloseWebSocketFrame(true, 0, body);
            blackhole.consume(frame.statusCode());
            blackhole.consume(frame.reasonText());
        }
    }

    /**
     * Jetty's {@code new CloseStatus(ByteBuffer)}, which checks the body and decodes the reason.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.FRAMES)
    public void jettyDecode(Blackhole blackhole) {
        for (ByteBuffer body : jettyBodies) {
            blackhole.consume(new CloseStatus(body));
        }
    }

    /** Netty's own close-body check, reached through the hook its decoder offers subclasses. */
    private static final class NettyCloseFrameCheck extends WebSocket08FrameDecoder {
        NettyCloseFrameCheck() {
            super(WebSocketDecoderConfig.newBuilder().build());
        }

        /** Checks a body the way the decoder does before it passes a close frame on; valid bodies only. */
        void check(ByteBuf body) {
            checkCloseFrameBody(null, body);
        }
    }
}
