package dev.closecodes.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a problem is: an element, optionally one of its annotations, optionally one value of that annotation.
 *
 * @param element the element
 * @param mirror the annotation, or null
 * @param value the annotation's value, or null
 */
record Position(Element element, AnnotationMirror mirror, AnnotationValue value) {

    static Position of(Element element) {
        return new Position(element, null, null);
    }

    static Position of(Element element, AnnotationMirror mirror) {
        return new Position(element, mirror, null);
    }

    /** The position of {@code value}, one of this position's annotation's values or an element of one. */
    Position at(AnnotationValue value) {
        return mirror == null ? this : new Position(element, mirror, value);
    }

    /** The position of {@code attribute} of this position's annotation, or of the annotation if it was left out. */
    Position at(String attribute) {
        return new Position(element, mirror, Mirrors.explicitValue(mirror, attribute));
    }
}
