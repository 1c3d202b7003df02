package dev.closecodes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an inherited code, or an inherited range, this table's own reconnect advice. A protocol's clients often treat
 * a standard code or a standard range differently from the registry's default: graphql-transport-ws clients give up
 * on 1011 Internal Error and retry on any 3xxx code nobody declares. Such a table says so on the interface:
 *
 * <pre>{@code
 * @CloseCodeTable
 * @ReconnectOverride(code = StandardCloseCodes.INTERNAL_ERROR, reconnect = Reconnect.NEVER)
 * @ReconnectOverride(range = "LIBRARIES", reconnect = Reconnect.BACKOFF)
 * public interface GraphqlCloseCodes extends StandardCloseCodes { … }
 * }</pre>
 *
 * <p>Each override names exactly one of {@link #code()} and {@link #range()}, which the table inherits (from
 * {@link StandardCloseCodes} or any other interface it extends) and does not declare itself; a table's own codes
 * and ranges take their advice in {@link CloseCode#reconnect()} and {@link CloseCodeRange#reconnect()}. The
 * generated types of the table, and of every table that extends it, carry the overriding advice; the interface
 * that declares the code or range keeps its own. A range's override is the advice of the codes in it that no table
 * declares, and of the ranges inside it that give no advice of their own; codes declared with advice of their own
 * keep it.
 *
 * <p>Overriding the same code or range twice is an error; overriding it with the advice it already has is a
 * warning.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ReconnectOverrides.class)
public @interface ReconnectOverride {

    /**
     * The inherited code whose advice this table overrides; give this or {@link #range()}, not both. Example:
     * {@code code = StandardCloseCodes.INTERNAL_ERROR}.
     *
     * @return the code; left out ({@code -1}) when the override names a range
     */
    int code() default -1;

    /**
     * The name of the inherited range whose advice this table overrides; give this or {@link #code()}, not both.
     * Example: {@code range = "LIBRARIES"}.
     *
     * @return the range's name, as its {@link CloseCodeRange#name()}; left out ({@code ""}) when the override
     *     names a code
     */
    String range() default "";

    /**
     * This table's advice for the code, or for the range's undeclared codes. Example:
     * {@code reconnect = Reconnect.BACKOFF}.
     *
     * @return the advice
     */
    Reconnect reconnect();
}
