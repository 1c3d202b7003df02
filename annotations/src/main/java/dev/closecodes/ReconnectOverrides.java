package dev.closecodes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Holds the {@link ReconnectOverride} annotations of a table. Java writes it for you when an interface carries more
 * than one {@code @ReconnectOverride}; there is no need to use it directly.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ReconnectOverrides {

    /**
     * The overrides; writing {@code @ReconnectOverride} twice means the same as listing both here. Example:
     * {@code @ReconnectOverrides({@ReconnectOverride(code = 1011, reconnect = Reconnect.NEVER),
     * @ReconnectOverride(range = "LIBRARIES", reconnect = Reconnect.BACKOFF)})}.
     *
     * @return the overrides, in the order written
     */
    ReconnectOverride[] value();
}
