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
import java.util.ArrayList;
import java.util.Collections;
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
    private static final ClassName LOCALIZED_TEXT = Snippets.LOCALIZED_TEXT;

    /** The nested class that holds what lookups by code never need; see {@link #texts}. */
    private static final String TEXTS = "Texts";

    /**
     * The most bytecode, estimated, that one method filling {@link #TEXTS} gets: well under the JVM's limit of 65,535
     * bytes per method.
     */
    private static final int PART_BYTES = 30_000;

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
        TypeName byCode = ParameterizedTypeName.get(ClassName.get(List.class), optionalSelf);
        type.addField(FieldSpec.builder(byCode, "BY_CODE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Each code from {@link #FIRST_CODE} up, at index {@code code - FIRST_CODE}: its constant "
                        + "in an {@code Optional}, or an empty one where no code is declared. An immutable list of "
                        + "ready-made {@code Optional}s, so that a lookup is one bounds check and one load, and "
                        + "allocates nothing.\n")
                .build());
        type.addStaticBlock(CodeBlock.builder()
                .addStatement("$T byCode = new $T<>($T.nCopies($L, $T.empty()))", byCode, ArrayList.class,
                        Collections.class, last - first + 1, Optional.class)
                .beginControlFlow("for ($T code : values())", self)
                .addStatement("byCode.set(code.code - FIRST_CODE, $T.of(code))", Optional.class)
                .endControlFlow()
                .addStatement("BY_CODE = $T.copyOf(byCode)", List.class)
                .build());

        type.addField(Snippets.privateField(TypeName.INT, "code", "The code."));
        type.addField(Snippets.privateField(TypeName.BOOLEAN, "sendable", "Whether the code may be sent."));
        type.addField(Snippets.privateField(RECONNECT, "reconnect", "The advice after a close with this code."));

        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(int.class, "code")
                .addParameter(boolean.class, "sendable")
                .addParameter(Reconnect.class, "reconnect")
                .addStatement("this.code = code")
                .addStatement("this.sendable = sendable")
                .addStatement("this.reconnect = reconnect")
                .build());

        type.addMethod(Snippets.accessor("code", TypeName.INT, "code",
                "Returns the numeric code, as a close frame carries it.", "the code", true));
        type.addMethod(Snippets.accessor("title", STRING, TEXTS + ".TITLES[ordinal()].english()",
                "Returns the code's English title, as the registry or the table names it.", "the title", true));
        type.addMethod(Snippets.localizedAccessor("title", TEXTS + ".TITLES[ordinal()]",
                "Returns the code's title in the language that best matches {@code locale}, "
                + "falling back to English.", true));
        type.addMethod(Snippets.accessor("description", STRING, TEXTS + ".DESCRIPTIONS[ordinal()].english()",
                "Returns what the code means, in English.", "the description", true));
        type.addMethod(Snippets.localizedAccessor("description", TEXTS + ".DESCRIPTIONS[ordinal()]",
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
                .addStatement("return $L.ALIASES.get(ordinal())", TEXTS)
                .build());

        type.addMethod(MethodSpec.methodBuilder("fromCode")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(optionalSelf)
                .addParameter(int.class, "code")
                .addJavadoc("Returns the constant for {@code code}, without allocating.\n\n"
                        + "@param code any {@code int}\n"
                        + "@return the constant, or an empty {@code Optional} if the table declares no such code\n")
                .addStatement("int index = code - FIRST_CODE")
                .addStatement("return index >= 0 && index < BY_CODE.size() ? BY_CODE.get(index) : $T.empty()",
                        Optional.class)
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
                .addStatement("return $T.ofNullable($L.BY_NAME.get(name.strip().toLowerCase($T.ROOT)))",
                        Optional.class, TEXTS, LOCALE)
                .build());
        return type.addType(texts(table)).build();
    }

    /**
     * Returns the private nested class {@code Texts}: each constant's title, description and aliases, by ordinal, and
     * the index {@code fromName} reads. They stay out of the constants' arguments because javac puts the arguments of
     * every constant in the enum's static initializer, and the JVM caps a method at 64 KB of bytecode, which a table
     * of a few hundred codes with translations would pass. Here they are filled in parts, one method each, small
     * enough for any table; and lookups by code never load them.
     */
    private static TypeSpec texts(Table table) {
        ClassName self = table.names().code();
        TypeName stringList = ParameterizedTypeName.get(ClassName.get(List.class), STRING);
        TypeName aliasesList = ParameterizedTypeName.get(ClassName.get(List.class), stringList);
        ArrayTypeName textArray = ArrayTypeName.of(LOCALIZED_TEXT);
        ParameterSpec aliases = ParameterSpec.builder(aliasesList, "aliases").build();
        TypeSpec.Builder texts = TypeSpec.classBuilder(TEXTS)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The constants' titles, descriptions and aliases, by ordinal, and the index "
                        + "{@link $T#fromName(String)} reads. A class of their own, filled in parts, so that no "
                        + "method passes the JVM's 64 KB limit however large the table, and so that lookups by code "
                        + "never load them.\n", self)
                .addField(FieldSpec.builder(textArray, "TITLES", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each constant's title, with its translations.\n")
                        .initializer("new $T[$L]", LOCALIZED_TEXT, table.codes().size())
                        .build())
                .addField(FieldSpec.builder(textArray, "DESCRIPTIONS", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each constant's description, with its translations.\n")
                        .initializer("new $T[$L]", LOCALIZED_TEXT, table.codes().size())
                        .build())
                .addField(FieldSpec.builder(aliasesList, "ALIASES", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each constant's aliases.\n")
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), STRING, self),
                                "BY_NAME", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each constant under its name, title and aliases, in lower case.\n")
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        List<CodeBlock> parts = new ArrayList<>();
        CodeBlock.Builder part = CodeBlock.builder();
        int bytes = 0;
        for (Code code : table.codes()) {
            // About 30 bytes per statement and 10 per string constant.
            int estimate = 100 + 10 * (2 + code.aliases().size() + code.translations().stream()
                    .mapToInt(translation -> translation.title().isEmpty() ? 2 : 4).sum());
            if (bytes > 0 && bytes + estimate > PART_BYTES) {
                parts.add(part.build());
                part = CodeBlock.builder();
                bytes = 0;
            }
            bytes += estimate;
            // Plain lines rather than statements, whose wrapped lines JavaPoet would indent twice more.
            part.add("TITLES[$L.ordinal()] = $L;\n", code.name(),
                    Snippets.localized(code.title(), code.translations(), Translation::title));
            part.add("DESCRIPTIONS[$L.ordinal()] = $L;\n", code.name(),
                    Snippets.localized(code.description(), code.translations(), Translation::description));
            if (!code.aliases().isEmpty()) {
                part.add("aliases.set($L.ordinal(), $T.of($L));\n", code.name(), List.class, code.aliases().stream()
                        .map(JavaText::literal)
                        .collect(Collectors.joining(", ")));
            }
        }
        parts.add(part.build());

        CodeBlock.Builder init = CodeBlock.builder()
                .addStatement("$T aliases = new $T<>($T.nCopies(TITLES.length, $T.of()))", aliasesList,
                        ArrayList.class, Collections.class, List.class);
        for (int i = 0; i < parts.size(); i++) {
            init.addStatement("fill$L(aliases)", i);
            texts.addMethod(MethodSpec.methodBuilder("fill" + i)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(aliases)
                    .addCode(parts.get(i))
                    .build());
        }
        init.addStatement("ALIASES = $T.copyOf(aliases)", List.class)
                .addStatement("$T<$T, $T> byName = new $T<>()", Map.class, STRING, self, HashMap.class)
                .beginControlFlow("for ($T code : $T.values())", self, self)
                .addStatement("byName.put(code.name().toLowerCase($T.ROOT), code)", LOCALE)
                .addStatement("byName.put(TITLES[code.ordinal()].english().toLowerCase($T.ROOT), code)", LOCALE)
                .beginControlFlow("for ($T alias : ALIASES.get(code.ordinal()))", STRING)
                .addStatement("byName.put(alias.toLowerCase($T.ROOT), code)", LOCALE)
                .endControlFlow()
                .endControlFlow()
                .addStatement("BY_NAME = $T.copyOf(byName)", Map.class);
        return texts.addStaticBlock(init.build()).build();
    }

    private static TypeSpec constant(Code code) {
        CodeBlock.Builder args = CodeBlock.builder()
                .add("$L, $L, $T.$L", code.value(), code.sendable(), RECONNECT, code.reconnect().name());
        // Text in as few pieces as can be: JavaPoet's cost is per piece, and a large table has thousands.
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("$L", "{@code " + code.value() + "} " + JavaText.javadoc(code.title()) + ": "
                        + JavaText.javadoc(code.description()) + "\n\n<p>"
                        + (code.sendable() ? "Sendable" : "Never sent") + "; reconnect: ")
                .add("{@link $T#$L}.", RECONNECT, code.reconnect().name());
        if (!code.aliases().isEmpty()) {
            doc.add("$L", code.aliases().stream()
                    .map(alias -> "{@code " + alias + "}")
                    .collect(Collectors.joining(", ", " Also known as ", ".")));
        }
        return TypeSpec.anonymousClassBuilder(CodeBlock.builder().indent().add(args.build()).unindent().build())
                .addJavadoc(doc.add("\n").build())
                .build();
    }
}
