package dev.closecodes.processor;

import javax.tools.Diagnostic;

/**
 * Every mistake the processor reports, with the words the user reads. Each message says what is wrong and how to
 * fix it; {@code %s} placeholders are filled in order.
 */
enum Problem {
    TABLE_NOT_INTERFACE(Diagnostic.Kind.ERROR,
            "@CloseCodeTable goes on an interface, but %s is %s; declare it as "
                    + "'interface %s extends StandardCloseCodes'"),
    TABLE_NOT_STANDARD(Diagnostic.Kind.ERROR,
            "close-code table %s must extend dev.closecodes.StandardCloseCodes, directly or through other "
                    + "interfaces; add 'extends StandardCloseCodes'"),
    TABLE_GENERIC(Diagnostic.Kind.ERROR,
            "close-code table %s must not have type parameters; remove <%s>"),
    TABLE_NESTED_PRIVATE(Diagnostic.Kind.ERROR,
            "close-code table %s must be a top-level interface or a nested one that is not private; "
                    + "generated code in package %s must be able to see it"),
    PREFIX_NOT_IDENTIFIER(Diagnostic.Kind.ERROR,
            "prefix \"%s\" does not make Java type names; use a Java identifier of visible characters that starts "
                    + "with a letter, such as \"Chat\""),
    NAME_CLASH_TABLES(Diagnostic.Kind.ERROR,
            "tables %s and %s would both generate %s; give one of them another prefix, such as "
                    + "@CloseCodeTable(prefix = \"%s\")"),
    PREFIX_NOT_JAVASCRIPT(Diagnostic.Kind.ERROR,
            "%s is no JavaScript identifier, so the table's ES module cannot export it; use a prefix of ASCII letters "
                    + "and digits, such as \"Chat\", or leave the module out with -A%s=false"),
    NAME_TAKEN(Diagnostic.Kind.ERROR,
            "cannot generate %s: a type of that name already exists; rename it or give this table another prefix "
                    + "with @CloseCodeTable(prefix = \"...\")"),
    CODE_OUTSIDE_INTERFACE(Diagnostic.Kind.ERROR,
            "@CloseCode goes on an int constant of an interface that extends StandardCloseCodes, but %s is declared "
                    + "in %s %s; move it into a close-code table"),
    CODE_NOT_IN_TABLE(Diagnostic.Kind.ERROR,
            "@CloseCode constant %s is declared in %s, which does not extend StandardCloseCodes; add "
                    + "'extends StandardCloseCodes' to %s"),
    RANGE_OUTSIDE_INTERFACE(Diagnostic.Kind.ERROR,
            "@CloseCodeRange goes on an interface that extends StandardCloseCodes, but %s is %s; move range %s "
                    + "onto a close-code table"),
    RANGE_NOT_IN_TABLE(Diagnostic.Kind.ERROR,
            "@CloseCodeRange %s is declared on %s, which does not extend StandardCloseCodes; add "
                    + "'extends StandardCloseCodes' to %s"),
    CODE_NOT_INT(Diagnostic.Kind.ERROR,
            "close code %s must be declared as 'int', not '%s'"),
    CODE_NOT_CONSTANT(Diagnostic.Kind.ERROR,
            "close code %s has no compile-time constant value; initialize it with an int literal or a constant "
                    + "expression, such as 'int %s = 4001;'"),
    CODE_NOT_ANNOTATED(Diagnostic.Kind.WARNING,
            "int constant %s of close-code table %s has no @CloseCode and will not be in the generated enum; "
                    + "annotate it, or move it out of the table"),
    CODE_OUT_OF_FRAME(Diagnostic.Kind.ERROR,
            "close code %s is %s, which no close frame can carry; codes go from 0 to 65535, and a table's own codes "
                    + "from 3000 to 4999"),
    CODE_RESERVED(Diagnostic.Kind.ERROR,
            "close code %s is %s, which belongs to the %s; a table's own codes lie in 3000-3999 (registered with "
                    + "IANA) or 4000-4999 (private to an application)"),
    CODE_DUPLICATE(Diagnostic.Kind.ERROR,
            "close code %s is already declared as %s in %s; give %s another code"),
    CODE_HIDES(Diagnostic.Kind.ERROR,
            "%s hides the close code of the same name in %s, so both could not be constants of one enum; "
                    + "choose another name"),
    CODE_NAME_RESERVED(Diagnostic.Kind.ERROR,
            "close code %s cannot become a constant of the generated %s: %s; rename the constant"),
    BLANK_TEXT(Diagnostic.Kind.ERROR,
            "%s of %s is blank; write %s"),
    TEXT_TOO_LONG(Diagnostic.Kind.ERROR,
            "%s of %s takes %s bytes in a class file, over the 65535 that a string constant may hold; shorten it"),
    TITLE_PADDED(Diagnostic.Kind.WARNING,
            "title \"%s\" of %s starts or ends with white space, which fromName strips from the name it looks up, "
                    + "so fromName cannot find the code by this title; remove the white space"),
    RECONNECT_TWICE(Diagnostic.Kind.ERROR,
            "reconnect of %s names %s values; give one, such as 'reconnect = Reconnect.NEVER', or none to take the "
                    + "range's advice"),
    ALIAS_NOT_IDENTIFIER(Diagnostic.Kind.ERROR,
            "alias \"%s\" of %s is not a Java identifier of visible characters; use a name such as "
                    + "\"CLOSE_NORMAL\""),
    ALIAS_REPEATED(Diagnostic.Kind.WARNING,
            "alias \"%s\" of %s repeats %s, which fromName already accepts, ignoring case; remove it"),
    ALIAS_CLASH(Diagnostic.Kind.ERROR,
            "alias \"%s\" of %s is already %s, ignoring case, so fromName could not tell them apart; remove or "
                    + "rename it"),
    TITLE_CLASH(Diagnostic.Kind.ERROR,
            "title \"%s\" of %s is already %s, ignoring case, so fromName could not tell them apart; choose "
                    + "another title"),
    CODE_NAME_CLASH(Diagnostic.Kind.ERROR,
            "constant %s is already %s, ignoring case, so fromName could not tell them apart; rename the constant"),
    LOCALE_INVALID(Diagnostic.Kind.ERROR,
            "locale \"%s\" of %s is not a BCP 47 language tag; write one such as \"fr\", \"pt-BR\" or \"zh-CN\""),
    LOCALE_ENGLISH(Diagnostic.Kind.ERROR,
            "translation \"%s\" of %s is English, which title and description already give; remove it or "
                    + "change its locale"),
    LOCALE_TWICE(Diagnostic.Kind.ERROR,
            "locale \"%s\" of %s is translated twice; merge the two @Translation annotations into one"),
    RANGE_INVERTED(Diagnostic.Kind.ERROR,
            "range %s goes from %s down to %s; 'from' must not be above 'to'"),
    RANGE_OUT_OF_FRAME(Diagnostic.Kind.ERROR,
            "range %s (%s-%s) leaves 0-65535, the codes a close frame can carry; a table's own ranges lie in "
                    + "3000-4999"),
    RANGE_RESERVED(Diagnostic.Kind.ERROR,
            "range %s (%s-%s) reaches outside 3000-4999, the codes a table may declare; the rest belong to the "
                    + "standard"),
    RANGE_OVERLAP(Diagnostic.Kind.ERROR,
            "range %s (%s-%s) partly overlaps %s (%s-%s) of %s; ranges must nest or be apart: change the bounds "
                    + "so that one lies inside the other or they share no code"),
    RANGE_SAME_BOUNDS(Diagnostic.Kind.ERROR,
            "range %s has the same bounds (%s-%s) as %s of %s; merge the two or change the bounds"),
    RANGE_NAME_NOT_IDENTIFIER(Diagnostic.Kind.ERROR,
            "range name \"%s\" is not a Java identifier, so it cannot name a constant of the generated enum; use an "
                    + "upper-case name such as \"AUTH\""),
    RANGE_NAME_TAKEN(Diagnostic.Kind.ERROR,
            "range name \"%s\" is already taken by %s; choose another name"),
    RANGE_NAME_RESERVED(Diagnostic.Kind.ERROR,
            "range name \"%s\" cannot become a constant of the generated %s: %s; choose another name"),
    UNEXPECTED(Diagnostic.Kind.ERROR,
            "closecodes could not process %s: %s. This is a bug in closecodes; please report it with the table");

    private final Diagnostic.Kind kind;
    private final String template;

    Problem(Diagnostic.Kind kind, String template) {
        this.kind = kind;
        this.template = template;
    }

    Diagnostic.Kind kind() {
        return kind;
    }

    /** The message with a {@code %s} for each detail. */
    String template() {
        return template;
    }

    String format(Object... args) {
        return String.format(template, args);
    }
}
