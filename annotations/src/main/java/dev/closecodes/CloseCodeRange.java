package dev.closecodes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a range of close codes on a close-code table: a name, bounds, and what holds for the codes of the range
 * that the table does not declare one by one.
 *
 * <pre>{@code
 * @CloseCodeRange(name = "AUTH", from = 4000, to = 4099, title = "Authentication",
 *                 description = "The server refused the client's credentials.",
 *                 sendable = true, reconnect = Reconnect.NEVER)
 * }</pre>
 *
 * <p>Ranges nest: a range may lie wholly inside another (4000–4099 inside the standard 4000–4999), but two ranges
 * may not partly overlap. A table's own ranges lie in 3000–4999.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(CloseCodeRanges.class)
public @interface CloseCodeRange {

    /**
     * The name of the generated range constant: an upper-case Java identifier. Example: {@code "AUTH"}.
     *
     * @return the name
     */
    String name();

    /**
     * The first code of the range. Example: {@code from = 4000}.
     *
     * @return the lower bound, inclusive
     */
    int from();

    /**
     * The last code of the range. Example: {@code to = 4099}.
     *
     * @return the upper bound, inclusive; not below {@link #from()}
     */
    int to();

    /**
     * The range's short English name. Example: {@code "Authentication"}.
     *
     * @return the title; not blank
     */
    String title();

    /**
     * What the codes of the range mean, in English. Example:
     * {@code "The server refused the client's credentials."}
     *
     * @return the description; not blank
     */
    String description();

    /**
     * Whether codes of this range that the table does not declare may be put in a close frame. Example:
     * {@code sendable = false}.
     *
     * @return {@code true} (the default) if undeclared codes of the range may be sent
     */
    boolean sendable() default true;

    /**
     * The advice for codes of this range that give none of their own, as at most one value: {@link Reconnect#NEVER},
     * {@link Reconnect#BACKOFF}, {@link Reconnect#IMMEDIATELY} or {@link Reconnect#REAUTHENTICATE}. Left out, the
     * range takes the advice of the range that encloses it. A table changes the advice of a range it inherits with
     * {@link ReconnectOverride}. Example: {@code reconnect = Reconnect.BACKOFF}.
     *
     * @return no value (the default) for the enclosing range's advice, or exactly one value
     */
    Reconnect[] reconnect() default {};

    /**
     * The description, and optionally the title, in other languages. Example:
     * {@code translations = @Translation(locale = "fr", title = "Authentification", description = "…")}.
     *
     * @return the translations, none by default
     */
    Translation[] translations() default {};
}
