/**
 * The closecodes annotations, the standard WebSocket close-code table and the small runtime API that generated
 * code uses. It reads {@code java.base} only.
 *
 * <p>A named module that declares a table requires this module; the processor runs on the processor path and is
 * never needed at run time:
 *
 * <pre>{@code
 * module com.example.chat {
 *     requires dev.closecodes;
 * }
 * }</pre>
 */
module dev.closecodes {
    exports dev.closecodes;
}
