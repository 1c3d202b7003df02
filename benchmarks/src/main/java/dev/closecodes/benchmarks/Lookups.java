package dev.closecodes.benchmarks;

import dev.closecodes.sample.ChatCloseCode;
import dev.closecodes.sample.ChatCloseCodeRange;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import jakarta.websocket.CloseReason;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * From an {@code int} to what it means, over {@link Workload#codes()}: one operation is one code. Every method
 * hands each result to the blackhole, so all pay the same to keep it alive.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Lookups {
    private final int[] codes = Workload.codes();

    /** Creates the state; JMH does. */
    public Lookups() {}

    // ------------------------------------------------------------ generated

    /**
     * {@code ChatCloseCode.fromCode}.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.CODES)
    public void generatedFromCode(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(ChatCloseCode.fromCode(code));
        }
    }

    /**
     * {@code ChatCloseCodeRange.classify}.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.CODES)
    public void generatedClassify(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(ChatCloseCodeRange.classify(code));
        }
    }

    /**
     * {@code ChatCloseCodeRange.isSendable}.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.CODES)
    public void generatedIsSendable(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(ChatCloseCodeRange.isSendable(code));
        }
    }

    // ---------------------------------------------------------- hand-written

    /**
     * The limit: a bounds-checked array lookup.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.CODES)
    public void limitArrayLookup(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(Handwritten.arrayLookup(code));
        }
    }

    /**
     * A hand-written {@code switch} from code to constant.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.CODES)
    public void handwrittenSwitchLookup(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(Handwritten.switchLookup(code));
        }
    }

    /**
     * A hand-written {@code if} chain from code to range.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.CODES)
    public void handwrittenIfClassify(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(Handwritten.ifClassify(code));
        }
    }

    /**
     * A hand-written {@code switch} telling whether a code may be sent.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.CODES)
    public void handwrittenSwitchSendable(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(Handwritten.switchSendable(code));
        }
    }

    // ---------------------------------------------------------------- peers

    /**
     * Netty's {@code WebSocketCloseStatus.valueOf}, which allocates a new status for every code it does not know
     * and throws for codes it may not send; the exception is caught as a caller must.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.CODES)
    public void nettyValueOf(Blackhole blackhole) {
        for (int code : codes) {
            try {
                blackhole.consume(WebSocketCloseStatus.valueOf(code));
            } catch (IllegalArgumentException e) {
                blackhole.consume(e);
            }
        }
    }

    /**
     * Netty's {@code WebSocketCloseStatus.isValidStatusCode}.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.CODES)
    public void nettyIsValidStatusCode(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(WebSocketCloseStatus.isValidStatusCode(code));
        }
    }

    /**
     * Jakarta WebSocket's {@code CloseReason.CloseCodes.getCloseCode}, which allocates for every 3xxx/4xxx code
     * and throws for codes outside 1000–4999; the exception is caught as a caller must.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.CODES)
    public void jakartaGetCloseCode(Blackhole blackhole) {
        for (int code : codes) {
            try {
                blackhole.consume(CloseReason.CloseCodes.getCloseCode(code));
            } catch (IllegalArgumentException e) {
                blackhole.consume(e);
            }
        }
    }

    /**
     * Jetty's {@code CloseStatus.isTransmittableStatusCode}.
     *
     * @param blackhole the sink
     */
    @Benchmark
    @OperationsPerInvocation(Workload.CODES)
    public void jettyIsTransmittableStatusCode(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(CloseStatus.isTransmittableStatusCode(code));
        }
    }
}
