package dev.closecodes.sample.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@code --locale} value as a well-formed BCP 47 language tag, such as {@code pt-BR}. */
final class LocaleConverter implements ITypeConverter<Locale> {
    /** The languages the tables ship, besides English. */
    static final String SHIPPED = "en, pt-BR, fr, zh-CN";

    @Override
    public Locale convert(String tag) {
        try {
            return new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw new TypeConversionException("'" + tag + "' is not a BCP 47 language tag; give one such as "
                    + SHIPPED);
        }
    }
}
