package dev.closecodes.processor;

import dev.closecodes.Reconnect;
import dev.closecodes.processor.TableReader.CodeDeclaration;
import dev.closecodes.processor.TableReader.Declarations;
import dev.closecodes.processor.TableReader.RangeDeclaration;
import dev.closecodes.processor.TableReader.TranslationDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.type.TypeKind;

/**
 * Checks a table's declarations and turns them into the model. Every problem is reported; the table yields a
 * model only if none of them is an error.
 */
final class TableChecker {
    /** The codes a table may declare itself: 3000–3999 registered, 4000–4999 private. */
    private static final int OWN_FROM = 3000;

    private static final int OWN_TO = 4999;
    private static final int MAX_CODE = 0xFFFF;

    /** The most bytes a string constant takes in a class file. */
    private static final int MAX_CONSTANT_BYTES = 0xFFFF;

    private final Reporter reporter;

    TableChecker(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Checks the declarations and returns the model, or nothing if an error was reported. */
    Optional<Table> check(Declarations declarations, TypeNames names) {
        int errorsBefore = reporter.errors();
        List<Range> ranges = checkRanges(declarations.ranges(), names);
        List<Code> codes = checkCodes(declarations, ranges, names);
        checkNames(declarations.codes());
        if (reporter.errors() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Table(declarations.table(), names, codes, ranges));
    }

    // ---------------------------------------------------------------- ranges

    private List<Range> checkRanges(List<RangeDeclaration> declared, TypeNames names) {
        List<RangeDeclaration> valid = new ArrayList<>();
        Map<String, RangeDeclaration> byName = new HashMap<>();
        for (RangeDeclaration range : declared) {
            if (range.erroneous()) {
                // javac has reported the error; what was read from the annotation would only mislead.
                reporter.alreadyReported();
                continue;
            }
            boolean ok = checkRangeName(range, byName, names);
            ok &= checkBounds(range);
            ok &= checkText(range.position(), range.describe(), range.title(), range.description());
            ok &= checkReconnect(range.position(), range.describe(), range.reconnect());
            ok &= checkTranslations(range.describe(), range.translations());
            if (ok) {
                valid.add(range);
            }
        }
        checkNesting(valid);
        List<RangeDeclaration> sorted = new ArrayList<>(valid);
        sorted.sort(Comparator.comparingInt(RangeDeclaration::from)
                .thenComparing(Comparator.comparingInt(RangeDeclaration::to).reversed()));
        List<Range> ranges = new ArrayList<>();
        for (RangeDeclaration range : sorted) {
            Reconnect reconnect = range.reconnect().isEmpty()
                    ? innermost(ranges, range.from(), range.to()).map(Range::reconnect).orElse(Reconnect.NEVER)
                    : Reconnect.valueOf(range.reconnect().get(0));
            ranges.add(new Range(range.name(), range.from(), range.to(), range.title(), range.description(),
                    range.sendable(), reconnect, translations(range.translations())));
        }
        return ranges;
    }

    private boolean checkRangeName(RangeDeclaration range, Map<String, RangeDeclaration> byName, TypeNames names) {
        Position position = range.position().at("name");
        if (!GeneratedNames.isPlainIdentifier(range.name())) {
            reporter.report(Problem.RANGE_NAME_NOT_IDENTIFIER, position, range.name());
            return false;
        }
        Optional<String> reserved = GeneratedNames.inRangeEnum(range.name(), names);
        if (reserved.isPresent()) {
            reporter.report(Problem.RANGE_NAME_RESERVED, position, range.name(), names.range().simpleName(),
                    reserved.get());
            return false;
        }
        RangeDeclaration earlier = byName.putIfAbsent(range.name(), range);
        if (earlier != null) {
            reporter.report(Problem.RANGE_NAME_TAKEN, position, range.name(),
                    "the range " + earlier.from() + "-" + earlier.to() + " of " + earlier.owner().getSimpleName());
            return false;
        }
        return true;
    }

    private boolean checkBounds(RangeDeclaration range) {
        if (range.from() > range.to()) {
            reporter.report(Problem.RANGE_INVERTED, range.position().at("from"), range.name(), range.from(),
                    range.to());
            return false;
        }
        if (range.from() < 0 || range.to() > MAX_CODE) {
            reporter.report(Problem.RANGE_OUT_OF_FRAME, range.position().at(range.from() < 0 ? "from" : "to"),
                    range.name(), range.from(), range.to());
            return false;
        }
        if (!range.isStandard() && (range.from() < OWN_FROM || range.to() > OWN_TO)) {
            reporter.report(Problem.RANGE_RESERVED, range.position().at(range.from() < OWN_FROM ? "from" : "to"),
                    range.name(), range.from(), range.to());
            return false;
        }
        return true;
    }

    /** Reports each range that partly overlaps or repeats an earlier one, once, at the first it collides with. */
    private void checkNesting(List<RangeDeclaration> ranges) {
        for (int j = 1; j < ranges.size(); j++) {
            RangeDeclaration later = ranges.get(j);
            for (int i = 0; i < j; i++) {
                RangeDeclaration earlier = ranges.get(i);
                boolean disjoint = later.to() < earlier.from() || earlier.to() < later.from();
                boolean laterInside = earlier.from() <= later.from() && later.to() <= earlier.to();
                boolean earlierInside = later.from() <= earlier.from() && earlier.to() <= later.to();
                if (laterInside && earlierInside) {
                    reporter.report(Problem.RANGE_SAME_BOUNDS, later.position().at("from"), later.name(),
                            later.from(), later.to(), earlier.name(), earlier.owner().getSimpleName());
                    break;
                } else if (!disjoint && !laterInside && !earlierInside) {
                    reporter.report(Problem.RANGE_OVERLAP, later.position().at("from"), later.name(), later.from(),
                            later.to(), earlier.name(), earlier.from(), earlier.to(), earlier.owner().getSimpleName());
                    break;
                }
            }
        }
    }

    /** Returns the innermost of {@code ranges} (sorted outer first) that holds all of {@code from..to}. */
    private static Optional<Range> innermost(List<Range> ranges, int from, int to) {
        Range found = null;
        for (Range range : ranges) {
            if (range.from() <= from && to <= range.to()) {
                found = range;
            }
        }
        return Optional.ofNullable(found);
    }

    // ----------------------------------------------------------------- codes

    private List<Code> checkCodes(Declarations declarations, List<Range> ranges, TypeNames names) {
        Map<Integer, CodeDeclaration> byValue = new HashMap<>();
        Map<String, CodeDeclaration> byName = new HashMap<>();
        List<Code> codes = new ArrayList<>();
        for (CodeDeclaration code : declarations.codes()) {
            if (!checkField(code)) {
                continue;
            }
            boolean ok = checkValue(code, ranges);
            CodeDeclaration hidden = byName.putIfAbsent(code.name(), code);
            if (hidden != null && !hidden.field().equals(code.field())) {
                reporter.report(Problem.CODE_HIDES, code.fieldPosition(), code.describe(),
                        hidden.owner().getSimpleName());
                ok = false;
            } else {
                Optional<String> reserved = GeneratedNames.inCodeEnum(code.name(), names);
                if (reserved.isPresent()) {
                    reporter.report(Problem.CODE_NAME_RESERVED, code.fieldPosition(), code.describe(),
                            names.code().simpleName(), reserved.get());
                    ok = false;
                }
            }
            if (ok) {
                CodeDeclaration earlier = byValue.putIfAbsent(code.value(), code);
                if (earlier != null) {
                    reporter.report(Problem.CODE_DUPLICATE, code.fieldPosition(), code.value(), earlier.name(),
                            earlier.owner().getSimpleName(), code.describe());
                    ok = false;
                }
            }
            ok &= checkText(code.position(), code.describe(), code.title(), code.description());
            ok &= checkReconnect(code.position(), code.describe(), code.reconnect());
            ok &= checkAliases(code);
            ok &= checkTranslations(code.describe(), code.translations());
            if (ok) {
                Reconnect reconnect = code.reconnect().isEmpty()
                        ? innermost(ranges, code.value(), code.value()).map(Range::reconnect).orElse(Reconnect.NEVER)
                        : Reconnect.valueOf(code.reconnect().get(0));
                codes.add(new Code(code.name(), code.value(), code.title(), code.description(), code.sendable(),
                        reconnect, List.copyOf(code.aliases()), translations(code.translations())));
            }
        }
        codes.sort(Comparator.comparingInt(Code::value));
        return codes;
    }

    /** Checks that the field is an int constant whose annotation javac could read; the other checks need that. */
    private boolean checkField(CodeDeclaration code) {
        if (code.field().asType().getKind() != TypeKind.INT) {
            reporter.report(Problem.CODE_NOT_INT, code.fieldPosition(), code.describe(), code.field().asType());
            return false;
        }
        if (code.erroneous()) {
            reporter.alreadyReported();
            return false;
        }
        if (code.value() == null) {
            reporter.report(Problem.CODE_NOT_CONSTANT, code.fieldPosition(), code.describe(), code.name());
            return false;
        }
        return true;
    }

    private boolean checkValue(CodeDeclaration code, List<Range> ranges) {
        int value = code.value();
        if (value < 0 || value > MAX_CODE) {
            reporter.report(Problem.CODE_OUT_OF_FRAME, code.fieldPosition(), code.describe(), value);
            return false;
        }
        if (!code.isStandard() && (value < OWN_FROM || value > OWN_TO)) {
            String owner = innermost(ranges, value, value)
                    .map(range -> "standard range " + range.name() + " (" + range.from() + "-" + range.to() + ")")
                    .orElse("standard, outside every range");
            reporter.report(Problem.CODE_RESERVED, code.fieldPosition(), code.describe(), value, owner);
            return false;
        }
        return true;
    }

    private boolean checkAliases(CodeDeclaration code) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        seen.add(key(code.name()));
        for (int i = 0; i < code.aliases().size(); i++) {
            String alias = code.aliases().get(i);
            Position position = code.aliasPositions().get(i);
            if (!GeneratedNames.isPlainIdentifier(alias)) {
                reporter.report(Problem.ALIAS_NOT_IDENTIFIER, position, alias, code.describe());
                ok = false;
            } else if (!seen.add(key(alias))) {
                reporter.report(Problem.ALIAS_REPEATED, position, alias, code.describe(),
                        key(alias).equals(key(code.name())) ? "the constant's name" : "another of its aliases");
            } else if (key(alias).equals(key(code.title()))) {
                reporter.report(Problem.ALIAS_REPEATED, position, alias, code.describe(), "its title");
            }
        }
        return ok;
    }

