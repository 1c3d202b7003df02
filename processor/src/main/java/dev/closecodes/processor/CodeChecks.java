package dev.closecodes.processor;

import dev.closecodes.Reconnect;
import dev.closecodes.processor.Declarations.CodeDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.type.TypeKind;

/**
 * Checks a table's codes, own and inherited: that each is an int constant in the table's part of the code space,
 * declared once, with a name the code enum can give a constant, and with valid text and aliases; and turns them into
 * the model.
 */
final class CodeChecks {
    private final Reporter reporter;
    private final TextChecks texts;

    CodeChecks(Reporter reporter, TextChecks texts) {
        this.reporter = reporter;
        this.texts = texts;
    }

    /** Returns the codes that passed every check, in ascending order, with their advice resolved. */
    List<Code> check(List<CodeDeclaration> declared, List<Range> ranges, TypeNames names) {
        Map<Integer, CodeDeclaration> byValue = new HashMap<>();
        Map<String, CodeDeclaration> byName = new LinkedHashMap<>();
        List<Code> codes = new ArrayList<>();
        for (CodeDeclaration code : declared) {
            if (!checkField(code)) {
                continue;
            }
            boolean ok = checkValue(code, ranges);
            CodeDeclaration hidden = byName.putIfAbsent(code.name(), code);
            if (hidden != null && !hidden.field().equals(code.field())) {
                reporter.report(Problem.CODE_HIDES, code.fieldPosition(), code.describe(),
                        hidden.owner().getSimpleName());
                ok = false;
            } else if (code.name().equals(ConstantNames.JAVAC_VALUES)) {
                reporter.report(Problem.CODE_NAME_JAVAC, code.fieldPosition(), code.describe(),
                        names.code().simpleName());
                ok = false;
            }
            if (ok) {
                CodeDeclaration earlier = byValue.putIfAbsent(code.value(), code);
                if (earlier != null) {
                    reporter.report(Problem.CODE_DUPLICATE, code.fieldPosition(), code.value(), earlier.name(),
                            earlier.owner().getSimpleName(), code.describe());
                    ok = false;
                }
            }
            ok &= texts.checkText(code.position(), code.describe(), code.title(), code.description());
            ok &= texts.checkReconnect(code.position(), code.describe(), code.reconnect());
            ok &= checkAliases(code);
            ok &= texts.checkTranslations(code.describe(), code.translations());
            if (ok) {
                Reconnect reconnect = code.reconnect().isEmpty()
                        ? RangeChecks.innermost(ranges, code.value(), code.value()).map(Range::reconnect)
                                .orElse(Reconnect.NEVER)
                        : Reconnect.valueOf(code.reconnect().get(0));
                codes.add(new Code(code.name(), code.value(), code.title(), code.description(), code.sendable(),
                        reconnect, code.aliases(), TextChecks.translations(code.translations())));
            }
        }
        checkClashes(byName, names);
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
        if (value < 0 || value > Limits.UNSIGNED_SHORT_MAX) {
            reporter.report(Problem.CODE_OUT_OF_FRAME, code.fieldPosition(), code.describe(), value);
            return false;
        }
        if (code.isStandard() || Limits.OWN_FROM <= value && value <= Limits.OWN_TO) {
            return true;
        }
        if (value > Limits.OWN_TO) {
            reporter.report(Problem.CODE_ABOVE_OWN, code.fieldPosition(), code.describe(), value);
            return false;
        }
        Optional<Range> standard = RangeChecks.innermost(ranges, value, value);
        if (standard.isPresent()) {
            reporter.report(Problem.CODE_RESERVED, code.fieldPosition(), code.describe(), value,
                    standard.get().name(), standard.get().from(), standard.get().to());
        } else {
            // Below 3000 every code is in a standard range; none is found only in a table that does not extend
            // StandardCloseCodes, which is reported on the table.
            reporter.alreadyReported();
        }
        return false;
    }

    private boolean checkAliases(CodeDeclaration code) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        seen.add(FromNameChecks.key(code.name()));
        for (int i = 0; i < code.aliases().size(); i++) {
            String alias = code.aliases().get(i);
            Position position = code.aliasPositions().get(i);
            String key = FromNameChecks.key(alias);
            if (!ConstantNames.isPlainIdentifier(alias)) {
                reporter.report(Problem.ALIAS_NOT_IDENTIFIER, position, alias, code.describe());
                ok = false;
            } else if (!seen.add(key)) {
                reporter.report(key.equals(FromNameChecks.key(code.name())) ? Problem.ALIAS_REPEATS_NAME
                        : Problem.ALIAS_REPEATS_ALIAS, position, alias, code.describe());
            } else if (key.equals(FromNameChecks.key(code.title()))) {
                reporter.report(Problem.ALIAS_REPEATS_TITLE, position, alias, code.describe());
            }
        }
        return ok;
    }

    /** Reports the names that no writer can keep from hiding a type or package the code enum names. */
    private void checkClashes(Map<String, CodeDeclaration> byName, TypeNames names) {
        for (ConstantNames.Clash clash
                : ConstantNames.clashes(byName.keySet(), CloseCodeEnumWriter.typesInExpressions(names))) {
            CodeDeclaration code = byName.get(clash.name());
            if (clash.hidesPackage()) {
                reporter.report(Problem.CODE_NAME_HIDES_PACKAGE, code.fieldPosition(), code.describe(),
                        names.code().simpleName(), clash.type().canonicalName(), clash.other(), clash.name());
            } else {
                reporter.report(Problem.CODE_NAME_HIDES_TYPE, code.fieldPosition(), code.describe(),
                        names.code().simpleName(), clash.type().canonicalName());
            }
        }
    }
}
