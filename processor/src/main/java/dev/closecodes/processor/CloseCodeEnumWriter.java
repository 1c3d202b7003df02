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
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code {prefix}CloseCode}, the enum of every code of a table.
 *
 * <p>The enum's constants are the table's, so every other name in it is chosen to be none of theirs: its fields,
 * nested class and parameters take their names from {@link MemberNames}, and a type whose simple name a constant
 * has is written in full.
 */
final class CloseCodeEnumWriter {
    private static final ClassName RECONNECT = ClassName.get(Reconnect.class);
    private static final ClassName LOCALE = ClassName.get(Locale.class);
    private static final ClassName STRING = ClassName.get(String.class);
    private static final ClassName OPTIONAL = ClassName.get(Optional.class);
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName MAP = ClassName.get(Map.class);
    private static final ClassName COLLECTIONS = ClassName.get(Collections.class);
    private static final TypeName STRING_LIST = ParameterizedTypeName.get(LIST, STRING);

    /** The types the enum names as the first word of an expression, where a constant of the same name hides them. */
    static Set<ClassName> typesInExpressions(TypeNames names) {
        return Set.of(RECONNECT, LOCALE, OPTIONAL, LIST, MAP, COLLECTIONS, Snippets.LOCALIZED_TEXT, names.code(),
                names.range());
    }

    /** The names of the enum's members, none of them a constant's. */
    private record Names(String firstCode, String lastCode, String byCode, String code, String sendable,
            String reconnect, String texts, String titles, String descriptions, String aliases, String byName,
            String aliasesParameter) {

        static Names of(Table table) {
            MemberNames names = new MemberNames(table.codes().stream().map(Code::name).toList());
            return new Names(names.claim("FIRST_CODE"), names.claim("LAST_CODE"), names.claim("BY_CODE"),
                    names.claim("code"), names.claim("sendable"), names.claim("reconnect"), names.claim("Texts"),
                    names.claim("TITLES"), names.claim("DESCRIPTIONS"), names.claim("ALIASES"),
                    names.claim("BY_NAME"), names.claim("aliases"));
        }
    }

