package dev.closecodes.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.CloseCodesGenerated;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Generates {@code {prefix}CloseCode}, {@code {prefix}CloseCodeRange} and {@code {prefix}CloseEvent} for every
 * interface annotated with {@code @CloseCodeTable}.
 *
 * <p>Each table goes through the same phases: {@link TableReader} reads its declarations from annotation mirrors,
 * {@link TableChecker} reports every mistake and builds the model, the three writers turn the model into types,
 * and {@link SourceWriter} hands them to the {@code Filer}. A table with an error generates nothing.
 *
 * <p>Generated types carry {@code @javax.annotation.processing.Generated} when the table's module reads
 * {@code java.compiler} (the unnamed module always does, if the JDK has it); option
 * {@code -Aclosecodes.generatedAnnotation=false} leaves it out everywhere.
 */
@AutoService(Processor.class)
public final class CloseCodeProcessor extends AbstractProcessor {
    /** Whether generated types carry {@code @javax.annotation.processing.Generated}; {@code true} by default. */
    static final String GENERATED_OPTION = "closecodes.generatedAnnotation";

    /** What the processor writes through: the compiler's {@code Filer}, or one that a test watches. */
    private final UnaryOperator<Filer> filers;

    /** Creates the processor; javac does, through {@code META-INF/services}. */
    public CloseCodeProcessor() {
        this(UnaryOperator.identity());
    }

    /** Creates a processor that writes through {@code filers} applied to the compiler's {@code Filer}. */
    CloseCodeProcessor(UnaryOperator<Filer> filers) {
        this.filers = filers;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // The markers on the types this processor generates are claimed too: the next round sees them, and an
        // unclaimed annotation is a warning that breaks users' -Xlint:all -Werror builds.
        return Set.of(TableReader.TABLE, TableReader.CODE, TableReader.RANGE, TableReader.RANGES,
                "dev.closecodes.Translation", "dev.closecodes.ReconnectOverride", "dev.closecodes.ReconnectOverrides",
                CloseCodesGenerated.class.getCanonicalName(),
                Snippets.GENERATED.canonicalName());
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(GENERATED_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Reporter reporter = new Reporter(processingEnv.getMessager(), SourceLocator.of(processingEnv));
        try {
            Set<TypeElement> strays = new HashSet<>();
            checkStrayCodes(round, reporter, strays);
            checkStrayRanges(round, reporter, strays);
        } catch (RuntimeException | Error e) {
            reporter.report(Problem.UNEXPECTED, Position.of(null), "the annotations of this round", e);
        }
        Set<String> inSource = new HashSet<>();
        for (TypeElement root : ElementFilter.typesIn(round.getRootElements())) {
            inSource.add(root.getQualifiedName().toString());
        }
        TableReader reader = new TableReader(type -> inSource.contains(outermost(type).getQualifiedName().toString()));
        Map<String, TypeElement> claimed = new HashMap<>();
        for (TypeElement table : annotated(round, TableReader.TABLE)) {
            try {
                process(table, reader, reporter, claimed);
            } catch (RuntimeException | Error e) {
                // A bug of ours, not the user's: say so on the table rather than crash javac.
                reporter.report(Problem.UNEXPECTED, Position.of(table), table.getSimpleName(), e);
            }
        }
        return true;
    }

    private void process(TypeElement table, TableReader reader, Reporter reporter, Map<String, TypeElement> claimed) {
        int errorsBefore = reporter.errors();
        AnnotationMirror annotation = Mirrors.find(table, TableReader.TABLE).get(0);
        if (table.getKind() != ElementKind.INTERFACE) {
            reporter.report(Problem.TABLE_NOT_INTERFACE, Position.of(table, annotation), table.getSimpleName(),
                    withArticle(table), table.getSimpleName());
            return;
        }
        Optional<String> prefix = prefix(table, annotation, reporter);
        checkShape(table, annotation, reporter);
        TableReader.Declarations declarations = reader.read(table);
        if (declarations.interfaces().stream()
                .noneMatch(type -> type.getQualifiedName().contentEquals(TableReader.STANDARD))) {
            reporter.report(Problem.TABLE_NOT_STANDARD, Position.of(table, annotation), table.getQualifiedName());
        }
        checkUnannotated(table, reporter);
        // With a prefix that makes no type names, the names the generated types would use are the default prefix's.
        TypeNames names = TypeNames.of(packageOf(table),
                prefix.orElse(TypeNames.defaultPrefix(table.getSimpleName().toString())));
        Optional<Table> model = new TableChecker(reporter).check(declarations, names);
        if (prefix.isPresent()) {
            checkNames(table, Position.of(table, annotation).at("prefix"), names, reporter, claimed);
        }
        if (model.isEmpty() || reporter.errors() > errorsBefore) {
            return;
        }
        boolean withGenerated = !"false".equalsIgnoreCase(processingEnv.getOptions().get(GENERATED_OPTION))
                && generatedIsReadable(table);
        List<TypeSpec> types = List.of(
                new CloseCodeEnumWriter(withGenerated).write(model.get()),
                new CloseCodeRangeWriter(withGenerated).write(model.get()),
                new CloseEventWriter(withGenerated).write(model.get()));
        new SourceWriter(filers.apply(processingEnv.getFiler()), reporter).write(model.get(), types);
    }

    /**
     * Whether the table's code can use {@code @javax.annotation.processing.Generated}: the type must exist, and a
     * named module must read {@code java.compiler} (by {@code requires static java.compiler;} or a module that
     * requires it transitively). Being somewhere in the module graph is not enough.
     */
    private boolean generatedIsReadable(TypeElement table) {
        Elements elements = processingEnv.getElementUtils();
        ModuleElement module = elements.getModuleOf(table);
        if (module == null || module.isUnnamed()) {
            return elements.getTypeElement(Snippets.GENERATED.canonicalName()) != null;
        }
        return elements.getTypeElement(module, Snippets.GENERATED.canonicalName()) != null;
    }

    /** Returns the table's prefix, or nothing, with an error, if it makes no type names. */
    private static Optional<String> prefix(TypeElement table, AnnotationMirror annotation, Reporter reporter) {
        String prefix = Mirrors.string(annotation, "prefix");
        if (prefix.isEmpty()) {
            return Optional.of(TypeNames.defaultPrefix(table.getSimpleName().toString()));
        }
        if (!GeneratedNames.isPlainIdentifier(prefix) || !Character.isLetter(prefix.codePointAt(0))) {
            reporter.report(Problem.PREFIX_NOT_IDENTIFIER, Position.of(table, annotation).at("prefix"), prefix);
            return Optional.empty();
        }
        return Optional.of(prefix);
    }

    private static void checkShape(TypeElement table, AnnotationMirror annotation, Reporter reporter) {
        if (!table.getTypeParameters().isEmpty()) {
            reporter.report(Problem.TABLE_GENERIC, Position.of(table.getTypeParameters().get(0)),
                    table.getSimpleName(), table.getTypeParameters().stream()
                            .map(parameter -> parameter.getSimpleName().toString())
                            .collect(Collectors.joining(", ")));
        }
        for (Element enclosing = table; enclosing instanceof TypeElement type; enclosing = type.getEnclosingElement()) {
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.report(Problem.TABLE_NESTED_PRIVATE, Position.of(table, annotation), table.getSimpleName(),
                        packageOf(table));
                return;
            }
        }
    }

