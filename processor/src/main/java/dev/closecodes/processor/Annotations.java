package dev.closecodes.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** The names of closecodes' annotations and of their attributes, as the processor reads them from mirrors. */
final class Annotations {
    static final String STANDARD = "dev.closecodes.StandardCloseCodes";
    static final String TABLE = "dev.closecodes.CloseCodeTable";
    static final String CODE = "dev.closecodes.CloseCode";
    static final String RANGE = "dev.closecodes.CloseCodeRange";
    static final String RANGES = "dev.closecodes.CloseCodeRanges";
    static final String TRANSLATION = "dev.closecodes.Translation";
    static final String OVERRIDE = "dev.closecodes.ReconnectOverride";
    static final String OVERRIDES = "dev.closecodes.ReconnectOverrides";

    /** {@code @CloseCodeTable(prefix)}. */
    static final String PREFIX = "prefix";
    /** {@code @CloseCodeRange(name)}. */
    static final String NAME = "name";
    /** {@code @CloseCodeRange(from)}. */
    static final String FROM = "from";
    /** {@code @CloseCodeRange(to)}. */
    static final String TO = "to";
    /** {@code title} of {@code @CloseCode}, {@code @CloseCodeRange} and {@code @Translation}. */
    static final String TITLE = "title";
    /** {@code description} of {@code @CloseCode}, {@code @CloseCodeRange} and {@code @Translation}. */
    static final String DESCRIPTION = "description";
    /** {@code sendable} of {@code @CloseCode} and {@code @CloseCodeRange}. */
    static final String SENDABLE = "sendable";
    /** {@code reconnect} of {@code @CloseCode} and {@code @CloseCodeRange}. */
    static final String RECONNECT = "reconnect";
    /** {@code @CloseCode(aliases)}. */
    static final String ALIASES = "aliases";
    /** {@code translations} of {@code @CloseCode} and {@code @CloseCodeRange}. */
    static final String TRANSLATIONS = "translations";
    /** {@code @Translation(locale)}. */
    static final String LOCALE = "locale";
    /** {@code @ReconnectOverride(code)}: the inherited code it overrides. */
    static final String CODE_TARGET = "code";
    /** {@code @ReconnectOverride(range)}: the inherited range it overrides. */
    static final String RANGE_TARGET = "range";
    /** {@code @CloseCodeRanges(value)} and {@code @ReconnectOverrides(value)}, the containers of repeated ones. */
    static final String VALUE = "value";

    private Annotations() {}

    /** The types of the round annotated with {@code annotation}, in the order of their names. */
    static List<TypeElement> typesAnnotated(RoundEnvironment round, Elements elements, String annotation) {
        TypeElement type = elements.getTypeElement(annotation);
        List<TypeElement> found = new ArrayList<>();
        if (type != null) {
            found.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(type)));
        }
        found.sort(Comparator.comparing(element -> element.getQualifiedName().toString()));
        return found;
    }
}
