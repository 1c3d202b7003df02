package dev.closecodes;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A code's or a range's description, and optionally its title, in another language.
 *
 * <pre>{@code
 * @Translation(locale = "pt-BR", title = "Token expirado",
 *              description = "O token expirou; entre de novo antes de reconectar.")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Translation {

    /**
     * The language, as a BCP 47 tag. Examples: {@code "fr"}, {@code "pt-BR"}, {@code "zh-CN"}.
     *
     * @return the language tag; not English, not given twice on one code or range
     */
    String locale();

    /**
     * The title in that language. Example: {@code "Fermeture normale"}.
     *
     * @return the title, or {@code ""} (the default) to keep the English title
     */
    String title() default "";

    /**
     * The description in that language. Example: {@code "La connexion a rempli son rôle."}
     *
     * @return the description; not blank
     */
    String description();
}