    /** A name fromName accepts: a constant's name, title or alias. */
    private record Name(String text, CodeDeclaration code, String role, Position position) {
        String describe() {
            return role + " " + code.describe();
        }
    }

    /**
     * Checks that constant names, titles and aliases name one code each, ignoring case exactly as the generated
     * {@code fromName} does, and reports a clash on the table's own declaration rather than on an inherited one.
     */
    private void checkNames(List<CodeDeclaration> codes) {
        List<Name> names = new ArrayList<>();
        for (CodeDeclaration code : codes) {
            if (code.value() != null && !code.erroneous()) {
                names.add(new Name(code.name(), code, "the name of constant", code.fieldPosition()));
            }
        }
        for (CodeDeclaration code : codes) {
            if (code.value() == null || code.erroneous() || code.title().isBlank()) {
                continue;
            }
            names.add(new Name(code.title(), code, "the title of", code.position().at("title")));
            if (!code.title().equals(code.title().strip())) {
                reporter.report(Problem.TITLE_PADDED, code.position().at("title"), code.title(), code.describe());
            }
        }
        for (CodeDeclaration code : codes) {
            if (code.value() == null || code.erroneous()) {
                continue;
            }
            for (int i = 0; i < code.aliases().size(); i++) {
                names.add(new Name(code.aliases().get(i), code, "an alias of", code.aliasPositions().get(i)));
            }
        }
        Map<String, Name> owners = new HashMap<>();
        for (Name name : names) {
            Name other = owners.putIfAbsent(key(name.text()), name);
            if (other == null || other.code().field().equals(name.code().field())
                    || other.text().equals(name.text()) && other.role().equals(name.role())
                            && name.role().equals("the name of constant")) {
                // A constant of the same name as another is hidden by it, and reported as such.
                continue;
            }
            // Point at the declaration the user can change: the table's own, not the standard's.
            Name target = name.code().isStandard() && !other.code().isStandard() ? other : name;
            Name first = target == name ? other : name;
            if (target.role().equals("the name of constant")) {
                reporter.report(Problem.CODE_NAME_CLASH, target.position(), target.code().describe(), first.describe());
            } else {
                reporter.report(target.role().equals("the title of") ? Problem.TITLE_CLASH : Problem.ALIAS_CLASH,
                        target.position(), target.text(), target.code().describe(), first.describe());
            }
        }
    }

