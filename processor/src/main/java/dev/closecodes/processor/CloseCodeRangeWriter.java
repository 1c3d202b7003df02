package dev.closecodes.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.Reconnect;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code {prefix}CloseCodeRange}, the enum of every range of a table with its classifier. */
final class CloseCodeRangeWriter {
    private static final ClassName RECONNECT = ClassName.get(Reconnect.class);

    /** What the generated {@code OUT_OF_RANGE} says, in the languages the standard table ships; the module too. */
    static final Range OUT_OF_RANGE = new Range("OUT_OF_RANGE", Integer.MIN_VALUE, Integer.MAX_VALUE,
            "Out of Range", "Codes outside every range: negative, or above the ranges the table declares. They are "
                    + "never sent.", false, Reconnect.NEVER, List.of(
                    new Translation("pt-BR", "Fora das faixas",
                            "Códigos fora de todas as faixas: negativos ou acima das faixas que a tabela declara. "
                                    + "Nunca são enviados."),
                    new Translation("fr", "Hors plage",
                            "Codes hors de toute plage : négatifs, ou au-delà des plages que la table déclare. "
                                    + "Ils ne sont jamais envoyés."),
                    new Translation("zh-CN", "超出范围",
                            "不属于任何范围的关闭码：负数，或高于表中声明的所有范围。此类关闭码从不发送。")));

    private final boolean withGenerated;

    CloseCodeRangeWriter(boolean withGenerated) {
        this.withGenerated = withGenerated;
    }

    TypeSpec write(Table table) {
        ClassName self = table.names().range();
        ClassName codes = table.names().code();
        TypeSpec.Builder type = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The close-code ranges of {@link $T}, its own and those it inherits, in ascending order "
                        + "with each enclosing range before the ranges inside it, then {@link #OUT_OF_RANGE} for "
                        + "every other {@code int}.\n\n", table.spec())
                .addJavadoc("<p>{@link #classify(int)} tells the innermost range of any {@code int}; "
                        + "{@link #isSendable(int)} whether a code may be put in a close frame; "
                        + "{@link #isAllowedByCloseMethod(int)} whether a browser's {@code WebSocket.close(code)} "
                        + "accepts it. None of them allocates.\n\n")
                .addJavadoc(Snippets.origin(table));
        Snippets.markGenerated(type, table, withGenerated);

        for (Range range : table.ranges()) {
            type.addEnumConstant(range.name(), constant(range));
        }
        type.addEnumConstant("OUT_OF_RANGE", TypeSpec.anonymousClassBuilder(CodeBlock.builder()
                        .indent()
                        .add("$T.MIN_VALUE, $T.MAX_VALUE, false, $T.NEVER,\n", Integer.class, Integer.class, RECONNECT)
                        .add("$L,\n", Snippets.localized(OUT_OF_RANGE.title(), OUT_OF_RANGE.translations(),
                                Translation::title))
                        .add("$L", Snippets.localized(OUT_OF_RANGE.description(), OUT_OF_RANGE.translations(),
                                Translation::description))
                        .unindent()
                        .build())
                .addJavadoc("Every {@code int} that no other range holds: negatives, and codes from $L up. Such a "
                        + "code is never sent; {@link #from()} and {@link #to()} are {@code Integer.MIN_VALUE} and "
                        + "{@code Integer.MAX_VALUE}, and {@link #contains(int)} is true only for the codes no "
                        + "other range holds.\n", table.rangeLimit())
                .build());