    TypeSpec write(Table table) {
        Names n = Names.of(table);
        ClassName self = table.names().code();
        TypeName optionalSelf = ParameterizedTypeName.get(OPTIONAL, self);
        int first = table.codes().isEmpty() ? 0 : table.codes().get(0).value();
        int last = table.codes().isEmpty() ? -1 : table.codes().get(table.codes().size() - 1).value();

        TypeSpec.Builder type = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(CloseCodeInfo.class)
                .alwaysQualify(table.codes().stream().map(Code::name).toArray(String[]::new))
                .addJavadoc("The close codes of {@link $T}, its own and those it inherits, in ascending order.\n\n",
                        table.spec())
                .addJavadoc("<p>{@link #fromCode(int)} finds a code without allocating; {@link #fromName(String)} "
                        + "accepts a constant's name, title or alias in any case; {@link #range()} tells the "
                        + "innermost {@link $T} that holds a code.\n\n", table.names().range())
                .addJavadoc(Snippets.origin(table));

        for (Code code : table.codes()) {
            type.addEnumConstant(code.name(), constant(code));
        }

        type.addField(FieldSpec.builder(int.class, n.firstCode(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The lowest code; {@link #$L} starts there.\n", n.byCode())
                .initializer("$L", first)
                .build());
        type.addField(FieldSpec.builder(int.class, n.lastCode(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The highest code; {@link #$L} ends there.\n", n.byCode())
                .initializer("$L", last)
                .build());
        TypeName byCode = ParameterizedTypeName.get(LIST, optionalSelf);
        type.addField(FieldSpec.builder(byCode, n.byCode(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Each code from {@link #$L} to {@link #$L}, at index {@code code - $L}: its constant "
                        + "in an {@code Optional}, or an empty one where no code is declared. An immutable list of "
                        + "ready-made {@code Optional}s, so that a lookup is one bounds check and one load, and "
                        + "allocates nothing.\n", n.firstCode(), n.lastCode(), n.firstCode())
                .build());
        type.addStaticBlock(CodeBlock.builder()
                .addStatement("int size = $L - $L + 1", n.lastCode(), n.firstCode())
                .addStatement("$T byCode = new $T<>($T.nCopies(size, $T.empty()))", byCode, ArrayList.class,
                        COLLECTIONS, OPTIONAL)
                .beginControlFlow("for ($T code : values())", self)
                .addStatement("byCode.set(code.$L - $L, $T.of(code))", n.code(), n.firstCode(), OPTIONAL)
                .endControlFlow()
                .addStatement("$L = $T.copyOf(byCode)", n.byCode(), LIST)
                .build());

        type.addField(Snippets.privateField(TypeName.INT, n.code(), "The code."));
        type.addField(Snippets.privateField(TypeName.BOOLEAN, n.sendable(), "Whether the code may be sent."));
        type.addField(Snippets.privateField(RECONNECT, n.reconnect(), "The advice after a close with this code."));

        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(int.class, "code")
                .addParameter(boolean.class, "sendable")
                .addParameter(Reconnect.class, "reconnect")
                .addStatement("this.$L = code", n.code())
                .addStatement("this.$L = sendable", n.sendable())
                .addStatement("this.$L = reconnect", n.reconnect())
                .build());

        String titles = n.texts() + "." + n.titles() + "[ordinal()]";
        String descriptions = n.texts() + "." + n.descriptions() + "[ordinal()]";
        type.addMethod(Snippets.accessor("code", TypeName.INT, n.code(),
                "Returns the numeric code, as a close frame carries it.", "the code", true));
        type.addMethod(Snippets.accessor("title", STRING, titles + ".english()",
                "Returns the code's English title, as the registry or the table names it.", "the title", true));
        type.addMethod(Snippets.localizedAccessor("title", titles,
                "Returns the code's title in the language that best matches {@code locale}, "
                + "falling back to English.", true));
        type.addMethod(Snippets.accessor("description", STRING, descriptions + ".english()",
                "Returns what the code means, in English.", "the description", true));
        type.addMethod(Snippets.localizedAccessor("description", descriptions,
                "Returns what the code means in the language that best matches "
                + "{@code locale}, falling back to English.", true));
        type.addMethod(Snippets.accessor("sendable", TypeName.BOOLEAN, n.sendable(),
                "Tells whether an endpoint may put this code in a close frame.",
                "{@code true} if it may be sent", true));
        type.addMethod(Snippets.reconnectAccessor(n.reconnect(), "Returns what a client should do after a close with "
                + "this code, as this table advises:", true));
        type.addMethod(MethodSpec.methodBuilder("range")
                .addModifiers(Modifier.PUBLIC)
                .returns(table.names().range())
                .addJavadoc("Returns the innermost range that holds this code.\n\n@return the range\n")
                .addStatement("return $T.classify($L)", table.names().range(), n.code())
                .build());
        type.addMethod(MethodSpec.methodBuilder("aliases")
                .addModifiers(Modifier.PUBLIC)
                .returns(STRING_LIST)
                .addJavadoc("Returns the other names of this code, such as older names from the MDN pages.\n\n"
                        + "@return the aliases, an immutable list, empty if there are none\n")
                .addStatement("return $L.$L.get(ordinal())", n.texts(), n.aliases())
                .build());

        type.addMethod(MethodSpec.methodBuilder("fromCode")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(optionalSelf)
                .addParameter(int.class, "code")
                .addJavadoc("Returns the constant for {@code code}, without allocating.\n\n"
                        + "@param code any {@code int}\n"
                        + "@return the constant, or an empty {@code Optional} if the table declares no such code\n")
                .addStatement("int index = code - $L", n.firstCode())
                .addStatement("return index >= 0 && index < $L.size() ? $L.get(index) : $T.empty()", n.byCode(),
                        n.byCode(), OPTIONAL)
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
                .addStatement("return $T.ofNullable($L.$L.get(name.strip().toLowerCase($T.ROOT)))", OPTIONAL,
                        n.texts(), n.byName(), LOCALE)
                .build());
        return type.addType(texts(table, n)).build();
    }

    /**
     * Returns the private nested class {@code Texts}: each constant's title, description and aliases, by ordinal, and
     * the index {@code fromName} reads. They stay out of the constants' arguments because javac puts the arguments of
     * every constant in the enum's static initializer, and the JVM caps a method at 64 KB of bytecode, which a table
     * of a few hundred codes with translations would pass. Here they are filled in parts, one method each, small
     * enough for any table; and lookups by code never load them.
     */
    private static TypeSpec texts(Table table, Names n) {
        ClassName self = table.names().code();
        TypeName aliasesList = ParameterizedTypeName.get(LIST, STRING_LIST);
        ArrayTypeName textArray = ArrayTypeName.of(Snippets.LOCALIZED_TEXT);
        TypeSpec.Builder texts = TypeSpec.classBuilder(n.texts())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The constants' titles, descriptions and aliases, by ordinal, and the index "
                        + "{@link $T#fromName(String)} reads. A class of their own, filled in parts, so that no "
                        + "method passes the JVM's 64 KB limit however large the table, and so that lookups by code "
                        + "never load them.\n", self)
                .addField(FieldSpec.builder(textArray, n.titles(), Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each constant's title, with its translations.\n")
                        .initializer("new $T[$L]", Snippets.LOCALIZED_TEXT, table.codes().size())
                        .build())
                .addField(FieldSpec.builder(textArray, n.descriptions(), Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each constant's description, with its translations.\n")
                        .initializer("new $T[$L]", Snippets.LOCALIZED_TEXT, table.codes().size())
                        .build())
                .addField(FieldSpec.builder(aliasesList, n.aliases(), Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each constant's aliases.\n")
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(MAP, STRING, self), n.byName(),
                                Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each constant under its name, title and aliases, in lower case.\n")
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        List<Snippets.Fill> fills = new ArrayList<>();
        for (Code code : table.codes()) {
            CodeBlock.Builder lines = CodeBlock.builder();
            // Plain lines rather than statements, whose wrapped lines JavaPoet would indent twice more.
            lines.add("$L[$L.ordinal()] = $L;\n", n.titles(), code.name(),
                    Snippets.localized(code.title(), code.translations(), TranslatedText::title));
            lines.add("$L[$L.ordinal()] = $L;\n", n.descriptions(), code.name(),
                    Snippets.localized(code.description(), code.translations(), TranslatedText::description));
            if (!code.aliases().isEmpty()) {
                lines.add("$L.set($L.ordinal(), $T.of($L));\n", n.aliasesParameter(), code.name(), LIST,
                        code.aliases().stream().map(JavaText::literal).collect(Collectors.joining(", ")));
            }
            fills.add(new Snippets.Fill(lines.build(),
                    Snippets.textBytes(code.translations()) + 10 * code.aliases().size()));
        }
        ParameterSpec aliases = ParameterSpec.builder(aliasesList, n.aliasesParameter()).build();

        CodeBlock init = CodeBlock.builder()
                .addStatement("$T aliases = new $T<>($T.nCopies($L.length, $T.of()))", aliasesList, ArrayList.class,
                        COLLECTIONS, n.titles(), LIST)
                .add(Snippets.fillInParts(texts, fills, List.of(aliases), "aliases"))
                .addStatement("$L = $T.copyOf(aliases)", n.aliases(), LIST)
                .addStatement("$T<$T, $T> byName = new $T<>()", MAP, STRING, self, HashMap.class)
                .beginControlFlow("for ($T code : $T.values())", self, self)
                .addStatement("byName.put(code.name().toLowerCase($T.ROOT), code)", LOCALE)
                .addStatement("byName.put($L[code.ordinal()].english().toLowerCase($T.ROOT), code)", n.titles(),
                        LOCALE)
                .beginControlFlow("for ($T alias : $L.get(code.ordinal()))", STRING, n.aliases())
                .addStatement("byName.put(alias.toLowerCase($T.ROOT), code)", LOCALE)
                .endControlFlow()
                .endControlFlow()
                .addStatement("$L = $T.copyOf(byName)", n.byName(), MAP)
                .build();
        return texts.addStaticBlock(init).build();
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