    /** The key under which the generated {@code fromName} files a name. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    // ----------------------------------------------------------------- shared

    private boolean checkText(Position position, String owner, String title, String description) {
        boolean ok = true;
        if (title.isBlank()) {
            reporter.report(Problem.BLANK_TEXT, position.at("title"), "title", owner, "its short English name");
            ok = false;
        }
        if (description.isBlank()) {
            reporter.report(Problem.BLANK_TEXT, position.at("description"), "description", owner,
                    "what it means in a sentence or two");
            ok = false;
        }
        ok &= checkLength(position.at("title"), "title", owner, title);
        ok &= checkLength(position.at("description"), "description", owner, description);
        return ok;
    }

    /** Checks that {@code text} fits a string constant of a class file, where javac writes it as modified UTF-8. */
    private boolean checkLength(Position position, String what, String owner, String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        if (bytes > MAX_CONSTANT_BYTES) {
            reporter.report(Problem.TEXT_TOO_LONG, position, what, owner, bytes);
            return false;
        }
        return true;
    }

    private boolean checkReconnect(Position position, String owner, List<String> reconnect) {
        if (reconnect.size() > 1) {
            reporter.report(Problem.RECONNECT_TWICE, position.at("reconnect"), owner, reconnect.size());
            return false;
        }
        return true;
    }

