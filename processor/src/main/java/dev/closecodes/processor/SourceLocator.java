package dev.closecodes.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reports at a value of a repeated annotation, which javac's {@code Messager} cannot find, by following the
 * source with javac's tree API. Under another compiler there is no tree API, and {@link #of} gives nothing.
 */
final class SourceLocator {
    private final Trees trees;

    private SourceLocator(Trees trees) {
        this.trees = trees;
    }

    /** Returns a locator for javac, or nothing under a compiler without its tree API. */
    static Optional<SourceLocator> of(ProcessingEnvironment env) {
        try {
            return Optional.of(new SourceLocator(Trees.instance(env)));
        } catch (IllegalArgumentException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Prints {@code message} at {@code position}; returns false, printing nothing, if it cannot find the source. */
    boolean print(Diagnostic.Kind kind, String message, Position position) {
        TreePath element = trees.getPath(position.element());
        if (element == null || position.repeated() == null) {
            return false;
        }
        Tree found = find(element, position.element(), position.repeated());
        if (found == null) {
            return false;
        }
        trees.printMessage(kind, message, found, element.getCompilationUnit());
        return true;
    }

    private Tree find(TreePath path, Element element, Position.Repeated repeated) {
        int seen = 0;
        for (AnnotationTree annotation : annotationsOf(path.getLeaf())) {
            Element type = trees.getElement(new TreePath(path, annotation.getAnnotationType()));
            if (type instanceof TypeElement typeElement
                    && typeElement.getQualifiedName().contentEquals(repeated.annotation())
                    && seen++ == repeated.index()) {
                return follow(annotation, repeated.steps());
            }
        }
        return null;
    }

    private static List<? extends AnnotationTree> annotationsOf(Tree tree) {
        if (tree instanceof com.sun.source.tree.ClassTree type) {
            return type.getModifiers().getAnnotations();
        }
        if (tree instanceof com.sun.source.tree.VariableTree variable) {
            return variable.getModifiers().getAnnotations();
        }
        return List.of();
    }

    /** Follows attribute names and array indexes from {@code tree} as far as the source goes. */
    private static Tree follow(Tree tree, List<Object> steps) {
        Tree current = tree;
        for (Object step : steps) {
            Tree next = null;
            if (step instanceof String attribute && current instanceof AnnotationTree annotation) {
                for (ExpressionTree argument : annotation.getArguments()) {
                    if (argument instanceof AssignmentTree assignment
                            && assignment.getVariable() instanceof IdentifierTree name
                            && name.getName().contentEquals(attribute)) {
                        next = assignment.getExpression();
                    }
                }
            } else if (step instanceof Integer index) {
                if (current instanceof NewArrayTree array && array.getInitializers() != null
                        && index < array.getInitializers().size()) {
                    next = array.getInitializers().get(index);
                } else if (!(current instanceof NewArrayTree) && index == 0) {
                    next = current;
                }
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }
}