    /** Warns about {@code int} constants of the table itself that are not annotated, and so not in the enum. */
    private static void checkUnannotated(TypeElement table, Reporter reporter) {
        for (VariableElement field : ElementFilter.fieldsIn(table.getEnclosedElements())) {
            if (field.asType().getKind() == TypeKind.INT && Mirrors.find(field, TableReader.CODE).isEmpty()) {
                reporter.report(Problem.CODE_NOT_ANNOTATED, Position.of(field), field.getSimpleName(),
                        table.getSimpleName());
            }
        }
    }

    /** Checks that no other table of this run, and no existing type, has the names this table generates. */
    private void checkNames(TypeElement table, Position position, TypeNames names, Reporter reporter,
            Map<String, TypeElement> claimed) {
        // Two tables with the same package and prefix clash in all three names: say so once.
        TypeElement other = claimed.putIfAbsent(names.code().canonicalName(), table);
        if (other != null && other != table) {
            reporter.report(Problem.NAME_CLASH_TABLES, position, other.getQualifiedName(), table.getQualifiedName(),
                    names.code().simpleName() + ", " + names.range().simpleName() + " and "
                            + names.event().simpleName(),
                    otherPrefix(table, names));
            return;
        }
        for (String name : List.of(names.code().canonicalName(), names.range().canonicalName(),
                names.event().canonicalName())) {
            TypeElement existing = processingEnv.getElementUtils().getTypeElement(name);
            // A type this processor generated in an earlier build may be seen again; only a user's type clashes.
            if (existing != null && Mirrors.find(existing, CloseCodesGenerated.class.getCanonicalName()).isEmpty()) {
                reporter.report(Problem.NAME_TAKEN, position, name);
            }
        }
    }