    private boolean checkTranslations(String owner, List<TranslationDeclaration> translations) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (TranslationDeclaration translation : translations) {
            Position locale = translation.position().at("locale");
            Optional<String> tag = normalize(translation.locale());
            if (tag.isEmpty()) {
                reporter.report(Problem.LOCALE_INVALID, locale, translation.locale(), owner);
                ok = false;
            } else if (Locale.forLanguageTag(tag.get()).getLanguage().equals("en")) {
                reporter.report(Problem.LOCALE_ENGLISH, locale, translation.locale(), owner);
                ok = false;
            } else if (!seen.add(tag.get().toLowerCase(Locale.ROOT))) {
                reporter.report(Problem.LOCALE_TWICE, locale, tag.get(), owner);
                ok = false;
            }
            String language = "in " + translation.locale();
            if (!translation.title().isEmpty() && translation.title().isBlank()) {
                reporter.report(Problem.BLANK_TEXT, translation.position().at("title"), "title " + language, owner,
                        "its title in that language, or leave 'title' out to keep the English one");
                ok = false;
            }
            if (translation.description().isBlank()) {
                reporter.report(Problem.BLANK_TEXT, translation.position().at("description"),
                        "description " + language, owner, "what it means in that language");
                ok = false;
            }
            ok &= checkLength(translation.position().at("title"), "title " + language, owner, translation.title());
            ok &= checkLength(translation.position().at("description"), "description " + language, owner,
                    translation.description());
        }
        return ok;
    }

    /**
     * Returns a well-formed BCP 47 tag in the form the generated code's {@code LocalizedText} files it under, or
     * nothing if {@code tag} is not one or names no language.
     */
    static Optional<String> normalize(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            String runtime = Locale.forLanguageTag(locale.toLanguageTag()).toLanguageTag();
            String language = Locale.forLanguageTag(runtime).getLanguage();
            return language.isEmpty() || language.equals("und") ? Optional.empty() : Optional.of(runtime);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    private static List<Translation> translations(List<TranslationDeclaration> declared) {
        List<Translation> translations = new ArrayList<>();
        for (TranslationDeclaration translation : declared) {
            translations.add(new Translation(normalize(translation.locale()).orElseThrow(), translation.title(),
                    translation.description()));
        }
        return List.copyOf(translations);
    }
}
