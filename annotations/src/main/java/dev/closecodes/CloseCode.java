package dev.closecodes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an {@code int} constant of a close-code table as a close code.
 *
 * <pre>{@code
 * @CloseCode(title = "Token Expired",
 *            description = "The session token expired; sign in again before reconnecting.",
 *            reconnect = Reconnect.NEVER,
 *            aliases = "SESSION_EXPIRED",
 *            translations = @Translation(locale = "fr", description = "Le jeton a expiré ; reconnectez-vous."))
 * int TOKEN_EXPIRED = 4001;
 * }</pre>
 *
 * <p>The constant's name becomes the name of the generated enum constant, and its value the code. A table's own
 * codes lie in 3000–4999; the codes below 3000 belong to {@link StandardCloseCodes}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface CloseCode {

    /**
     * The code's short English name, as the IANA registry would list it. Example: {@code "Token Expired"}.
     *
     * @return the title; not blank
     */
    String title();

    /**
     * What the code means and what the peer should do about it, in one or two English sentences. Example:
     * {@code "The session token expired; sign in again before reconnecting."}
     *
     * @return the description; not blank
     */
    String description();

    /**
     * Whether an endpoint may put this code in a close frame. Only codes that describe a close locally (such as
     * 1005, 1006 and 1015) are not sendable. Example: {@code sendable = false}.
     *
     * @return {@code true} (the default) if the code may be sent
     */
    boolean sendable() default true;

    /**
     * The advice to a client that was closed with this code, given as at most one value: {@link Reconnect#NEVER}
     * (do not reconnect until something changes), {@link Reconnect#BACKOFF} (reconnect with exponential backoff),
     * {@link Reconnect#IMMEDIATELY} (reconnect at once, then back off) or {@link Reconnect#REAUTHENTICATE} (get fresh
     * credentials, then reconnect with backoff). Left out, the code takes the advice of the innermost range that
     * holds it. A table changes the advice of a code it inherits with {@link ReconnectOverride}. Example:
     * {@code reconnect = Reconnect.REAUTHENTICATE}.
     *
     * @return no value (the default) for the range's advice, or exactly one value
     */
    Reconnect[] reconnect() default {};

    /**
     * Other names by which the code is known, such as the older {@code CLOSE_NORMAL} for 1000. They are accepted by
     * the generated {@code fromName}. Example: {@code aliases = {"SESSION_EXPIRED", "TOKEN_TIMEOUT"}}.
     *
     * @return the aliases, none by default
     */
    String[] aliases() default {};

    /**
     * The description, and optionally the title, in other languages. Example:
     * {@code translations = @Translation(locale = "pt-BR", description = "O token expirou.")}.
     *
     * @return the translations, none by default
     */
    Translation[] translations() default {};
}
