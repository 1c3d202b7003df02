package dev.closecodes.processor;

import dev.closecodes.processor.Declarations.TableDeclaration;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks the table as a type: an interface that extends {@code StandardCloseCodes}, without type parameters, that
 * generated code can see, with a prefix that makes type names, and with no int constant left unannotated.
 */
final class ShapeChecks {
    private final Reporter reporter;

    ShapeChecks(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Reports a table that is no interface; nothing else about it can be checked then. */
    boolean checkInterface(TableDeclaration table) {
        TypeElement element = table.element();
        if (element.getKind() != ElementKind.INTERFACE) {
            reporter.report(Problem.TABLE_NOT_INTERFACE, table.position(), element.getSimpleName(),
                    Problem.kindWithArticle(element));
            return false;
        }
        return true;
    }

    /** Returns the table's prefix, or nothing, with an error, if it makes no type names. */
    Optional<String> prefix(TableDeclaration table) {
        String prefix = table.prefix();
        if (prefix.isEmpty()) {
            return Optional.of(TypeNames.defaultPrefix(table.element().getSimpleName().toString()));
        }
        if (!ConstantNames.isPlainIdentifier(prefix) || !Character.isLetter(prefix.codePointAt(0))) {
            reporter.report(Problem.PREFIX_NOT_IDENTIFIER, table.prefixPosition(), prefix);
            return Optional.empty();
        }
        return Optional.of(prefix);
    }

    /** Checks that the table extends the standard table, has no type parameters, and is not private. */
    void checkType(TableDeclaration table) {
        TypeElement element = table.element();
        if (table.interfaces().stream()
                .noneMatch(type -> type.getQualifiedName().contentEquals(Annotations.STANDARD))) {
            reporter.report(Problem.TABLE_NOT_STANDARD, table.position(), element.getQualifiedName());
        }
        if (!element.getTypeParameters().isEmpty()) {
            reporter.report(Problem.TABLE_GENERIC, Position.of(element.getTypeParameters().get(0)),
                    element.getSimpleName(), element.getTypeParameters().stream()
                            .map(parameter -> parameter.getSimpleName().toString())
                            .collect(Collectors.joining(", ")));
        }
        for (Element enclosing = element; enclosing instanceof TypeElement type;
                enclosing = type.getEnclosingElement()) {
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.report(Problem.TABLE_NESTED_PRIVATE, table.position(), element.getSimpleName(),
                        packageOf(element));
                return;
            }
        }
    }

    /** Warns about {@code int} constants of the table itself that are not annotated, and so not in the enum. */
    void checkUnannotated(TableDeclaration table) {
        for (VariableElement field : table.unannotated()) {
            reporter.report(Problem.CODE_NOT_ANNOTATED, Position.of(field), field.getSimpleName(),
                    table.element().getSimpleName());
        }
    }

    static String packageOf(TypeElement type) {
        Element element = type;
        while (!(element instanceof PackageElement)) {
            element = element.getEnclosingElement();
        }
        return ((PackageElement) element).getQualifiedName().toString();
    }
}
