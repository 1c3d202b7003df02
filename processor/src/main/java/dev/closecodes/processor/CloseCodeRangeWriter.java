package dev.closecodes.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.Reconnect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code {prefix}CloseCodeRange}, the enum of every range of a table with its classifier.
 *
 * <p>As in {@link CloseCodeEnumWriter}, every name besides the constants is chosen to be none of theirs.
 */
final class CloseCodeRangeWriter {
    /** The constant the enum adds for every {@code int} that no range holds. */
    static final String OUT_OF_RANGE = "OUT_OF_RANGE";

    private static final ClassName RECONNECT = ClassName.get(Reconnect.class);
    private static final ClassName INTEGER = ClassName.get(Integer.class);
    private static final ClassName ARRAYS = ClassName.get(Arrays.class);

    /** What the generated {@code OUT_OF_RANGE} says, in the languages the standard table ships; the ES module too. */
    static final Range OUTSIDE = new Range(OUT_OF_RANGE, Integer.MIN_VALUE, Integer.MAX_VALUE,
            "Out of Range", "Codes outside every range: negative, or above the ranges the table declares. They are "
                    + "never sent.", false, Reconnect.NEVER, List.of(
                    new TranslatedText("pt-BR", "Fora das faixas",
                            "Códigos fora de todas as faixas: negativos ou acima das faixas que a tabela declara. "
                                    + "Nunca são enviados."),
                    new TranslatedText("fr", "Hors plage",
                            "Codes hors de toute plage : négatifs, ou au-delà des plages que la table déclare. "
                                    + "Ils ne sont jamais envoyés."),
                    new TranslatedText("zh-CN", "超出范围",
                            "不属于任何范围的关闭码：负数，或高于表中声明的所有范围。此类关闭码从不发送。")));

    /** The types the enum names as the first word of an expression, where a constant of the same name hides them. */
    static Set<ClassName> typesInExpressions(TypeNames names) {
        return Set.of(RECONNECT, INTEGER, ARRAYS, Snippets.LOCALIZED_TEXT, names.code());
    }

    /** The names of the enum's members, none of them a constant's. */
    private record Names(String limit, String innermost, String sendableCodes, String from, String to,
            String sendable, String reconnect, String texts, String titles, String descriptions) {

        static Names of(Table table) {
            MemberNames names = new MemberNames(constants(table).toList());
            return new Names(names.claim("LIMIT"), names.claim("INNERMOST"), names.claim("SENDABLE"),
                    names.claim("from"), names.claim("to"), names.claim("sendable"), names.claim("reconnect"),
                    names.claim("Texts"), names.claim("TITLES"), names.claim("DESCRIPTIONS"));
        }
    }

    private static Stream<String> constants(Table table) {
        return Stream.concat(table.ranges().stream().map(Range::name), Stream.of(OUT_OF_RANGE));
    }

