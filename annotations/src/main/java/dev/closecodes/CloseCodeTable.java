package dev.closecodes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a close-code table, for which the closecodes processor generates three types in the
 * interface's package.
 *
 * <p>The interface extends {@link StandardCloseCodes} (directly or through other interfaces), declares its own
 * codes as {@link CloseCode}-annotated {@code int} constants and its own ranges with {@link CloseCodeRange}, and may
 * give inherited codes and ranges its own {@link Reconnect} advice with {@link ReconnectOverride}:
 *
 * <pre>{@code
 * @CloseCodeTable
 * @CloseCodeRange(name = "AUTH", from = 4000, to = 4099, title = "Authentication",
 *                 description = "The server refused the client's credentials.", reconnect = Reconnect.NEVER)
 * public interface ChatCloseCodes extends StandardCloseCodes {
 *     @CloseCode(title = "Token Expired", description = "The session token expired; sign in again.")
 *     int TOKEN_EXPIRED = 4001;
 * }
 * }</pre>
 *
 * <p>For the prefix {@code Chat} this generates {@code ChatCloseCode} (an enum of every code, own and inherited),
 * {@code ChatCloseCodeRange} (an enum of every range, with a classifier for any {@code int}) and
 * {@code ChatCloseEvent} (an immutable close event with a builder and the RFC 6455 close-frame codec).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CloseCodeTable {

    /**
     * The prefix of the generated type names: {@code prefix + "CloseCode"}, {@code prefix + "CloseCodeRange"} and
     * {@code prefix + "CloseEvent"}. It must be a Java identifier that starts with a letter.
     *
     * <p>By default, the interface's simple name without a trailing {@code CloseCodes}, or the whole simple name
     * where that would leave nothing: {@code ChatCloseCodes} gives {@code Chat}, {@code CloseCodes} gives
     * {@code CloseCodes}. Example: {@code @CloseCodeTable(prefix = "Game")}.
     *
     * @return the prefix, or {@code ""} for the default
     */
    String prefix() default "";
}
