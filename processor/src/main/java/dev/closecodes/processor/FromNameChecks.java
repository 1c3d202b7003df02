package dev.closecodes.processor;

import static dev.closecodes.processor.Annotations.TITLE;

import dev.closecodes.processor.Problem.Role;
import dev.closecodes.processor.Declarations.CodeDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the keys of the generated {@code fromName}: that constant names, titles and aliases name one code each,
 * ignoring case exactly as {@code fromName} does.
 */
final class FromNameChecks {
    private final Reporter reporter;

    FromNameChecks(Reporter reporter) {
        this.reporter = reporter;
    }

    /** The key under which the generated {@code fromName} files a name. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A name fromName accepts: a constant's name, title or alias, and where it is written. */
    private record Name(String text, CodeDeclaration code, Role role, Position position) {}

    /** Checks every key, and reports a clash on the table's own declaration rather than on an inherited one. */
    void check(List<CodeDeclaration> codes) {
        List<Name> names = new ArrayList<>();
        for (CodeDeclaration code : codes) {
            if (code.isReadable()) {
                names.add(new Name(code.name(), code, Role.NAME, code.fieldPosition()));
            }
        }
        for (CodeDeclaration code : codes) {
            if (!code.isReadable() || code.title().isBlank()) {
                continue;
            }
            names.add(new Name(code.title(), code, Role.TITLE, code.position().at(TITLE)));
            if (!code.title().equals(code.title().strip())) {
                reporter.report(Problem.TITLE_PADDED, code.position().at(TITLE), code.title(), code.describe());
            }
        }
        for (CodeDeclaration code : codes) {
            if (code.isReadable()) {
                for (int i = 0; i < code.aliases().size(); i++) {
                    names.add(new Name(code.aliases().get(i), code, Role.ALIAS, code.aliasPositions().get(i)));
                }
            }
        }
        Map<String, Name> owners = new HashMap<>();
        for (Name name : names) {
            Name other = owners.putIfAbsent(key(name.text()), name);
            if (other == null || other.code().field().equals(name.code().field())
                    || other.text().equals(name.text()) && other.role() == Role.NAME && name.role() == Role.NAME) {
                // A constant of the same name as another is hidden by it, and reported as such.
                continue;
            }
            // Point at the declaration the user can change: the table's own, not the standard's.
            Name target = name.code().isStandard() && !other.code().isStandard() ? other : name;
            Name first = target == name ? other : name;
            switch (target.role()) {
                case NAME -> reporter.report(Problem.CODE_NAME_CLASH, target.position(), target.code().describe(),
                        first.role(), first.code().describe());
                case TITLE -> reporter.report(Problem.TITLE_CLASH, target.position(), target.text(),
                        target.code().describe(), first.role(), first.code().describe());
                case ALIAS -> reporter.report(Problem.ALIAS_CLASH, target.position(), target.text(),
                        target.code().describe(), first.role(), first.code().describe());
            }
        }
    }
}
