package dev.closecodes.processor;

import java.util.Locale;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Every message the processor gives, with the words the user reads: what is wrong and how to fix it. Each has a
 * stable id, which starts the message ({@code [CC209] close code 4001 is already declared ...}) and which the
 * README's table of mistakes lists, so that a user can search for it. {@code {0}}, {@code {1}}, … are filled with
 * the arguments of {@link #format}; the arguments are names and numbers, never words of a message.
 *
 * <p>Ids: {@code CC1xx} the table, {@code CC2xx} codes, {@code CC3xx} text and aliases, {@code CC4xx}
 * translations, {@code CC5xx} ranges, {@code CC6xx} reconnect overrides, {@code CC9xx} the build itself. An id is never reused for another message.
 */
enum Problem {
    // ------------------------------------------------------------------------------------------------ the table
    TABLE_NOT_INTERFACE("CC101", Diagnostic.Kind.ERROR,
            "@CloseCodeTable goes on an interface, but {0} is {1}; declare it as "
                    + "'interface {0} extends StandardCloseCodes'"),
    TABLE_NOT_STANDARD("CC102", Diagnostic.Kind.ERROR,
            "close-code table {0} must extend dev.closecodes.StandardCloseCodes, directly or through other "
                    + "interfaces; add 'extends StandardCloseCodes'"),
    TABLE_GENERIC("CC103", Diagnostic.Kind.ERROR,
            "close-code table {0} must not have type parameters; remove <{1}>"),
    TABLE_NESTED_PRIVATE("CC104", Diagnostic.Kind.ERROR,
            "close-code table {0} must be a top-level interface or a nested one that is not private; "
                    + "generated code in package {1} must be able to see it"),
    PREFIX_NOT_IDENTIFIER("CC105", Diagnostic.Kind.ERROR,
            "prefix \"{0}\" does not make Java type names; use a Java identifier of visible characters that starts "
                    + "with a letter, such as \"Chat\""),
    NAME_CLASH_TABLES("CC106", Diagnostic.Kind.ERROR,
            "tables {0} and {1} would both generate {2}, {3} and {4}; give one of them another prefix, such as "
                    + "@CloseCodeTable(prefix = \"{5}\")"),
    NAME_TAKEN("CC107", Diagnostic.Kind.ERROR,
            "cannot generate {0}: a type of that name already exists; rename it or give this table another prefix "
                    + "with @CloseCodeTable(prefix = \"...\")"),
    NOT_A_TABLE("CC108", Diagnostic.Kind.NOTE,
            "{0} declares close codes but is no close-code table, so nothing is generated for it; annotate it with "
                    + "@CloseCodeTable to generate {1}CloseCode, {1}CloseCodeRange and {1}CloseEvent, or leave it "
                    + "as it is if it is a base that tables elsewhere extend"),
    PREFIX_NOT_JAVASCRIPT("CC109", Diagnostic.Kind.ERROR,
            "{0} is no JavaScript identifier, so the table's ES module cannot export it; use a prefix of ASCII "
                    + "letters and digits, such as \"Chat\", or leave the module out with "
                    + "-Aclosecodes.javascript=false"),

    // ---------------------------------------------------------------------------------------------------- codes
    CODE_OUTSIDE_INTERFACE("CC201", Diagnostic.Kind.ERROR,
            "@CloseCode goes on an int constant of an interface that extends StandardCloseCodes, but {0} is declared "
                    + "in {1} {2}; move it into a close-code table"),
    CODE_NOT_IN_TABLE("CC202", Diagnostic.Kind.ERROR,
            "@CloseCode constant {0} is declared in {1}, which does not extend StandardCloseCodes; add "
                    + "'extends StandardCloseCodes' to {1}"),
    CODE_NOT_INT("CC203", Diagnostic.Kind.ERROR,
            "close code {0} must be declared as 'int', not '{1}'"),
    CODE_NOT_CONSTANT("CC204", Diagnostic.Kind.ERROR,
            "close code {0} has no compile-time constant value; initialize it with an int literal or a constant "
                    + "expression, such as 'int {1} = 4001;'"),
    CODE_NOT_ANNOTATED("CC205", Diagnostic.Kind.WARNING,
            "int constant {0} of close-code table {1} has no @CloseCode and will not be in the generated enum; "
                    + "annotate it, or move it out of the table"),
    CODE_OUT_OF_FRAME("CC206", Diagnostic.Kind.ERROR,
            "close code {0} is {1}, which no close frame can carry; codes go from 0 to 65535, and a table's own codes "
                    + "from 3000 to 4999"),
    CODE_RESERVED("CC207", Diagnostic.Kind.ERROR,
            "close code {0} is {1}, which belongs to the standard range {2} ({3}-{4}); a table's own codes lie in "
                    + "3000-3999 (registered with IANA) or 4000-4999 (private to an application)"),
    CODE_ABOVE_OWN("CC208", Diagnostic.Kind.ERROR,
            "close code {0} is {1}, and {1} is above 4999, where close codes end; a table's own codes lie in "
                    + "3000–3999 or 4000–4999"),
    CODE_DUPLICATE("CC209", Diagnostic.Kind.ERROR,
            "close code {0} is already declared as {1} in {2}; give {3} another code"),
    CODE_HIDES("CC210", Diagnostic.Kind.ERROR,
            "{0} hides the close code of the same name in {1}, so both could not be constants of one enum; "
                    + "choose another name"),
    CODE_NAME_JAVAC("CC211", Diagnostic.Kind.ERROR,
            "close code {0} cannot become a constant of the generated {1}: javac declares a hidden field of that "
                    + "name in every enum; rename the constant"),
    CODE_NAME_HIDES_PACKAGE("CC212", Diagnostic.Kind.ERROR,
            "close code {0} cannot become a constant of the generated {1}: the enum names {2} in full, because "
                    + "another constant is called {3}, and a constant called {4} would hide package {4}; rename "
                    + "one of the two constants"),
    CODE_NAME_HIDES_TYPE("CC213", Diagnostic.Kind.ERROR,
            "close code {0} cannot become a constant of the generated {1}: the enum refers to {2} by that name, "
                    + "which a table in the unnamed package cannot avoid; rename the constant or put the table in a "
                    + "package"),
    CODE_NAME_CLASH("CC214", Diagnostic.Kind.ERROR,
            "constant {0} is already {1} {2}, ignoring case, so fromName could not tell them apart; rename the "
                    + "constant"),
    RECONNECT_TWICE("CC215", Diagnostic.Kind.ERROR,
            "reconnect of {0} names {1} values; give one, such as 'reconnect = Reconnect.NEVER', or none to take the "
                    + "range's advice"),

    // ------------------------------------------------------------------------------------------ text and aliases
    BLANK_TITLE("CC301", Diagnostic.Kind.ERROR,
            "title of {0} is blank; write its short English name"),
    BLANK_DESCRIPTION("CC302", Diagnostic.Kind.ERROR,
            "description of {0} is blank; write what it means in a sentence or two"),
    TITLE_TOO_LONG("CC303", Diagnostic.Kind.ERROR,
            "title of {0} takes {1} bytes in a class file, over the 65535 that a string constant may hold; "
                    + "shorten it"),
    DESCRIPTION_TOO_LONG("CC304", Diagnostic.Kind.ERROR,
            "description of {0} takes {1} bytes in a class file, over the 65535 that a string constant may hold; "
                    + "shorten it"),
    TITLE_PADDED("CC305", Diagnostic.Kind.WARNING,
            "title \"{0}\" of {1} starts or ends with white space, which fromName strips from the name it looks up, "
                    + "so fromName cannot find the code by this title; remove the white space"),
    TITLE_CLASH("CC306", Diagnostic.Kind.ERROR,
            "title \"{0}\" of {1} is already {2} {3}, ignoring case, so fromName could not tell them apart; choose "
                    + "another title"),
    ALIAS_NOT_IDENTIFIER("CC307", Diagnostic.Kind.ERROR,
            "alias \"{0}\" of {1} is not a Java identifier of visible characters; use a name such as "
                    + "\"CLOSE_NORMAL\""),
    ALIAS_REPEATS_NAME("CC308", Diagnostic.Kind.WARNING,
            "alias \"{0}\" of {1} repeats the constant's name, which fromName already accepts, ignoring case; "
                    + "remove it"),
    ALIAS_REPEATS_ALIAS("CC309", Diagnostic.Kind.WARNING,
            "alias \"{0}\" of {1} repeats another of its aliases, which fromName already accepts, ignoring case; "
                    + "remove it"),
    ALIAS_REPEATS_TITLE("CC310", Diagnostic.Kind.WARNING,
            "alias \"{0}\" of {1} repeats its title, which fromName already accepts, ignoring case; remove it"),
    ALIAS_CLASH("CC311", Diagnostic.Kind.ERROR,
            "alias \"{0}\" of {1} is already {2} {3}, ignoring case, so fromName could not tell them apart; remove or "
                    + "rename it"),

    // --------------------------------------------------------------------------------------------- translations
    LOCALE_INVALID("CC401", Diagnostic.Kind.ERROR,
            "locale \"{0}\" of {1} is not a BCP 47 language tag; write one such as \"fr\", \"pt-BR\" or \"zh-CN\""),
    LOCALE_ENGLISH("CC402", Diagnostic.Kind.ERROR,
            "translation \"{0}\" of {1} is English, which title and description already give; remove it or "
                    + "change its locale"),
    LOCALE_TWICE("CC403", Diagnostic.Kind.ERROR,
            "locale \"{0}\" of {1} is translated twice; merge the two @Translation annotations into one"),
    BLANK_TRANSLATED_TITLE("CC404", Diagnostic.Kind.ERROR,
            "title in {0} of {1} is blank; write its title in that language, or leave 'title' out to keep the "
                    + "English one"),
    BLANK_TRANSLATED_DESCRIPTION("CC405", Diagnostic.Kind.ERROR,
            "description in {0} of {1} is blank; write what it means in that language"),
    TRANSLATED_TITLE_TOO_LONG("CC406", Diagnostic.Kind.ERROR,
            "title in {0} of {1} takes {2} bytes in a class file, over the 65535 that a string constant may hold; "
                    + "shorten it"),
    TRANSLATED_DESCRIPTION_TOO_LONG("CC407", Diagnostic.Kind.ERROR,
            "description in {0} of {1} takes {2} bytes in a class file, over the 65535 that a string constant may "
                    + "hold; shorten it"),

    // --------------------------------------------------------------------------------------------------- ranges
    RANGE_OUTSIDE_INTERFACE("CC501", Diagnostic.Kind.ERROR,
            "@CloseCodeRange goes on an interface that extends StandardCloseCodes, but {0} is {1}; move range {2} "
                    + "onto a close-code table"),
    RANGE_NOT_IN_TABLE("CC502", Diagnostic.Kind.ERROR,
            "@CloseCodeRange {0} is declared on {1}, which does not extend StandardCloseCodes; add "
                    + "'extends StandardCloseCodes' to {1}"),
    RANGE_INVERTED("CC503", Diagnostic.Kind.ERROR,
            "range {0} goes from {1} down to {2}; 'from' must not be above 'to'"),
    RANGE_OUT_OF_FRAME("CC504", Diagnostic.Kind.ERROR,
            "range {0} ({1}-{2}) leaves 0-65535, the codes a close frame can carry; a table's own ranges lie in "
                    + "3000-4999"),
    RANGE_RESERVED("CC505", Diagnostic.Kind.ERROR,
            "range {0} ({1}-{2}) reaches outside 3000-4999, the codes a table may declare; the rest belong to the "
                    + "standard"),
    RANGE_OVERLAP("CC506", Diagnostic.Kind.ERROR,
            "range {0} ({1}-{2}) partly overlaps {3} ({4}-{5}) of {6}; ranges must nest or be apart: change the "
                    + "bounds so that one lies inside the other or they share no code"),
    RANGE_SAME_BOUNDS("CC507", Diagnostic.Kind.ERROR,
            "range {0} has the same bounds ({1}-{2}) as {3} of {4}; merge the two or change the bounds"),
    RANGE_NAME_NOT_IDENTIFIER("CC508", Diagnostic.Kind.ERROR,
            "range name \"{0}\" is not a Java identifier, so it cannot name a constant of the generated enum; use an "
                    + "upper-case name such as \"AUTH\""),
    RANGE_NAME_TAKEN("CC509", Diagnostic.Kind.ERROR,
            "range name \"{0}\" is already taken by the range {1}-{2} of {3}; choose another name"),
    RANGE_NAME_OUT_OF_RANGE("CC510", Diagnostic.Kind.ERROR,
            "range name \"{0}\" cannot become a constant of the generated {1}: the enum declares it for the codes "
                    + "outside every range; choose another name"),
    RANGE_NAME_JAVAC("CC511", Diagnostic.Kind.ERROR,
            "range name \"{0}\" cannot become a constant of the generated {1}: javac declares a hidden field of that "
                    + "name in every enum; choose another name"),
    RANGE_NAME_HIDES_PACKAGE("CC512", Diagnostic.Kind.ERROR,
            "range name \"{0}\" cannot become a constant of the generated {1}: the enum names {2} in full, because "
                    + "another range is called {3}, and a constant called {0} would hide package {0}; rename one "
                    + "of the two ranges"),
    RANGE_NAME_HIDES_TYPE("CC513", Diagnostic.Kind.ERROR,
            "range name \"{0}\" cannot become a constant of the generated {1}: the enum refers to {2} by that name, "
                    + "which a table in the unnamed package cannot avoid; choose another name or put the table in a "
                    + "package"),

    // ------------------------------------------------------------------------------------- reconnect overrides
    OVERRIDE_OUTSIDE_INTERFACE("CC601", Diagnostic.Kind.ERROR,
            "@ReconnectOverride goes on a close-code table, but {0} is {1}; move it onto an interface that extends "
                    + "StandardCloseCodes"),
    OVERRIDE_NOT_IN_TABLE("CC602", Diagnostic.Kind.ERROR,
            "@ReconnectOverride on {0} has no inherited advice to override, since {0} does not extend "
                    + "StandardCloseCodes; add 'extends StandardCloseCodes' to {0}, or move the override onto the "
                    + "table"),
    OVERRIDE_NO_TARGET("CC603", Diagnostic.Kind.ERROR,
            "@ReconnectOverride on {0} names neither a code nor a range; add 'code = ...' for an inherited code, "
                    + "such as 'code = StandardCloseCodes.INTERNAL_ERROR', or 'range = \"...\"' for an inherited "
                    + "range, such as 'range = \"LIBRARIES\"'"),
    OVERRIDE_BOTH_TARGETS("CC604", Diagnostic.Kind.ERROR,
            "@ReconnectOverride on {0} names both code {1} and range \"{2}\"; keep one of them, and write another "
                    + "@ReconnectOverride for the other"),
    OVERRIDE_UNKNOWN_CODE("CC605", Diagnostic.Kind.ERROR,
            "{0} inherits no close code {1}, so it has no advice to override; name a code of an interface {0} "
                    + "extends, such as {2}"),
    OVERRIDE_UNKNOWN_RANGE("CC606", Diagnostic.Kind.ERROR,
            "{0} inherits no range named \"{1}\", so it has no advice to override; name one of the ranges it "
                    + "inherits: {2}"),
    OVERRIDE_OWN_CODE("CC607", Diagnostic.Kind.ERROR,
            "close code {1} is {0}.{2}, declared by {0} itself and not inherited, so it has no inherited advice to "
                    + "override; give it its advice on its @CloseCode instead, with 'reconnect = Reconnect.{3}'"),
    OVERRIDE_OWN_RANGE("CC608", Diagnostic.Kind.ERROR,
            "range \"{1}\" is declared by {0} itself and not inherited, so it has no inherited advice to override; "
                    + "give it its advice on its @CloseCodeRange instead, with 'reconnect = Reconnect.{2}'"),
    OVERRIDE_TWICE("CC609", Diagnostic.Kind.ERROR,
            "{0} overrides the advice of {1} twice; keep one @ReconnectOverride for it"),
    OVERRIDE_REDUNDANT("CC610", Diagnostic.Kind.WARNING,
            "@ReconnectOverride on {0} gives {1} the advice {2}, which {0} already inherits; remove the override"),
    OVERRIDE_CONFLICT("CC611", Diagnostic.Kind.ERROR,
            "{0} inherits two overrides of {1}: {2} from {3} and {4} from {5}; decide which applies with an "
                    + "@ReconnectOverride for {1} on {0}"),

    // ------------------------------------------------------------------------------------------------ the build
    FILE_NOT_WRITTEN("CC901", Diagnostic.Kind.ERROR,
            "could not write {0}, generated from {1}: {2}; make sure the build can write to its generated-sources "
                    + "directory (free space, no other program holding the file), then build again"),
    UNEXPECTED("CC999", Diagnostic.Kind.ERROR,
            "closecodes could not process {0}: {1}. This is a bug in closecodes; please report it with the table "
                    + "and this stack trace:\n{2}");

    private final String id;
    private final Diagnostic.Kind kind;
    private final String template;

    Problem(String id, Diagnostic.Kind kind, String template) {
        this.id = id;
        this.kind = kind;
        this.template = template;
    }

    /** The stable id, such as {@code CC209}. */
    String id() {
        return id;
    }

    Diagnostic.Kind kind() {
        return kind;
    }

    /** The message without its id, with a {@code {n}} for the {@code n}th argument. */
    String template() {
        return template;
    }

    /** The message the user reads: the id, then the template with each {@code {n}} replaced. */
    String format(Object... args) {
        StringBuilder message = new StringBuilder("[").append(id).append("] ");
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int end = template.indexOf('}', i);
            if (c == '{' && end > i + 1 && template.substring(i + 1, end).chars().allMatch(Character::isDigit)) {
                message.append(args[Integer.parseInt(template.substring(i + 1, end))]);
                i = end;
            } else {
                message.append(c);
            }
        }
        return message.toString();
    }

    /** What a name that the generated {@code fromName} accepts is to its code, in the words of the messages. */
    enum Role {
        NAME("the name of constant"),
        TITLE("the title of"),
        ALIAS("an alias of");

        private final String words;

        Role(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /** How messages name a kind of type: {@code class}, {@code enum}, {@code annotation type}. */
    static String kindOf(TypeElement type) {
        return type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The kind of a type with its article: {@code a class}, {@code an enum}, {@code an annotation type}. */
    static String kindWithArticle(TypeElement type) {
        String kind = kindOf(type);
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }
}