    /** A prefix to suggest to a table whose generated names clash with another table's. */
    private static String otherPrefix(TypeElement table, TypeNames clashing) {
        String prefix = TypeNames.defaultPrefix(table.getSimpleName().toString());
        if (table.getEnclosingElement() instanceof TypeElement outer) {
            prefix = outer.getSimpleName() + prefix;
        }
        return clashing.code().simpleName().equals(prefix + "CloseCode") ? prefix + "Other" : prefix;
    }

    /**
     * Reports {@code @CloseCode} on fields that no table can read: outside interfaces, or in unrelated ones; once
     * for each type, whose declaration is the one mistake.
     */
    private void checkStrayCodes(RoundEnvironment round, Reporter reporter, Set<TypeElement> strays) {
        TypeElement code = processingEnv.getElementUtils().getTypeElement(TableReader.CODE);
        if (code == null) {
            return;
        }
        List<VariableElement> fields = new ArrayList<>(ElementFilter.fieldsIn(round.getElementsAnnotatedWith(code)));
        fields.sort(Comparator.comparing(field -> field.getEnclosingElement().toString()));
        for (VariableElement field : fields) {
            TypeElement owner = (TypeElement) field.getEnclosingElement();
            // A table is checked as a whole; a table that is no interface is one error, not one per code.
            if (!Mirrors.find(owner, TableReader.TABLE).isEmpty() || isTableLike(owner) || !strays.add(owner)) {
                continue;
            }
            Position position = Position.of(field, Mirrors.find(field, TableReader.CODE).get(0));
            if (owner.getKind() != ElementKind.INTERFACE) {
                reporter.report(Problem.CODE_OUTSIDE_INTERFACE, position, field.getSimpleName(),
                        kindName(owner), owner.getSimpleName());
            } else {
                reporter.report(Problem.CODE_NOT_IN_TABLE, position, field.getSimpleName(), owner.getSimpleName(),
                        owner.getSimpleName());
            }
        }
    }

    /** Reports {@code @CloseCodeRange} on types that no table can read: classes, or unrelated interfaces. */
    private void checkStrayRanges(RoundEnvironment round, Reporter reporter, Set<TypeElement> strays) {
        Set<TypeElement> owners = new java.util.TreeSet<>(Comparator.comparing(type -> type.getQualifiedName().toString()));
        owners.addAll(annotated(round, TableReader.RANGE));
        owners.addAll(annotated(round, TableReader.RANGES));
        for (TypeElement owner : owners) {
            if (!Mirrors.find(owner, TableReader.TABLE).isEmpty() || isTableLike(owner) || !strays.add(owner)) {
                continue;
            }
            Map.Entry<AnnotationMirror, Position> range = TableReader.rangeMirrors(owner).get(0);
            Position position = range.getValue().at("name");
            String name = Mirrors.string(range.getKey(), "name");
            if (owner.getKind() != ElementKind.INTERFACE) {
                reporter.report(Problem.RANGE_OUTSIDE_INTERFACE, position, owner.getSimpleName(), withArticle(owner),
                        name);
            } else {
                reporter.report(Problem.RANGE_NOT_IN_TABLE, position, name, owner.getSimpleName(),
                        owner.getSimpleName());
            }
        }
    }

    /** Tells whether a table can extend {@code type} and read its codes and ranges. */
    private static boolean isTableLike(TypeElement type) {
        return type.getKind() == ElementKind.INTERFACE && extendsStandard(type);
    }

    private static boolean extendsStandard(TypeElement type) {
        return TableReader.supertypesFirst(type).stream()
                .anyMatch(supertype -> supertype.getQualifiedName().contentEquals(TableReader.STANDARD));
    }

    /** How messages name a kind of type: {@code class}, {@code enum}, {@code annotation type}. */
    private static String kindName(TypeElement type) {
        return type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The kind of a type with its article: {@code a class}, {@code an enum}, {@code an annotation type}. */
    private static String withArticle(TypeElement type) {
        String kind = kindName(type);
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private List<TypeElement> annotated(RoundEnvironment round, String annotation) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
        List<TypeElement> found = new ArrayList<>();
        if (type != null) {
            found.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(type)));
        }
        found.sort(Comparator.comparing(element -> element.getQualifiedName().toString()));
        return found;
    }

    private static TypeElement outermost(TypeElement type) {
        TypeElement outer = type;
        while (outer.getEnclosingElement() instanceof TypeElement enclosing) {
            outer = enclosing;
        }
        return outer;
    }

    private static String packageOf(TypeElement type) {
        Element element = type;
        while (!(element instanceof PackageElement)) {
            element = element.getEnclosingElement();
        }
        return ((PackageElement) element).getQualifiedName().toString();
    }
}