    TypeSpec write(Table table) {
        Names n = Names.of(table);
        ClassName self = table.names().range();
        ClassName codes = table.names().code();
        TypeSpec.Builder type = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .alwaysQualify(constants(table).toArray(String[]::new))
                .addJavadoc("The close-code ranges of {@link $T}, its own and those it inherits, in ascending order "
                        + "with each enclosing range before the ranges inside it, then {@link #$L} for "
                        + "every other {@code int}.\n\n", table.spec(), OUT_OF_RANGE)
                .addJavadoc("<p>{@link #classify(int)} tells the innermost range of any {@code int}; "
                        + "{@link #isSendable(int)} whether a code may be put in a close frame; "
                        + "{@link #isAllowedByCloseMethod(int)} whether a browser's {@code WebSocket.close(code)} "
                        + "accepts it. None of them allocates.\n\n")
                .addJavadoc(Snippets.origin(table));

        for (Range range : table.ranges()) {
            type.addEnumConstant(range.name(), constant(range));
        }
        type.addEnumConstant(OUT_OF_RANGE, TypeSpec.anonymousClassBuilder(CodeBlock.builder()
                        .add("$T.MIN_VALUE, $T.MAX_VALUE, false, $T.NEVER", INTEGER, INTEGER, RECONNECT)
                        .build())
                .addJavadoc("Every {@code int} that no other range holds: negatives, and codes from $L up. Such a "
                        + "code is never sent; {@link #from()} and {@link #to()} are {@code Integer.MIN_VALUE} and "
                        + "{@code Integer.MAX_VALUE}, and {@link #contains(int)} is true only for the codes no "
                        + "other range holds.\n", table.rangeLimit())
                .build());

        type.addField(FieldSpec.builder(int.class, n.limit(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("One past the highest code any range holds.\n")
                .initializer("$L", table.rangeLimit())
                .build());
        type.addField(FieldSpec.builder(ArrayTypeName.of(self), n.innermost(), Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("The innermost range of each code below {@link #$L}.\n", n.limit())
                .initializer("new $T[$L]", self, n.limit())
                .build());
        type.addField(FieldSpec.builder(boolean[].class, n.sendableCodes(), Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("Whether each code below {@link #$L} may be sent.\n", n.limit())
                .initializer("new boolean[$L]", n.limit())
                .build());
        type.addStaticBlock(CodeBlock.builder()
                .add("// Enclosing ranges come first, so the ranges inside them overwrite their share.\n")
                .beginControlFlow("for ($T range : values())", self)
                .beginControlFlow("if (range != $L)", OUT_OF_RANGE)
                .addStatement("$T.fill($L, range.$L, range.$L + 1, range)", ARRAYS, n.innermost(), n.from(), n.to())
                .addStatement("$T.fill($L, range.$L, range.$L + 1, range.$L)", ARRAYS, n.sendableCodes(), n.from(),
                        n.to(), n.sendable())
                .endControlFlow()
                .endControlFlow()
                .add("// A declared code's own flag wins over its range's. $T never refers back to this enum\n"
                        + "// while it is initialized, so reading its constants here is safe.\n", codes)
                .beginControlFlow("for ($T code : $T.values())", codes, codes)
                .addStatement("$L[code.code()] = code.sendable()", n.sendableCodes())
                .endControlFlow()
                .build());

        type.addField(Snippets.privateField(TypeName.INT, n.from(), "The first code."));
        type.addField(Snippets.privateField(TypeName.INT, n.to(), "The last code."));
        type.addField(Snippets.privateField(TypeName.BOOLEAN, n.sendable(),
                "Whether undeclared codes of the range may be sent."));
        type.addField(Snippets.privateField(RECONNECT, n.reconnect(),
                "The advice for codes that give none of their own."));

        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(int.class, "from")
                .addParameter(int.class, "to")
                .addParameter(boolean.class, "sendable")
                .addParameter(Reconnect.class, "reconnect")
                .addStatement("this.$L = from", n.from())
                .addStatement("this.$L = to", n.to())
                .addStatement("this.$L = sendable", n.sendable())
                .addStatement("this.$L = reconnect", n.reconnect())
                .build());

        String titles = n.texts() + "." + n.titles() + "[ordinal()]";
        String descriptions = n.texts() + "." + n.descriptions() + "[ordinal()]";
        ClassName string = ClassName.get(String.class);
        type.addMethod(Snippets.accessor("from", TypeName.INT, n.from(), "Returns the first code of the range.",
                "the lower bound, inclusive", false));
        type.addMethod(Snippets.accessor("to", TypeName.INT, n.to(), "Returns the last code of the range.",
                "the upper bound, inclusive", false));
        type.addMethod(Snippets.accessor("title", string, titles + ".english()",
                "Returns the range's English title.", "the title", false));
        type.addMethod(Snippets.localizedAccessor("title", titles,
                "Returns the range's title in the language that best matches {@code locale}, falling back to English.",
                false));
        type.addMethod(Snippets.accessor("description", string, descriptions + ".english()",
                "Returns what the range's codes mean, in English.", "the description", false));
        type.addMethod(Snippets.localizedAccessor("description", descriptions,
                "Returns what the range's codes mean in the language that best "
                + "matches {@code locale}, falling back to English.", false));
        type.addMethod(Snippets.accessor("sendable", TypeName.BOOLEAN, n.sendable(),
                "Tells whether codes of this range that the table does not declare may be sent.",
                "{@code true} if they may be sent", false));
        type.addMethod(Snippets.reconnectAccessor(n.reconnect(), "Returns what a client should do after a close with "
                + "a code of this range that the table does not declare:", false));
        type.addMethod(MethodSpec.methodBuilder("contains")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(int.class, "code")
                .addJavadoc("Tells whether this range holds {@code code}, directly or through a range inside it.\n\n"
                        + "@param code any {@code int}\n"
                        + "@return {@code true} if {@code from() <= code <= to()}; for {@link #$L}, if no "
                        + "other range holds the code\n", OUT_OF_RANGE)
                .addStatement("return this == $L ? classify(code) == $L : $L <= code && code <= $L", OUT_OF_RANGE,
                        OUT_OF_RANGE, n.from(), n.to())
                .build());

        type.addMethod(MethodSpec.methodBuilder("classify")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(int.class, "code")
                .addJavadoc("Returns the innermost range that holds {@code code}, without allocating.\n\n"
                        + "@param code any {@code int}\n"
                        + "@return the innermost range, or {@link #$L} if no range holds the code\n", OUT_OF_RANGE)
                .addStatement("return code >= 0 && code < $L ? $L[code] : $L", n.limit(), n.innermost(), OUT_OF_RANGE)
                .build());
        type.addMethod(MethodSpec.methodBuilder("isSendable")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(int.class, "code")
                .addJavadoc("Tells whether {@code code} may be put in a close frame: a declared code's own "
                        + "{@code sendable}, else its innermost range's.\n\n"
                        + "@param code any {@code int}\n"
                        + "@return {@code true} if an endpoint may send the code\n")
                .addStatement("return code >= 0 && code < $L && $L[code]", n.limit(), n.sendableCodes())
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
        return type.addType(texts(table, n)).build();
    }

    /**
     * Returns the private nested class {@code Texts}: each constant's title and description, by ordinal, filled in
     * parts, as the code enum stores its own, so that no method passes the JVM's 64 KB limit however many ranges a
     * table has.
     */
    private static TypeSpec texts(Table table, Names n) {
        ArrayTypeName textArray = ArrayTypeName.of(Snippets.LOCALIZED_TEXT);
        int count = table.ranges().size() + 1;
        TypeSpec.Builder texts = TypeSpec.classBuilder(n.texts())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The constants' titles and descriptions, by ordinal. A class of their own, filled in "
                        + "parts, as the code enum's are, so that no method passes the JVM's 64 KB limit however "
                        + "large the table.\n")
                .addField(FieldSpec.builder(textArray, n.titles(), Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each constant's title, with its translations.\n")
                        .initializer("new $T[$L]", Snippets.LOCALIZED_TEXT, count)
                        .build())
                .addField(FieldSpec.builder(textArray, n.descriptions(), Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each constant's description, with its translations.\n")
                        .initializer("new $T[$L]", Snippets.LOCALIZED_TEXT, count)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<Snippets.Fill> fills = new ArrayList<>();
        for (Range range : Stream.concat(table.ranges().stream(), Stream.of(OUTSIDE)).toList()) {
            CodeBlock lines = CodeBlock.builder()
                    .add("$L[$L.ordinal()] = $L;\n", n.titles(), range.name(),
                            Snippets.localized(range.title(), range.translations(), TranslatedText::title))
                    .add("$L[$L.ordinal()] = $L;\n", n.descriptions(), range.name(),
                            Snippets.localized(range.description(), range.translations(),
                                    TranslatedText::description))
                    .build();
            fills.add(new Snippets.Fill(lines, Snippets.textBytes(range.translations())));
        }
        return texts.addStaticBlock(Snippets.fillInParts(texts, fills, List.of(), "")).build();
    }

    private static TypeSpec constant(Range range) {
        CodeBlock args = CodeBlock.of("$L, $L, $L, $T.$L", range.from(), range.to(), range.sendable(), RECONNECT,
                range.reconnect().name());
        return TypeSpec.anonymousClassBuilder(args)
                .addJavadoc("{@code $L} $L: $L\n\n<p>Undeclared codes $L; reconnect: {@link $T#$L}.\n",
                        Snippets.bounds(range), JavaText.javadoc(range.title()), JavaText.javadoc(range.description()),
                        range.sendable() ? "may be sent" : "are never sent", RECONNECT, range.reconnect().name())
                .build();
    }
}
