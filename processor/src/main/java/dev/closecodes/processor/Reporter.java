package dev.closecodes.processor;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Reports problems through the {@link Messager} at the most precise position there is, each once, and counts the
 * errors.
 */
final class Reporter {
    private final Messager messager;
    private final Optional<SourceLocator> locator;
    private final Set<String> reported = new HashSet<>();
    private int errors;

    Reporter(Messager messager, Optional<SourceLocator> locator) {
        this.messager = messager;
        this.locator = locator;
    }

    void report(Problem problem, Position position, Object... args) {
        String message = problem.format(args);
        if (problem.kind() == Diagnostic.Kind.ERROR) {
            errors++;
        }
        // A supertype shared by several tables would otherwise be reported once for each.
        if (!reported.add(message + '\0' + position)) {
            return;
        }
        if (position.repeated() == null) {
            messager.printMessage(problem.kind(), message, position.element(), position.mirror(), position.value());
        } else if (locator.isEmpty() || !locator.get().print(problem.kind(), message, position)) {
            // javac's Messager cannot point into a repeated annotation; the element is the nearest it can.
            messager.printMessage(problem.kind(), message, position.element());
        }
    }

    /** Counts an error that javac has reported itself, so that the table it is in generates nothing. */
    void alreadyReported() {
        errors++;
    }

    /** The number of errors reported so far, repeats included. */
    int errors() {
        return errors;
    }
}
