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
import java.util.LinkedHashSet;
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

    private final Reporter reporter;

    TableChecker(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Checks the declarations and returns the model, or nothing if an error was reported. */
    Optional<Table> check(Declarations declarations, TypeNames names) {
        int errorsBefore = reporter.errors();
        List<Range> ranges = checkRanges(declarations.ranges());
        List<Code> codes = checkCodes(declarations, ranges);
        checkNames(declarations.codes());
        if (reporter.errors() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Table(declarations.table(), names, codes, ranges));
    }

    // ---------------------------------------------------------------- ranges

    private List<Range> checkRanges(List<RangeDeclaration> declared) {
        List<RangeDeclaration> valid = new ArrayList<>();
        Map<String, RangeDeclaration> byName = new HashMap<>();
        for (RangeDeclaration range : declared) {
            boolean ok = checkRangeName(range, byName);
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

    private boolean checkRangeName(RangeDeclaration range, Map<String, RangeDeclaration> byName) {
        Position position = range.position().at("name");
        if (!SourceVersion.isName(range.name()) || range.name().contains(".")) {
            reporter.report(Problem.RANGE_NAME_NOT_IDENTIFIER, position, range.name());
            return false;
        }
        if (range.name().equals("OUT_OF_RANGE")) {
            reporter.report(Problem.RANGE_NAME_RESERVED, position, range.name());
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
            reporter.report(Problem.RANGE_INVERTED, range.position().at("to"), range.name(), range.from(), range.to());
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

    private void checkNesting(List<RangeDeclaration> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            RangeDeclaration earlier = ranges.get(i);
            for (int j = i + 1; j < ranges.size(); j++) {
                RangeDeclaration later = ranges.get(j);
                boolean disjoint = later.to() < earlier.from() || earlier.to() < later.from();
                boolean laterInside = earlier.from() <= later.from() && later.to() <= earlier.to();
                boolean earlierInside = later.from() <= earlier.from() && earlier.to() <= later.to();
                if (laterInside && earlierInside) {
                    reporter.report(Problem.RANGE_SAME_BOUNDS, later.position().at("from"), later.name(),
                            later.from(), later.to(), earlier.name(), earlier.owner().getSimpleName());
                } else if (!disjoint && !laterInside && !earlierInside) {
                    reporter.report(Problem.RANGE_OVERLAP, later.position().at("from"), later.name(), later.from(),
                            later.to(), earlier.name(), earlier.from(), earlier.to(), earlier.owner().getSimpleName());
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

    private List<Code> checkCodes(Declarations declarations, List<Range> ranges) {
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
                reporter.report(Problem.CODE_HIDES, code.position(), code.describe(), hidden.owner().getSimpleName());
                ok = false;
            }
            if (ok) {
                CodeDeclaration earlier = byValue.putIfAbsent(code.value(), code);
                if (earlier != null) {
                    reporter.report(Problem.CODE_DUPLICATE, code.position(), code.value(), earlier.name(),
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

    private boolean checkField(CodeDeclaration code) {
        if (code.field().asType().getKind() != TypeKind.INT) {
            reporter.report(Problem.CODE_NOT_INT, code.position(), code.describe(), code.field().asType());
            return false;
        }
        if (code.value() == null) {
            reporter.report(Problem.CODE_NOT_CONSTANT, code.position(), code.describe(), code.name());
            return false;
        }
        return true;
    }

    private boolean checkValue(CodeDeclaration code, List<Range> ranges) {
        int value = code.value();
        if (value < 0 || value > MAX_CODE) {
            reporter.report(Problem.CODE_OUT_OF_FRAME, code.position(), code.describe(), value);
            return false;
        }
        if (!code.isStandard() && (value < OWN_FROM || value > OWN_TO)) {
            String owner = innermost(ranges, value, value)
                    .map(range -> "standard range " + range.name() + " (" + range.from() + "-" + range.to() + ")")
                    .orElse("standard, outside every range");
            reporter.report(Problem.CODE_RESERVED, code.position(), code.describe(), value, owner);
            return false;
        }
        return true;
    }

    private boolean checkAliases(CodeDeclaration code) {
        boolean ok = true;
        for (String alias : code.aliases()) {
            if (!SourceVersion.isIdentifier(alias) || SourceVersion.isKeyword(alias)) {
                reporter.report(Problem.ALIAS_NOT_IDENTIFIER, code.position().at("aliases"), alias, code.describe());
                ok = false;
            }
        }
        return ok;
    }

    /** Checks that constant names, titles and aliases name one code each, ignoring case, as fromName reads them. */
    private void checkNames(List<CodeDeclaration> codes) {
        Map<String, CodeDeclaration> owners = new HashMap<>();
        for (CodeDeclaration code : codes) {
            if (code.value() != null) {
                owners.putIfAbsent(key(code.name()), code);
            }
        }
        for (CodeDeclaration code : codes) {
            if (code.value() == null) {
                continue;
            }
            CodeDeclaration other = owners.putIfAbsent(key(code.title()), code);
            if (other != null && other != code && !other.field().equals(code.field()) && !code.title().isBlank()) {
                reporter.report(Problem.TITLE_CLASH, code.position().at("title"), code.title(), code.describe(),
                        other.describe());
            }
            for (String alias : code.aliases()) {
                other = owners.putIfAbsent(key(alias), code);
                if (other != null && other != code && !other.field().equals(code.field())) {
                    reporter.report(Problem.ALIAS_CLASH, code.position().at("aliases"), alias, code.describe(),
                            other.describe());
                }
            }
        }
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
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
        return ok;
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
        Set<String> seen = new LinkedHashSet<>();
        for (TranslationDeclaration translation : translations) {
            Optional<String> tag = normalize(translation.locale());
            if (tag.isEmpty()) {
                reporter.report(Problem.LOCALE_INVALID, translation.position(), translation.locale(), owner);
                ok = false;
                continue;
            }
            if (Locale.forLanguageTag(tag.get()).getLanguage().equals("en")) {
                reporter.report(Problem.LOCALE_ENGLISH, translation.position(), translation.locale(), owner);
                ok = false;
            } else if (!seen.add(tag.get().toLowerCase(Locale.ROOT))) {
                reporter.report(Problem.LOCALE_TWICE, translation.position(), tag.get(), owner);
                ok = false;
            }
            if (translation.description().isBlank()) {
                reporter.report(Problem.BLANK_TEXT, translation.position(), "description in " + translation.locale(),
                        owner, "what it means in that language");
                ok = false;
            }
        }
        return ok;
    }

    /** Returns the well-formed form of a BCP 47 tag, or nothing if it is not one. */
    static Optional<String> normalize(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale.toLanguageTag());
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