        int limit = table.rangeLimit();
        type.addField(FieldSpec.builder(int.class, "LIMIT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("One past the highest code any range holds.\n")
                .initializer("$L", limit)
                .build());
        type.addField(FieldSpec.builder(ArrayTypeName.of(self), "INNERMOST", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("The innermost range of each code below {@link #LIMIT}.\n")
                .initializer("new $T[LIMIT]", self)
                .build());
        type.addField(FieldSpec.builder(boolean[].class, "SENDABLE", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("Whether each code below {@link #LIMIT} may be sent.\n")
                .initializer("new boolean[LIMIT]")
                .build());
        type.addStaticBlock(CodeBlock.builder()
                .add("// Enclosing ranges come first, so the ranges inside them overwrite their share.\n")
                .beginControlFlow("for ($T range : values())", self)
                .beginControlFlow("if (range != OUT_OF_RANGE)")
                .addStatement("$T.fill(INNERMOST, range.from, range.to + 1, range)", Arrays.class)
                .addStatement("$T.fill(SENDABLE, range.from, range.to + 1, range.sendable)", Arrays.class)
                .endControlFlow()
                .endControlFlow()
                .add("// A declared code's own flag wins over its range's. $T never refers back to this enum\n"
                        + "// while it is initialized, so reading its constants here is safe.\n", codes)
                .beginControlFlow("for ($T code : $T.values())", codes, codes)
                .addStatement("SENDABLE[code.code()] = code.sendable()")
                .endControlFlow()
                .build());

        type.addField(Snippets.privateField(TypeName.INT, "from", "The first code."));
        type.addField(Snippets.privateField(TypeName.INT, "to", "The last code."));
        type.addField(Snippets.privateField(TypeName.BOOLEAN, "sendable",
                "Whether undeclared codes of the range may be sent."));
        type.addField(Snippets.privateField(RECONNECT, "reconnect",
                "The advice for codes that give none of their own."));
        type.addField(Snippets.privateField(Snippets.LOCALIZED_TEXT, "title", "The title, with its translations."));
        type.addField(Snippets.privateField(Snippets.LOCALIZED_TEXT, "description",
                "The description, with its translations."));

        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(int.class, "from")
                .addParameter(int.class, "to")
                .addParameter(boolean.class, "sendable")
                .addParameter(Reconnect.class, "reconnect")
                .addParameter(Snippets.LOCALIZED_TEXT, "title")
                .addParameter(Snippets.LOCALIZED_TEXT, "description")
                .addStatement("this.from = from")
                .addStatement("this.to = to")
                .addStatement("this.sendable = sendable")
                .addStatement("this.reconnect = reconnect")
                .addStatement("this.title = title")
                .addStatement("this.description = description")
                .build());

        type.addMethod(Snippets.accessor("from", TypeName.INT, "from", "Returns the first code of the range.",
                "the lower bound, inclusive", false));
        type.addMethod(Snippets.accessor("to", TypeName.INT, "to", "Returns the last code of the range.",
                "the upper bound, inclusive", false));
        type.addMethod(Snippets.accessor("title", ClassName.get(String.class), "title.english()",
                "Returns the range's English title.", "the title", false));
        type.addMethod(Snippets.localizedAccessor("title",
                "Returns the range's title in the language that best matches {@code locale}, falling back to English.",
                        false));
        type.addMethod(Snippets.accessor("description", ClassName.get(String.class), "description.english()",
                "Returns what the range's codes mean, in English.", "the description", false));
        type.addMethod(Snippets.localizedAccessor("description",
                "Returns what the range's codes mean in the language that best "
                + "matches {@code locale}, falling back to English.", false));
        type.addMethod(Snippets.accessor("sendable", TypeName.BOOLEAN, "sendable",
                "Tells whether codes of this range that the table does not declare may be sent.",
                "{@code true} if they may be sent", false));
        type.addMethod(Snippets.accessor("reconnect", RECONNECT, "reconnect",
                "Returns the advice for codes of this range that give none of their own.", "the reconnect advice",
                        false));
        type.addMethod(MethodSpec.methodBuilder("contains")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(int.class, "code")
                .addJavadoc("Tells whether this range holds {@code code}, directly or through a range inside it.\n\n"
                        + "@param code any {@code int}\n"
                        + "@return {@code true} if {@code from() <= code <= to()}; for {@link #OUT_OF_RANGE}, if no "
                        + "other range holds the code\n")
                .addStatement("return this == OUT_OF_RANGE ? classify(code) == OUT_OF_RANGE : "
                        + "from <= code && code <= to")
                .build());

        type.addMethod(MethodSpec.methodBuilder("classify")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(int.class, "code")
                .addJavadoc("Returns the innermost range that holds {@code code}, without allocating.\n\n"
                        + "@param code any {@code int}\n"
                        + "@return the innermost range, or {@link #OUT_OF_RANGE} if no range holds the code\n")
                .addStatement("return code >= 0 && code < LIMIT ? INNERMOST[code] : OUT_OF_RANGE")
                .build());
        type.addMethod(MethodSpec.methodBuilder("isSendable")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(int.class, "code")
                .addJavadoc("Tells whether {@code code} may be put in a close frame: a declared code's own "
                        + "{@code sendable}, else its innermost range's.\n\n"
                        + "@param code any {@code int}\n"
                        + "@return {@code true} if an endpoint may send the code\n")
                .addStatement("return code >= 0 && code < LIMIT && SENDABLE[code]")
                .build());
        type.addMethod(MethodSpec.methodBuilder("isAllowedByCloseMethod")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(int.class, "code")
                .addJavadoc("Tells whether a browser's {@code WebSocket.close(code)} accepts {@code code}: the "
                        + "WHATWG standard allows 1000 and 3000–4999, and throws an {@code InvalidAccessError} "
                        + "for every other code.\n\n"
                        + "@param code any {@code int}\n"
                        + "@return {@code true} if {@code close(code)} accepts the code\n")
                .addStatement("return code == 1000 || code >= 3000 && code <= 4999")
                .build());
        return type.build();
    }

    private static TypeSpec constant(Range range) {
        CodeBlock args = CodeBlock.builder()
                .indent()
                .add("$L, $L, $L, $T.$L,\n", range.from(), range.to(), range.sendable(), RECONNECT,
                        range.reconnect().name())
                .add("$L,\n", Snippets.localized(range.title(), range.translations(), Translation::title))
                .add("$L", Snippets.localized(range.description(), range.translations(), Translation::description))
                .unindent()
                .build();
        return TypeSpec.anonymousClassBuilder(args)
                .addJavadoc("{@code $L} $L: $L\n\n<p>Undeclared codes $L; reconnect: {@link $T#$L}.\n",
                        Snippets.bounds(range), JavaText.javadoc(range.title()), JavaText.javadoc(range.description()),
                        range.sendable() ? "may be sent" : "are never sent", RECONNECT, range.reconnect().name())
                .build();
    }
}
