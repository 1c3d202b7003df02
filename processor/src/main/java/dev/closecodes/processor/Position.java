package dev.closecodes.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a problem is: an element, optionally one of its annotations, optionally one value of that annotation.
 *
 * <p>javac's {@code Messager} finds an annotation among the element's own, which a repeated annotation is not: the
 * element holds its container. For those, {@code repeated} says which of the repeated annotations it is and the
 * path from it to the value at fault, for {@link SourceLocator} to follow in the source.
 *
 * @param element the element
 * @param mirror the annotation, or null
 * @param value the annotation's value, or null
 * @param repeated where a repeated annotation's value is, or null
 */
record Position(Element element, AnnotationMirror mirror, AnnotationValue value, Repeated repeated) {

    /**
     * The {@code index}th annotation of type {@code annotation} written on an element, and the steps from it to a
     * value: attribute names, and indexes into array values.
     */
    record Repeated(String annotation, int index, List<Object> steps) {
        Repeated then(Object step) {
            List<Object> longer = new ArrayList<>(steps);
            longer.add(step);
            return new Repeated(annotation, index, List.copyOf(longer));
        }
    }

    static Position of(Element element) {
        return new Position(element, null, null, null);
    }

    static Position of(Element element, AnnotationMirror mirror) {
        return new Position(element, mirror, null, null);
    }

    /** The position of the {@code index}th {@code annotation} written on {@code element}, read as {@code mirror}. */
    static Position repeated(Element element, AnnotationMirror mirror, String annotation, int index) {
        return new Position(element, mirror, null, new Repeated(annotation, index, List.of()));
    }

    /** The position of {@code value}, one of this position's annotation's values or an element of one. */
    Position at(AnnotationValue value) {
        return mirror == null ? this : new Position(element, mirror, value, repeated);
    }

    /** The position of {@code attribute} of this position's annotation, or of the annotation if it was left out. */
    Position at(String attribute) {
        return mirror == null ? this : new Position(element, mirror, Mirrors.explicitValue(mirror, attribute),
                repeated == null ? null : repeated.then(attribute));
    }

    /** The position of {@code nested}, the {@code index}th annotation of this one's array {@code attribute}. */
    Position nested(AnnotationMirror nested, String attribute, int index) {
        return mirror == null ? this : new Position(element, nested, null,
                repeated == null ? null : repeated.then(attribute).then(index));
    }
}
