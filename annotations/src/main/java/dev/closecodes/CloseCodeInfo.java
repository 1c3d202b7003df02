package dev.closecodes;

import java.util.Locale;

/**
 * What every generated close-code enum tells about each of its codes.
 *
 * <p>Generated {@code …CloseCode} enums implement this interface, so code that handles several tables can treat
 * their constants alike.
 */
public interface CloseCodeInfo {

    /**
     * Returns the numeric close code, as sent in a close frame and reported by {@code CloseEvent.code}.
     *
     * @return the code, from 0 to 65535
     */
    int code();

    /**
     * Returns the code's name, in English, as the IANA registry or the declaring table gives it.
     *
     * @return the title, such as {@code "Normal Closure"}
     */
    String title();

    /**
     * Returns the code's name in the language that best matches {@code locale}, falling back to English.
     *
     * @param locale the reader's locale
     * @return the title in that language, or in English where the table has no title for it
     */
    String title(Locale locale);

    /**
     * Returns what the code means, in English.
     *
     * @return the description
     */
    String description();

    /**
     * Returns what the code means in the language that best matches {@code locale}, falling back to English.
     *
     * @param locale the reader's locale
     * @return the description in that language, or in English where the table has none for it
     */
    String description(Locale locale);

    /**
     * Tells whether the code may be put in a close frame. Codes such as 1005 and 1006 only ever describe a close
     * locally and must never be sent.
     *
     * @return {@code true} if an endpoint may send this code
     */
    boolean sendable();

    /**
     * Returns what a client should do after a connection closed with this code: {@link Reconnect#NEVER} (do not
     * reconnect until something changes), {@link Reconnect#BACKOFF} (reconnect with exponential backoff and jitter),
     * {@link Reconnect#IMMEDIATELY} (reconnect at once; if that fails too, back off) or
     * {@link Reconnect#REAUTHENTICATE} (get fresh credentials, then reconnect with backoff).
     *
     * @return the reconnect advice of the table the code was generated for
     */
    Reconnect reconnect();
}
