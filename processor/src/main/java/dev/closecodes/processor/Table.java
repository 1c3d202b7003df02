package dev.closecodes.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A checked close-code table: what the writers generate from. Immutable, and free of annotation mirrors.
 *
 * @param element the annotated interface, the only originating element of every generated file
 * @param names the generated types' names
 * @param codes every code, own and inherited, in ascending order
 * @param ranges every range, own and inherited, in ascending {@code from} order, enclosing ranges first
 */
record Table(TypeElement element, TypeNames names, List<Code> codes, List<Range> ranges) {

    Table {
        codes = List.copyOf(codes);
        ranges = List.copyOf(ranges);
    }

    /** The table interface's name, for references in generated code and javadoc. */
    ClassName spec() {
        return ClassName.get(element);
    }

    /** One past the highest code any range holds: the length of the generated lookup arrays. */
    int rangeLimit() {
        return ranges.stream().mapToInt(Range::to).max().orElse(-1) + 1;
    }
}
