package dev.closecodes.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.CloseCodeInfo;
import dev.closecodes.Reconnect;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Writes {@code {prefix}CloseCode}, the enum of every code of a table. */
final class CloseCodeEnumWriter {
    private static final ClassName RECONNECT = ClassName.get(Reconnect.class);
    private static final ClassName LOCALE = ClassName.get(Locale.class);
    private static final ClassName STRING = ClassName.get(String.class);

    private final boolean withGenerated;

    CloseCodeEnumWriter(boolean withGenerated) {
        this.withGenerated = withGenerated;
    }

    TypeSpec write(Table table) {
        ClassName self = table.names().code();
        TypeName optionalSelf = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
        TypeName stringList = ParameterizedTypeName.get(ClassName.get(List.class), STRING);
        int first = table.codes().isEmpty() ? 0 : table.codes().get(0).value();
        int last = table.codes().isEmpty() ? -1 : table.codes().get(table.codes().size() - 1).value();

        TypeSpec.Builder type = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(CloseCodeInfo.class)
                .addJavadoc("The close codes of {@link $T}, its own and those it inherits, in ascending order.\n\n",
                        table.spec())
                .addJavadoc("<p>{@link #fromCode(int)} finds a code without allocating; {@link #fromName(String)} "
                        + "accepts a constant's name, title or alias in any case; {@link #range()} tells the "
                        + "innermost {@link $T} that holds a code.\n\n", table.names().range())
                .addJavadoc(Snippets.origin(table));
        Snippets.markGenerated(type, table, withGenerated);

        for (Code code : table.codes()) {
            type.addEnumConstant(code.name(), constant(code));
        }

        type.addField(FieldSpec.builder(int.class, "FIRST_CODE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The lowest code; {@link #BY_CODE} starts there.\n")
                .initializer("$L", first)
                .build());
        type.addField(FieldSpec.builder(ArrayTypeName.of(self), "BY_CODE", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("Each constant at index {@code code - FIRST_CODE}; null where no code is declared.\n")
                .initializer("new $T[$L]", self, last - first + 1)
                .build());
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), STRING, self), "BY_NAME",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Each constant under its name, title and aliases, in lower case.\n")
                .build());
        type.addStaticBlock(CodeBlock.builder()
                .addStatement("$T<$T, $T> byName = new $T<>()", Map.class, STRING, self, HashMap.class)
                .beginControlFlow("for ($T code : values())", self)
                .addStatement("BY_CODE[code.code - FIRST_CODE] = code")
                .addStatement("byName.put(code.name().toLowerCase($T.ROOT), code)", LOCALE)
                .addStatement("byName.put(code.title.english().toLowerCase($T.ROOT), code)", LOCALE)
                .beginControlFlow("for ($T alias : code.aliases)", STRING)
                .addStatement("byName.put(alias.toLowerCase($T.ROOT), code)", LOCALE)
                .endControlFlow()
                .endControlFlow()
                .addStatement("BY_NAME = $T.copyOf(byName)", Map.class)
                .build());

        type.addField(Snippets.privateField(TypeName.INT, "code", "The code."));
        type.addField(Snippets.privateField(TypeName.BOOLEAN, "sendable", "Whether the code may be sent."));
        type.addField(Snippets.privateField(RECONNECT, "reconnect", "The advice after a close with this code."));
        type.addField(Snippets.privateField(Snippets.LOCALIZED_TEXT, "title", "The title, with its translations."));
        type.addField(Snippets.privateField(Snippets.LOCALIZED_TEXT, "description",
                "The description, with its translations."));
        type.addField(Snippets.privateField(stringList, "aliases", "Other names of the code."));
        type.addField(Snippets.privateField(optionalSelf, "asOptional",
                "This constant in an {@code Optional}, so that lookups allocate nothing."));

        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(int.class, "code")
                .addParameter(boolean.class, "sendable")
                .addParameter(Reconnect.class, "reconnect")
                .addParameter(Snippets.LOCALIZED_TEXT, "title")
                .addParameter(Snippets.LOCALIZED_TEXT, "description")
                .addParameter(ParameterSpec.builder(ArrayTypeName.of(STRING), "aliases").build())
                .varargs()
                .addStatement("this.code = code")
                .addStatement("this.sendable = sendable")
                .addStatement("this.reconnect = reconnect")
                .addStatement("this.title = title")
                .addStatement("this.description = description")
                .addStatement("this.aliases = $T.of(aliases)", List.class)
                .addStatement("this.asOptional = $T.of(this)", Optional.class)
                .build());

        type.addMethod(Snippets.accessor("code", TypeName.INT, "code",
                "Returns the numeric code, as a close frame carries it.", "the code", true));
        type.addMethod(Snippets.accessor("title", STRING, "title.english()",
                "Returns the code's English title, as the registry or the table names it.", "the title", true));
        type.addMethod(Snippets.localizedAccessor("title",
                "Returns the code's title in the language that best matches {@code locale}, "
                + "falling back to English.", true));
        type.addMethod(Snippets.accessor("description", STRING, "description.english()",
                "Returns what the code means, in English.", "the description", true));
        type.addMethod(Snippets.localizedAccessor("description",
                "Returns what the code means in the language that best matches "
                + "{@code locale}, falling back to English.", true));
        type.addMethod(Snippets.accessor("sendable", TypeName.BOOLEAN, "sendable",
                "Tells whether an endpoint may put this code in a close frame.",
                "{@code true} if it may be sent", true));
        type.addMethod(Snippets.accessor("reconnect", RECONNECT, "reconnect",
                "Returns what a client should do after a close with this code.", "the reconnect advice", true));
        type.addMethod(MethodSpec.methodBuilder("range")
                .addModifiers(Modifier.PUBLIC)
                .returns(table.names().range())
                .addJavadoc("Returns the innermost range that holds this code.\n\n@return the range\n")
                .addStatement("return $T.classify(code)", table.names().range())
                .build());
        type.addMethod(MethodSpec.methodBuilder("aliases")
                .addModifiers(Modifier.PUBLIC)
                .returns(stringList)
                .addJavadoc("Returns the other names of this code, such as older names from the MDN pages.\n\n"
                        + "@return the aliases, an immutable list, empty if there are none\n")
                .addStatement("return aliases")
                .build());

        type.addMethod(MethodSpec.methodBuilder("fromCode")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(optionalSelf)
                .addParameter(int.class, "code")
                .addJavadoc("Returns the constant for {@code code}, without allocating.\n\n"
                        + "@param code any {@code int}\n"
                        + "@return the constant, or an empty {@code Optional} if the table declares no such code\n")
                .addStatement("int index = code - FIRST_CODE")
                .beginControlFlow("if (index >= 0 && index < BY_CODE.length)")
                .addStatement("$T found = BY_CODE[index]", self)
                .beginControlFlow("if (found != null)")
                .addStatement("return found.asOptional")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.empty()", Optional.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("fromName")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(optionalSelf)
                .addParameter(String.class, "name")
                .addJavadoc("Returns the constant with this constant name, title or alias, ignoring case: "
                        + "{@code \"NORMAL_CLOSURE\"}, {@code \"normal closure\"} and {@code \"CLOSE_NORMAL\"} all "
                        + "name 1000.\n\n"
                        + "@param name the name; surrounding white space is ignored\n"
                        + "@return the constant, or an empty {@code Optional} if no code has that name\n"
                        + "@throws NullPointerException if {@code name} is null\n")
                .addStatement("return $T.ofNullable(BY_NAME.get(name.strip().toLowerCase($T.ROOT)))",
                        Optional.class, LOCALE)
                .build());
        return type.build();
    }

    private static TypeSpec constant(Code code) {
        CodeBlock.Builder args = CodeBlock.builder()
                .add("$L, $L, $T.$L,\n", code.value(), code.sendable(), RECONNECT, code.reconnect().name())
                .add("$L,\n", Snippets.localized(code.title(), code.translations(), Translation::title))
                .add("$L", Snippets.localized(code.description(), code.translations(), Translation::description));
        for (String alias : code.aliases()) {
            args.add(",\n$L", JavaText.literal(alias));
        }
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("{@code $L} $L: $L\n", code.value(), JavaText.javadoc(code.title()),
                        JavaText.javadoc(code.description()))
                .add("\n<p>$L; reconnect: {@link $T#$L}.", code.sendable() ? "Sendable" : "Never sent",
                        RECONNECT, code.reconnect().name());
        if (!code.aliases().isEmpty()) {
            doc.add(" Also known as $L.", code.aliases().stream()
                    .map(alias -> "{@code " + alias + "}")
                    .collect(Collectors.joining(", ")));
        }
        return TypeSpec.anonymousClassBuilder(CodeBlock.builder().indent().add(args.build()).unindent().build())
                .addJavadoc(doc.add("\n").build())
                .build();
    }
}
