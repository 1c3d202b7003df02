package dev.closecodes.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Reads annotations through their mirrors, so that every value keeps its position. */
final class Mirrors {
    /** What javac gives as the value of an expression it could not evaluate. */
    private static final String ERROR = "<error>";

    private Mirrors() {}

    /** Returns the annotations of type {@code qualifiedName} on {@code element}. */
    static List<AnnotationMirror> find(Element element, String qualifiedName) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (nameOf(mirror).equals(qualifiedName)) {
                found.add(mirror);
            }
        }
        return found;
    }

    static boolean has(Element element, String qualifiedName) {
        return !find(element, qualifiedName).isEmpty();
    }

    static String nameOf(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /** Returns the value the user wrote for {@code attribute}, or null if it was left to its default. */
    static AnnotationValue explicitValue(AnnotationMirror mirror, String attribute) {
        if (mirror == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /**
     * Tells whether javac found an error in a value of {@code mirror} or of an annotation nested in it, such as a
     * constant that does not exist. javac reports those itself; a value read from one means nothing.
     */
    static boolean hasErrors(AnnotationMirror mirror) {
        for (AnnotationValue value : mirror.getElementValues().values()) {
            if (isErroneous(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isErroneous(AnnotationValue value) {
        Object content = value.getValue();
        if (content instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof AnnotationValue element && isErroneous(element)) {
                    return true;
                }
            }
            return false;
        }
        if (content instanceof AnnotationMirror nested) {
            return hasErrors(nested);
        }
        // javac stands an erroneous value in for the expression it could not evaluate: its value is the string
        // "<error>", and, unlike a string constant's, its source form has no quotes.
        return content == null || ERROR.equals(content) && ERROR.equals(value.toString());
    }

    /** Returns the value of {@code attribute}, written or default. */
    static Object value(AnnotationMirror mirror, String attribute) {
        for (ExecutableElement method
                : ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
            if (method.getSimpleName().contentEquals(attribute)) {
                AnnotationValue written = mirror.getElementValues().get(method);
                AnnotationValue value = written != null ? written : method.getDefaultValue();
                return value == null ? null : value.getValue();
            }
        }
        throw new IllegalArgumentException("no attribute " + attribute + " on " + nameOf(mirror));
    }

    static String string(AnnotationMirror mirror, String attribute) {
        return value(mirror, attribute) instanceof String text ? text : "";
    }

    static int integer(AnnotationMirror mirror, String attribute) {
        return value(mirror, attribute) instanceof Integer number ? number : 0;
    }

    static boolean bool(AnnotationMirror mirror, String attribute) {
        return value(mirror, attribute) instanceof Boolean flag && flag;
    }

    /**
     * Returns the elements of an array attribute that are of {@code type}: {@link AnnotationValue} for the values
     * themselves, or the type of what they hold ({@code String}, {@code AnnotationMirror}, and
     * {@code VariableElement} for enum constants). A single value written without braces is one element.
     */
    static <T> List<T> list(AnnotationMirror mirror, String attribute, Class<T> type) {
        List<T> items = new ArrayList<>();
        if (value(mirror, attribute) instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof AnnotationValue value) {
                    Object content = type == AnnotationValue.class ? value : value.getValue();
                    if (type.isInstance(content)) {
                        items.add(type.cast(content));
                    }
                }
            }
        }
        return items;
    }
}
