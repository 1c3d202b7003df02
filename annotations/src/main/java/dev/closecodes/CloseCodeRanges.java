package dev.closecodes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Holds the {@link CloseCodeRange} annotations of a table. Java writes it for you when an interface carries more
 * than one {@code @CloseCodeRange}; there is no need to use it directly.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CloseCodeRanges {

    /**
     * The ranges; writing {@code @CloseCodeRange} twice means the same as listing both here. Example:
     * {@code @CloseCodeRanges({@CloseCodeRange(name = "AUTH", from = 4000, to = 4099, …), @CloseCodeRange(…)})}.
     *
     * @return the ranges, in the order written
     */
    CloseCodeRange[] value();
}
