package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.TableCompiler.chatTable;
import static dev.closecodes.processor.TableCompiler.code;
import static dev.closecodes.processor.TableCompiler.compile;
import static dev.closecodes.processor.TableCompiler.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One compilation for each mistake a table can hold: the processor reports it, and nothing else, with the
 * catalogue's words, in the file and on the line at fault; a table with an error generates nothing.
 */
class DiagnosticsTest {

    /**
     * A mistake and what the user must read.
     *
     * @param problem the catalogue entry
     * @param what a short name for the test report
     * @param others the processors to run before the one under test
     * @param sources the sources compiled
     * @param message the whole message
     * @param file the file the message is in
     * @param line a text that only the line at fault holds
     * @param generated the files generated all the same, by another table or processor
     */
    record Mistake(Problem problem, String what, List<Processor> others, List<JavaFileObject> sources,
            String message, JavaFileObject file, String line, List<String> generated) {
        @Override
        public String toString() {
            return problem + ": " + what;
        }
    }

    private static final List<Mistake> MISTAKES = new ArrayList<>();

    private static void mistake(Problem problem, String what, JavaFileObject file, String line, String message,
            JavaFileObject... others) {
        List<JavaFileObject> sources = new ArrayList<>(List.of(others));
        sources.add(0, file);
        MISTAKES.add(new Mistake(problem, what, List.of(), sources, message, file, line,
                List.of()));
    }

    /** A table with one code whose {@code @CloseCode} has {@code attributes} besides its title and description. */
    private static JavaFileObject codeWith(String attributes) {
        return chatTable("", "    @CloseCode(title = \"Token Expired\", description = \"The token expired.\",\n"
                + attributes + ")\n"
                + "    int TOKEN_EXPIRED = 4001;\n");
    }

    /** A table with one {@code @CloseCodeRange}. */
    private static JavaFileObject rangeWith(String range) {
        return chatTable(range + "\n", "");
    }

    private static String range(String name, int from, int to) {
        return "@CloseCodeRange(name = \"" + name + "\", from = " + from + ", to = " + to + ",\n"
                + "        title = \"" + name + " title\", description = \"The " + name + " range.\")\n";
    }

    static {
        // ------------------------------------------------------------------------------------------ the table
        mistake(Problem.TABLE_NOT_INTERFACE, "a class",
                source("p.ChatCloseCodes", "@CloseCodeTable\n"
                        + "public class ChatCloseCodes implements StandardCloseCodes {\n"
                        + "    @CloseCode(title = \"Token Expired\", description = \"The token expired.\")\n"
                        + "    public static final int TOKEN_EXPIRED = 4001;\n"
                        + "}\n"),
                "@CloseCodeTable",
                "@CloseCodeTable goes on an interface, but ChatCloseCodes is a class; declare it as "
                        + "'interface ChatCloseCodes extends StandardCloseCodes'");
        mistake(Problem.TABLE_NOT_INTERFACE, "an enum",
                source("p.ChatCloseCodes", "@CloseCodeTable\npublic enum ChatCloseCodes { ONE }\n"),
                "@CloseCodeTable",
                "@CloseCodeTable goes on an interface, but ChatCloseCodes is an enum; declare it as "
                        + "'interface ChatCloseCodes extends StandardCloseCodes'");
        mistake(Problem.TABLE_NOT_STANDARD, "no StandardCloseCodes",
                source("p.ChatCloseCodes", "@CloseCodeTable\npublic interface ChatCloseCodes {\n"
                        + code("TOKEN_EXPIRED", 4001) + "}\n"),
                "@CloseCodeTable",
                "close-code table p.ChatCloseCodes must extend dev.closecodes.StandardCloseCodes, directly or "
                        + "through other interfaces; add 'extends StandardCloseCodes'");
        mistake(Problem.TABLE_GENERIC, "a type parameter",
                source("p.ChatCloseCodes", "@CloseCodeTable\n"
                        + "public interface ChatCloseCodes<T> extends StandardCloseCodes {}\n"),
                "interface ChatCloseCodes<T>",
                "close-code table ChatCloseCodes must not have type parameters; remove <T>");
        mistake(Problem.TABLE_NESTED_PRIVATE, "a private nested interface",
                source("p.Outer", "public class Outer {\n"
                        + "    @CloseCodeTable\n"
                        + "    private interface ChatCloseCodes extends StandardCloseCodes {}\n"
                        + "}\n"),
                "@CloseCodeTable",
                "close-code table ChatCloseCodes must be a top-level interface or a nested one that is not private; "
                        + "generated code in package p must be able to see it");
        mistake(Problem.PREFIX_NOT_IDENTIFIER, "a space",
                source("p.ChatCloseCodes", "@CloseCodeTable(\n"
                        + "        prefix = \"Chat Room\")\n"
                        + "public interface ChatCloseCodes extends StandardCloseCodes {}\n"),
                "prefix =",
                "prefix \"Chat Room\" does not make Java type names; use a Java identifier of visible characters "
                        + "that starts with a letter, such as \"Chat\"");
        mistake(Problem.PREFIX_NOT_IDENTIFIER, "an invisible character",
                source("p.ChatCloseCodes", "@CloseCodeTable(\n"
                        + "        prefix = \"Chat\\u200B\")\n"
                        + "public interface ChatCloseCodes extends StandardCloseCodes {}\n"),
                "prefix =",
                "prefix \"Chat\u200B\" does not make Java type names; use a Java identifier of visible characters "
                        + "that starts with a letter, such as \"Chat\"");
        mistake(Problem.PREFIX_NOT_JAVASCRIPT, "a prefix JavaScript cannot export",
                source("p.ChatCloseCodes", "@CloseCodeTable(\n"
                        + "        prefix = \"Chat€\")\n"
                        + "public interface ChatCloseCodes extends StandardCloseCodes {}\n"),
                "prefix =",
                "Chat€CloseCode is no JavaScript identifier, so the table's ES module cannot export it; use a "
                        + "prefix of ASCII letters and digits, such as \"Chat\", or leave the module out with "
                        + "-Aclosecodes.javascript=false");
        JavaFileObject roomTable = source("p.RoomCloseCodes", "@CloseCodeTable(\n"
                + "        prefix = \"Chat\")\n"
                + "public interface RoomCloseCodes extends StandardCloseCodes {}\n");
        MISTAKES.add(new Mistake(Problem.NAME_CLASH_TABLES, "the same prefix", List.of(),
                List.of(chatTable("", ""), roomTable),
                "tables p.ChatCloseCodes and p.RoomCloseCodes would both generate ChatCloseCode, ChatCloseCodeRange "
                        + "and ChatCloseEvent; give one of them another prefix, such as "
                        + "@CloseCodeTable(prefix = \"Room\")",
                roomTable, "prefix =", List.of("p.ChatCloseCode", "p.ChatCloseCodeRange", "p.ChatCloseEvent",
                        "META-INF/resources/closecodes/p/ChatCloseCodes.js",
                        "META-INF/resources/closecodes/p/ChatCloseCodes.d.ts")));
        mistake(Problem.NAME_TAKEN, "a user's type",
                chatTable("", ""),
                "@CloseCodeTable",
                "cannot generate p.ChatCloseCodeRange: a type of that name already exists; rename it or give this "
                        + "table another prefix with @CloseCodeTable(prefix = \"...\")",
                source("p.ChatCloseCodeRange", "public class ChatCloseCodeRange {}\n"));
        JavaFileObject filerTable = chatTable("", "");
        MISTAKES.add(new Mistake(Problem.NAME_TAKEN, "the Filer refuses the name",
                List.of(new TypeWritingProcessor("p.ChatCloseEvent")),
                List.of(filerTable),
                "cannot generate p.ChatCloseEvent: a type of that name already exists; rename it or give this "
                        + "table another prefix with @CloseCodeTable(prefix = \"...\")",
                filerTable, "@CloseCodeTable",
                List.of("p.ChatCloseCode", "p.ChatCloseCodeRange")));
        JavaFileObject brokenFiler = chatTable("", "");
        MISTAKES.add(new Mistake(Problem.UNEXPECTED, "the Filer fails",
                List.of(),
                List.of(brokenFiler),
                "closecodes could not process ChatCloseCodes: java.lang.IllegalStateException: disk on fire. This is "
                        + "a bug in closecodes; please report it with the table and this stack trace:",
                brokenFiler, "public interface ChatCloseCodes", List.of()));
        JavaFileObject fullDisk = chatTable("", "");
        MISTAKES.add(new Mistake(Problem.FILE_NOT_WRITTEN, "the disk is full",
                List.of(),
                List.of(fullDisk),
                "could not write p.ChatCloseCode, generated from p.ChatCloseCodes: No space left on device; make sure "
                        + "the build can write to its generated-sources directory (free space, no other program "
                        + "holding the file), then build again",
                fullDisk, "public interface ChatCloseCodes", List.of()));
        mistake(Problem.NOT_A_TABLE, "an interface that could be a table",
                source("p.BaseCloseCodes", "public interface BaseCloseCodes extends StandardCloseCodes {\n"
                        + code("TOKEN_EXPIRED", 4001) + "}\n"),
                "public interface BaseCloseCodes",
                "p.BaseCloseCodes declares close codes but is no close-code table, so nothing is generated for it; "
                        + "annotate it with @CloseCodeTable to generate BaseCloseCode, BaseCloseCodeRange and "
                        + "BaseCloseEvent, or leave it as it is if it is a base that tables elsewhere extend");

        // ------------------------------------------------------------------------------- stray annotations
        mistake(Problem.CODE_OUTSIDE_INTERFACE, "in a class",
                source("p.Holder", "public class Holder {\n"
                        + "    @CloseCode(title = \"Token Expired\", description = \"The token expired.\")\n"
                        + "    static final int TOKEN_EXPIRED = 4001;\n"
                        + "}\n"),
                "@CloseCode(",
                "@CloseCode goes on an int constant of an interface that extends StandardCloseCodes, but "
                        + "TOKEN_EXPIRED is declared in class Holder; move it into a close-code table");
        mistake(Problem.CODE_NOT_IN_TABLE, "in an unrelated interface",
                source("p.Holder", "public interface Holder {\n" + code("TOKEN_EXPIRED", 4001) + "}\n"),
                "@CloseCode(",
                "@CloseCode constant TOKEN_EXPIRED is declared in Holder, which does not extend StandardCloseCodes; "
                        + "add 'extends StandardCloseCodes' to Holder");
        mistake(Problem.RANGE_OUTSIDE_INTERFACE, "on a class",
                source("p.Holder", range("AUTH", 4000, 4099) + "public class Holder {}\n"),
                "name = \"AUTH\"",
                "@CloseCodeRange goes on an interface that extends StandardCloseCodes, but Holder is a class; move "
                        + "range AUTH onto a close-code table");
        mistake(Problem.RANGE_NOT_IN_TABLE, "twice on an unrelated interface",
                source("p.Holder", range("AUTH", 4000, 4099) + range("LIMITS", 4100, 4199)
                        + "public interface Holder {}\n"),
                "name = \"AUTH\"",
                "@CloseCodeRange AUTH is declared on Holder, which does not extend StandardCloseCodes; add "
                        + "'extends StandardCloseCodes' to Holder");

        // ------------------------------------------------------------------------------------------- codes
        mistake(Problem.CODE_NOT_INT, "a long",
                chatTable("", "    @CloseCode(title = \"Token Expired\", description = \"The token expired.\")\n"
                        + "    long TOKEN_EXPIRED = 4001L;\n"),
                "long TOKEN_EXPIRED",
                "close code ChatCloseCodes.TOKEN_EXPIRED must be declared as 'int', not 'long'");
        mistake(Problem.CODE_NOT_CONSTANT, "a computed value",
                chatTable("", "    @CloseCode(title = \"Token Expired\", description = \"The token expired.\")\n"
                        + "    int TOKEN_EXPIRED = Integer.parseInt(\"4001\");\n"),
                "int TOKEN_EXPIRED",
                "close code ChatCloseCodes.TOKEN_EXPIRED has no compile-time constant value; initialize it with an "
                        + "int literal or a constant expression, such as 'int TOKEN_EXPIRED = 4001;'");
        mistake(Problem.CODE_OUT_OF_FRAME, "above 65535",
                chatTable("", code("TOKEN_EXPIRED", 70000)),
                "int TOKEN_EXPIRED",
                "close code ChatCloseCodes.TOKEN_EXPIRED is 70000, which no close frame can carry; codes go from 0 "
                        + "to 65535, and a table's own codes from 3000 to 4999");
        mistake(Problem.CODE_RESERVED, "in the protocol's range",
                chatTable("", code("TOKEN_EXPIRED", 1999)),
                "int TOKEN_EXPIRED",
                "close code ChatCloseCodes.TOKEN_EXPIRED is 1999, which belongs to the standard range STANDARD "
                        + "(1000-1999); a table's own codes lie in 3000-3999 (registered with IANA) or 4000-4999 "
                        + "(private to an application)");
        mistake(Problem.CODE_ABOVE_OWN, "above every range",
                chatTable("", code("TOKEN_EXPIRED", 5000)),
                "int TOKEN_EXPIRED",
                "close code ChatCloseCodes.TOKEN_EXPIRED is 5000, and 5000 is above 4999, where close codes end; a "
                        + "table's own codes lie in 3000–3999 or 4000–4999");
        mistake(Problem.CODE_DUPLICATE, "twice in the table",
                chatTable("", code("TOKEN_EXPIRED", 4001) + code("SESSION_EXPIRED", 4001)),
                "int SESSION_EXPIRED",
                "close code 4001 is already declared as TOKEN_EXPIRED in ChatCloseCodes; give "
                        + "ChatCloseCodes.SESSION_EXPIRED another code");
        mistake(Problem.CODE_DUPLICATE, "a standard code",
                chatTable("", code("NOT_LOGGED_IN", 3000)),
                "int NOT_LOGGED_IN",
                "close code 3000 is already declared as UNAUTHORIZED in StandardCloseCodes; give "
                        + "ChatCloseCodes.NOT_LOGGED_IN another code");
        mistake(Problem.CODE_DUPLICATE, "inherited from an interface in source",
                source("p.ChatCloseCodes", "@CloseCodeTable\n"
                        + "public interface ChatCloseCodes extends BaseCloseCodes {\n"
                        + code("SESSION_EXPIRED", 4001) + "}\n"),
                "int SESSION_EXPIRED",
                "close code 4001 is already declared as TOKEN_EXPIRED in BaseCloseCodes; give "
                        + "ChatCloseCodes.SESSION_EXPIRED another code",
                source("p.BaseCloseCodes", "public interface BaseCloseCodes extends StandardCloseCodes {\n"
                        + code("TOKEN_EXPIRED", 4001) + "}\n"));
        mistake(Problem.CODE_HIDES, "a standard name",
                chatTable("", code("NORMAL_CLOSURE", 4001)),
                "int NORMAL_CLOSURE",
                "ChatCloseCodes.NORMAL_CLOSURE hides the close code of the same name in StandardCloseCodes, so both "
                        + "could not be constants of one enum; choose another name");
        mistake(Problem.CODE_NAME_JAVAC, "javac's own field",
                chatTable("", code("$VALUES", 4001)),
                "int $VALUES",
                "close code ChatCloseCodes.$VALUES cannot become a constant of the generated ChatCloseCode: javac "
                        + "declares a hidden field of that name in every enum; rename the constant");
        mistake(Problem.CODE_NAME_HIDES_PACKAGE, "java beside Optional",
                chatTable("", code("Optional", 4001) + code("java", 4002)),
                "int java",
                "close code ChatCloseCodes.java cannot become a constant of the generated ChatCloseCode: the enum "
                        + "names java.util.Optional in full, because another constant is called Optional, and a "
                        + "constant called java would hide package java; rename one of the two constants");
        mistake(Problem.CODE_NAME_HIDES_TYPE, "the range enum's name in the unnamed package",
                source("ChatCloseCodes", "@CloseCodeTable\n"
                        + "public interface ChatCloseCodes extends StandardCloseCodes {\n"
                        + code("ChatCloseCodeRange", 4001) + "}\n"),
                "int ChatCloseCodeRange",
                "close code ChatCloseCodes.ChatCloseCodeRange cannot become a constant of the generated ChatCloseCode: "
                        + "the enum refers to ChatCloseCodeRange by that name, which a table in the unnamed package "
                        + "cannot avoid; rename the constant or put the table in a package");
        mistake(Problem.CODE_NAME_CLASH, "names that differ in case",
                chatTable("", code("BANNED", 4001) + "    @CloseCode(title = \"Blocked\", description = \"Blocked.\")\n"
                        + "    int Banned = 4002;\n"),
                "int Banned",
                "constant ChatCloseCodes.Banned is already the name of constant ChatCloseCodes.BANNED, ignoring "
                        + "case, so fromName could not tell them apart; rename the constant");
        mistake(Problem.CODE_NAME_CLASH, "a standard alias",
                chatTable("", code("CLOSE_NORMAL", 4001)),
                "int CLOSE_NORMAL",
                "constant ChatCloseCodes.CLOSE_NORMAL is already an alias of StandardCloseCodes.NORMAL_CLOSURE, "
                        + "ignoring case, so fromName could not tell them apart; rename the constant");

        // -------------------------------------------------------------------------------------------- text
        mistake(Problem.BLANK_TITLE, "a blank title",
                chatTable("", "    @CloseCode(title = \" \",\n"
                        + "            description = \"The token expired.\")\n"
                        + "    int TOKEN_EXPIRED = 4001;\n"),
                "title = \" \"",
                "title of ChatCloseCodes.TOKEN_EXPIRED is blank; write its short English name");
        mistake(Problem.BLANK_DESCRIPTION, "an empty description",
                chatTable("", "    @CloseCode(title = \"Token Expired\",\n"
                        + "            description = \"\")\n"
                        + "    int TOKEN_EXPIRED = 4001;\n"),
                "description = \"\"",
                "description of ChatCloseCodes.TOKEN_EXPIRED is blank; write what it means in a sentence or two");
        mistake(Problem.BLANK_TITLE, "a blank range title",
                rangeWith("@CloseCodeRange(name = \"AUTH\", from = 4000, to = 4099,\n"
                        + "        title = \"\\t\", description = \"Authentication.\")"),
                "title = \"\\t\"",
                "title of ChatCloseCodes.AUTH is blank; write its short English name");
        mistake(Problem.BLANK_TRANSLATED_DESCRIPTION, "a blank translated description",
                codeWith("            translations = @Translation(locale = \"fr\",\n"
                        + "                    description = \"  \")"),
                "description = \"  \"",
                "description in fr of ChatCloseCodes.TOKEN_EXPIRED is blank; write what it means in that language");
        mistake(Problem.BLANK_TRANSLATED_TITLE, "a blank translated title",
                codeWith("            translations = @Translation(locale = \"fr\", title = \" \",\n"
                        + "                    description = \"Le jeton a expiré.\")"),
                "title = \" \"",
                "title in fr of ChatCloseCodes.TOKEN_EXPIRED is blank; write its title in that language, or leave "
                        + "'title' out to keep the English one");
        mistake(Problem.DESCRIPTION_TOO_LONG, "a description over 65535 bytes",
                chatTable("", "    @CloseCode(title = \"Token Expired\",\n"
                        + "            description = \"" + "é".repeat(40_000) + "\")\n"
                        + "    int TOKEN_EXPIRED = 4001;\n"),
                "ééééé",
                "description of ChatCloseCodes.TOKEN_EXPIRED takes 80000 bytes in a class file, over the 65535 that "
                        + "a string constant may hold; shorten it");
        mistake(Problem.TITLE_TOO_LONG, "a title over 65535 bytes",
                chatTable("", "    @CloseCode(title = \"" + "\u00e9".repeat(40_000) + "\",\n"
                        + "            description = \"The token expired.\")\n"
                        + "    int TOKEN_EXPIRED = 4001;\n"),
                "\u00e9\u00e9\u00e9",
                "title of ChatCloseCodes.TOKEN_EXPIRED takes 80000 bytes in a class file, over the 65535 that a "
                        + "string constant may hold; shorten it");
        mistake(Problem.TRANSLATED_TITLE_TOO_LONG, "a translated title over 65535 bytes",
                codeWith("            translations = @Translation(locale = \"fr\", title = \""
                        + "\u4e2d".repeat(30_000) + "\",\n"
                        + "                    description = \"Le jeton a expir\u00e9.\")"),
                "\u4e2d\u4e2d\u4e2d",
                "title in fr of ChatCloseCodes.TOKEN_EXPIRED takes 90000 bytes in a class file, over the 65535 that "
                        + "a string constant may hold; shorten it");
        mistake(Problem.TRANSLATED_DESCRIPTION_TOO_LONG, "a translated description over 65535 bytes",
                codeWith("            translations = @Translation(locale = \"fr\",\n"
                        + "                    description = \"" + "\u00e9".repeat(40_000) + "\")"),
                "\u00e9\u00e9\u00e9",
                "description in fr of ChatCloseCodes.TOKEN_EXPIRED takes 80000 bytes in a class file, over the 65535 "
                        + "that a string constant may hold; shorten it");
        mistake(Problem.TITLE_PADDED, "a trailing space",
                chatTable("", "    @CloseCode(title = \"Token Expired \",\n"
                        + "            description = \"The token expired.\")\n"
                        + "    int TOKEN_EXPIRED = 4001;\n"),
                "title = ",
                "title \"Token Expired \" of ChatCloseCodes.TOKEN_EXPIRED starts or ends with white space, which "
                        + "fromName strips from the name it looks up, so fromName cannot find the code by this title; "
                        + "remove the white space");
        mistake(Problem.TITLE_CLASH, "a standard title in another case",
                chatTable("", "    @CloseCode(title = \"normal closure\",\n"
                        + "            description = \"The chat closed normally.\")\n"
                        + "    int CHAT_CLOSED = 4001;\n"),
                "title = ",
                "title \"normal closure\" of ChatCloseCodes.CHAT_CLOSED is already the title of "
                        + "StandardCloseCodes.NORMAL_CLOSURE, ignoring case, so fromName could not tell them apart; "
                        + "choose another title");

        // ------------------------------------------------------------------------- reconnect and aliases
        mistake(Problem.RECONNECT_TWICE, "two values",
                codeWith("            reconnect = {Reconnect.NEVER, Reconnect.BACKOFF}"),
                "reconnect = ",
                "reconnect of ChatCloseCodes.TOKEN_EXPIRED names 2 values; give one, such as "
                        + "'reconnect = Reconnect.NEVER', or none to take the range's advice");
        mistake(Problem.ALIAS_NOT_IDENTIFIER, "a space",
                codeWith("            aliases = {\"SESSION_EXPIRED\",\n"
                        + "                    \"token expired\"}"),
                "\"token expired\"",
                "alias \"token expired\" of ChatCloseCodes.TOKEN_EXPIRED is not a Java identifier of visible "
                        + "characters; use a name such as \"CLOSE_NORMAL\"");
        mistake(Problem.ALIAS_REPEATS_NAME, "the constant's own name",
                codeWith("            aliases = \"token_expired\""),
                "aliases = ",
                "alias \"token_expired\" of ChatCloseCodes.TOKEN_EXPIRED repeats the constant's name, which fromName "
                        + "already accepts, ignoring case; remove it");
        mistake(Problem.ALIAS_REPEATS_ALIAS, "another of its aliases",
                codeWith("            aliases = {\"SESSION_EXPIRED\",\n"
                        + "                    \"session_expired\"}"),
                "\"session_expired\"",
                "alias \"session_expired\" of ChatCloseCodes.TOKEN_EXPIRED repeats another of its aliases, which "
                        + "fromName already accepts, ignoring case; remove it");
        mistake(Problem.ALIAS_REPEATS_TITLE, "its title",
                chatTable("", "    @CloseCode(title = \"Expired\", description = \"The token expired.\",\n"
                        + "            aliases = \"EXPIRED\")\n"
                        + "    int TOKEN_EXPIRED = 4001;\n"),
                "aliases = ",
                "alias \"EXPIRED\" of ChatCloseCodes.TOKEN_EXPIRED repeats its title, which fromName already "
                        + "accepts, ignoring case; remove it");
        mistake(Problem.ALIAS_CLASH, "a standard alias",
                codeWith("            aliases = {\"SESSION_EXPIRED\",\n"
                        + "                    \"CLOSE_NORMAL\"}"),
                "\"CLOSE_NORMAL\"",
                "alias \"CLOSE_NORMAL\" of ChatCloseCodes.TOKEN_EXPIRED is already an alias of "
                        + "StandardCloseCodes.NORMAL_CLOSURE, ignoring case, so fromName could not tell them apart; "
                        + "remove or rename it");

        // ------------------------------------------------------------------------------------ translations
        mistake(Problem.LOCALE_INVALID, "an underscore",
                codeWith("            translations = {\n"
                        + "                    @Translation(locale = \"fr\", description = \"Le jeton a expiré.\"),\n"
                        + "                    @Translation(locale = \"pt_BR\", description = \"O token expirou.\")}"),
                "\"pt_BR\"",
                "locale \"pt_BR\" of ChatCloseCodes.TOKEN_EXPIRED is not a BCP 47 language tag; write one such as "
                        + "\"fr\", \"pt-BR\" or \"zh-CN\"");
        mistake(Problem.LOCALE_ENGLISH, "British English",
                codeWith("            translations = @Translation(locale = \"en-GB\", description = \"Expired.\")"),
                "\"en-GB\"",
                "translation \"en-GB\" of ChatCloseCodes.TOKEN_EXPIRED is English, which title and description "
                        + "already give; remove it or change its locale");
        mistake(Problem.LOCALE_TWICE, "in another case",
                rangeWith("@CloseCodeRange(name = \"AUTH\", from = 4000, to = 4099, title = \"Auth\",\n"
                        + "        description = \"Authentication.\", translations = {\n"
                        + "                @Translation(locale = \"pt-BR\", description = \"Autenticação.\"),\n"
                        + "                @Translation(locale = \"pt-br\", description = \"Autenticação!\")})"),
                "\"pt-br\"",
                "locale \"pt-BR\" of ChatCloseCodes.AUTH is translated twice; merge the two @Translation annotations "
                        + "into one");

        // ------------------------------------------------------------------------------------------ ranges
        mistake(Problem.RANGE_INVERTED, "from above to",
                rangeWith(range("AUTH", 4099, 4000)),
                "from = 4099",
                "range AUTH goes from 4099 down to 4000; 'from' must not be above 'to'");
        mistake(Problem.RANGE_OUT_OF_FRAME, "above 65535",
                rangeWith("@CloseCodeRange(name = \"AUTH\", from = 4000,\n"
                        + "        to = 70000, title = \"Auth\", description = \"Authentication.\")"),
                "to = 70000",
                "range AUTH (4000-70000) leaves 0-65535, the codes a close frame can carry; a table's own ranges "
                        + "lie in 3000-4999");
        mistake(Problem.RANGE_RESERVED, "into the extensions' range",
                rangeWith(range("AUTH", 2900, 3100)),
                "from = 2900",
                "range AUTH (2900-3100) reaches outside 3000-4999, the codes a table may declare; the rest belong to "
                        + "the standard");
        mistake(Problem.RANGE_OVERLAP, "partly",
                rangeWith(range("AUTH", 4000, 4099) + range("LIMITS", 4050, 4150)),
                "from = 4050",
                "range LIMITS (4050-4150) partly overlaps AUTH (4000-4099) of ChatCloseCodes; ranges must nest or "
                        + "be apart: change the bounds so that one lies inside the other or they share no code");
        mistake(Problem.RANGE_OVERLAP, "a standard range",
                rangeWith(range("MIDDLE", 3500, 4500)),
                "from = 3500",
                "range MIDDLE (3500-4500) partly overlaps LIBRARIES (3000-3999) of StandardCloseCodes; ranges must "
                        + "nest or be apart: change the bounds so that one lies inside the other or they share no "
                        + "code");
        mistake(Problem.RANGE_SAME_BOUNDS, "twice",
                rangeWith(range("AUTH", 4000, 4099) + range("LOGIN", 4000, 4099)),
                "name = \"LOGIN\"",
                "range LOGIN has the same bounds (4000-4099) as AUTH of ChatCloseCodes; merge the two or change "
                        + "the bounds");
        mistake(Problem.RANGE_NAME_NOT_IDENTIFIER, "a hyphen",
                rangeWith(range("AUTH-2", 4000, 4099)),
                "name = ",
                "range name \"AUTH-2\" is not a Java identifier, so it cannot name a constant of the generated enum; "
                        + "use an upper-case name such as \"AUTH\"");
        mistake(Problem.RANGE_NAME_TAKEN, "a standard range's name",
                rangeWith(range("STANDARD", 4000, 4099)),
                "name = ",
                "range name \"STANDARD\" is already taken by the range 1000-1999 of StandardCloseCodes; choose "
                        + "another name");
        mistake(Problem.RANGE_NAME_OUT_OF_RANGE, "the range enum's own constant",
                rangeWith(range("OUT_OF_RANGE", 4000, 4099)),
                "name = ",
                "range name \"OUT_OF_RANGE\" cannot become a constant of the generated ChatCloseCodeRange: the enum "
                        + "declares it for the codes outside every range; choose another name");
        mistake(Problem.RANGE_NAME_JAVAC, "javac's own field",
                rangeWith(range("$VALUES", 4000, 4099)),
                "name = ",
                "range name \"$VALUES\" cannot become a constant of the generated ChatCloseCodeRange: javac declares "
                        + "a hidden field of that name in every enum; choose another name");
        mistake(Problem.RANGE_NAME_HIDES_PACKAGE, "dev beside Reconnect",
                rangeWith(range("Reconnect", 4000, 4099) + range("dev", 4100, 4199)),
                "name = \"dev\"",
                "range name \"dev\" cannot become a constant of the generated ChatCloseCodeRange: the enum names "
                        + "dev.closecodes.Reconnect in full, because another range is called Reconnect, and a "
                        + "constant called dev would hide package dev; rename one of the two ranges");
        mistake(Problem.RANGE_NAME_HIDES_TYPE, "the code enum's name in the unnamed package",
                source("ChatCloseCodes", "@CloseCodeTable\n" + range("ChatCloseCode", 4000, 4099)
                        + "public interface ChatCloseCodes extends StandardCloseCodes {}\n"),
                "name = ",
                "range name \"ChatCloseCode\" cannot become a constant of the generated ChatCloseCodeRange: the enum "
                        + "refers to ChatCloseCode by that name, which a table in the unnamed package cannot avoid; "
                        + "choose another name or put the table in a package");

        // ------------------------------------------------------------------------------ reconnect overrides
        mistake(Problem.OVERRIDE_OUTSIDE_INTERFACE, "on a class",
                source("p.Settings", "@ReconnectOverride(code = 1011, reconnect = Reconnect.NEVER)\n"
                        + "public class Settings {}\n"),
                "@ReconnectOverride",
                "@ReconnectOverride goes on a close-code table, but Settings is a class; move it onto an interface "
                        + "that extends StandardCloseCodes");
        mistake(Problem.OVERRIDE_NOT_IN_TABLE, "on an interface that does not extend StandardCloseCodes",
                source("p.Settings", "@ReconnectOverride(code = 1011, reconnect = Reconnect.NEVER)\n"
                        + "public interface Settings {}\n"),
                "@ReconnectOverride",
                "@ReconnectOverride on Settings has no inherited advice to override, since Settings does not extend "
                        + "StandardCloseCodes; add 'extends StandardCloseCodes' to Settings, or move the override onto "
                        + "the table");
        mistake(Problem.OVERRIDE_NO_TARGET, "neither code nor range",
                chatTable("@ReconnectOverride(reconnect = Reconnect.NEVER)\n", ""),
                "@ReconnectOverride(reconnect",
                "@ReconnectOverride on ChatCloseCodes names neither a code nor a range; add 'code = ...' for an "
                        + "inherited code, such as 'code = StandardCloseCodes.INTERNAL_ERROR', or 'range = \"...\"' "
                        + "for an inherited range, such as 'range = \"LIBRARIES\"'");
        mistake(Problem.OVERRIDE_BOTH_TARGETS, "both code and range",
                chatTable("@ReconnectOverride(code = 1011,\n        range = \"LIBRARIES\", reconnect = Reconnect.NEVER)\n",
                        ""),
                "range = \"LIBRARIES\"",
                "@ReconnectOverride on ChatCloseCodes names both code 1011 and range \"LIBRARIES\"; keep one of them, "
                        + "and write another @ReconnectOverride for the other");
        mistake(Problem.OVERRIDE_UNKNOWN_CODE, "a code nobody declares",
                chatTable("@ReconnectOverride(reconnect = Reconnect.NEVER,\n        code = 1016)\n", ""),
                "code = 1016",
                "ChatCloseCodes inherits no close code 1016, so it has no advice to override; name a code of an "
                        + "interface ChatCloseCodes extends, such as 1015 (StandardCloseCodes.TLS_HANDSHAKE)");
        JavaFileObject base = source("p.BaseCloseCodes", "@ReconnectOverride(code = 4998, reconnect = Reconnect.NEVER)\n"
                + "public interface BaseCloseCodes extends StandardCloseCodes {}\n");
        mistake(Problem.OVERRIDE_UNKNOWN_CODE, "in a base interface that a table extends",
                base,
                "@ReconnectOverride(code = 4998",
                "BaseCloseCodes inherits no close code 4998, so it has no advice to override; name a code of an "
                        + "interface BaseCloseCodes extends, such as 3008 (StandardCloseCodes.TIMEOUT)",
                source("p.ChatCloseCodes", "@CloseCodeTable\npublic interface ChatCloseCodes extends BaseCloseCodes {}\n"));
        mistake(Problem.OVERRIDE_UNKNOWN_RANGE, "a misspelt range",
                chatTable("@ReconnectOverride(range = \"LIBRARY\", reconnect = Reconnect.BACKOFF)\n", ""),
                "range = \"LIBRARY\"",
                "ChatCloseCodes inherits no range named \"LIBRARY\", so it has no advice to override; name one of the "
                        + "ranges it inherits: NOT_USED, STANDARD, EXTENSIONS, LIBRARIES, APPLICATIONS");
        mistake(Problem.OVERRIDE_OWN_CODE, "the table's own code",
                chatTable("@ReconnectOverride(code = 4001, reconnect = Reconnect.BACKOFF)\n",
                        code("TOKEN_EXPIRED", 4001)),
                "@ReconnectOverride(code = 4001",
                "close code 4001 is ChatCloseCodes.TOKEN_EXPIRED, declared by ChatCloseCodes itself and not "
                        + "inherited, so it has no inherited advice to override; give it its advice on its @CloseCode "
                        + "instead, with 'reconnect = Reconnect.BACKOFF'");
        mistake(Problem.OVERRIDE_OWN_RANGE, "the table's own range",
                chatTable(range("AUTH", 4000, 4099)
                        + "@ReconnectOverride(range = \"AUTH\", reconnect = Reconnect.REAUTHENTICATE)\n", ""),
                "range = \"AUTH\"",
                "range \"AUTH\" is declared by ChatCloseCodes itself and not inherited, so it has no inherited advice "
                        + "to override; give it its advice on its @CloseCodeRange instead, with "
                        + "'reconnect = Reconnect.REAUTHENTICATE'");
        mistake(Problem.OVERRIDE_TWICE, "the same code twice",
                chatTable("@ReconnectOverride(code = StandardCloseCodes.INTERNAL_ERROR, reconnect = Reconnect.NEVER)\n"
                        + "@ReconnectOverride(reconnect = Reconnect.IMMEDIATELY,\n        code = 1011)\n", ""),
                "code = 1011",
                "ChatCloseCodes overrides the advice of 1011 (INTERNAL_ERROR) twice; keep one @ReconnectOverride for "
                        + "it");
        mistake(Problem.OVERRIDE_TWICE, "the same range twice",
                chatTable("@ReconnectOverride(range = \"LIBRARIES\", reconnect = Reconnect.BACKOFF)\n"
                        + "@ReconnectOverride(reconnect = Reconnect.BACKOFF,\n        range = \"LIBRARIES\")\n", ""),
                "        range = \"LIBRARIES\")",
                "ChatCloseCodes overrides the advice of LIBRARIES (3000-3999) twice; keep one @ReconnectOverride for "
                        + "it");
        JavaFileObject left = source("p.LeftCloseCodes",
                "@ReconnectOverride(code = 1011, reconnect = Reconnect.NEVER)\n"
                        + "public interface LeftCloseCodes extends StandardCloseCodes {}\n");
        JavaFileObject right = source("p.RightCloseCodes",
                "@ReconnectOverride(code = 1011, reconnect = Reconnect.IMMEDIATELY)\n"
                        + "public interface RightCloseCodes extends StandardCloseCodes {}\n");
        mistake(Problem.OVERRIDE_CONFLICT, "two bases that disagree",
                source("p.ChatCloseCodes", "@CloseCodeTable\n"
                        + "public interface ChatCloseCodes extends LeftCloseCodes, RightCloseCodes {}\n"),
                "@CloseCodeTable",
                "ChatCloseCodes inherits two overrides of 1011 (INTERNAL_ERROR): IMMEDIATELY from RightCloseCodes and "
                        + "NEVER from LeftCloseCodes; decide which applies with an @ReconnectOverride for 1011 "
                        + "(INTERNAL_ERROR) on ChatCloseCodes",
                left, right);

        // --------------------------------------------------------------------------------------- warnings
        mistake(Problem.OVERRIDE_REDUNDANT, "the advice the code already has",
                chatTable("@ReconnectOverride(code = StandardCloseCodes.INTERNAL_ERROR, reconnect = Reconnect.BACKOFF)\n",
                        ""),
                "@ReconnectOverride(code",
                "@ReconnectOverride on ChatCloseCodes gives 1011 (INTERNAL_ERROR) the advice BACKOFF, which "
                        + "ChatCloseCodes already inherits; remove the override");
        mistake(Problem.CODE_NOT_ANNOTATED, "a plain int constant",
                chatTable("", code("TOKEN_EXPIRED", 4001) + "    int MAX_RETRIES = 5;\n"),
                "int MAX_RETRIES",
                "int constant MAX_RETRIES of close-code table ChatCloseCodes has no @CloseCode and will not be in the "
                        + "generated enum; annotate it, or move it out of the table");
    }

    static Stream<Mistake> mistakes() {
        return MISTAKES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsTheMistakeWhereItIs(Mistake mistake) {
        WatchedFiler filer = switch (mistake.problem()) {
            case UNEXPECTED -> WatchedFiler.failing(new IllegalStateException("disk on fire"));
            case FILE_NOT_WRITTEN -> WatchedFiler.failing(new IOException("No space left on device"));
            default -> WatchedFiler.recording();
        };
        List<Processor> processors = new ArrayList<>(mistake.others());
        processors.add(filer.processor());
        Compilation compilation = TableCompiler.compile(processors, mistake.sources());

        String message = "[" + mistake.problem().id() + "] " + mistake.message();
        Diagnostic.Kind kind = mistake.problem().kind();
        List<String> messages = messages(compilation, kind);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).matches(pattern(mistake.problem()));
        if (mistake.problem() == Problem.UNEXPECTED) {
            // Then the stack trace, which names this test's classes.
            assertThat(messages).hasSize(1);
            assertThat(messages.get(0)).startsWith(message + "\n");
            assertThat(messages.get(0)).contains("java.lang.IllegalStateException: disk on fire");
            assertThat(messages.get(0)).contains("at dev.closecodes.processor.");
        } else {
            assertThat(messages).containsExactly(message);
        }
        switch (kind) {
            case ERROR -> {
                assertThat(compilation).failed();
                assertThat(compilation).hadErrorCount(1);
                assertThat(compilation).hadErrorContaining(message)
                        .inFile(mistake.file())
                        .onLineContaining(mistake.line());
                // The table at fault generates nothing.
                assertThat(filer.created()).containsExactlyElementsIn(mistake.generated()).inOrder();
            }
            case WARNING -> {
                assertThat(compilation).succeeded();
                assertThat(compilation).hadWarningContaining(message)
                        .inFile(mistake.file())
                        .onLineContaining(mistake.line());
            }
            default -> {
                assertThat(compilation).succeededWithoutWarnings();
                assertThat(compilation).hadNoteContaining(message)
                        .inFile(mistake.file())
                        .onLineContaining(mistake.line());
                assertThat(filer.created()).isEmpty();
            }
        }
    }

    /** Compiles {@code sources} and returns what the processor under test created, also if it failed. */
    private static List<String> created(JavaFileObject... sources) {
        WatchedFiler filer = WatchedFiler.recording();
        TableCompiler.compile(List.of(filer.processor()), List.of(sources));
        return filer.created();
    }

    @Test
    void everyProblemInTheCatalogueHasAMistakeHere() {
        Set<Problem> covered = EnumSet.noneOf(Problem.class);
        MISTAKES.forEach(mistake -> covered.add(mistake.problem()));
        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).isEmpty();
    }

    @Test
    void anErrorOfTheJvmIsNoBugToReportAndGoesThrough() {
        StackOverflowError error = new StackOverflowError("deep");
        WatchedFiler filer = WatchedFiler.failing(error);

        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class,
                () -> TableCompiler.compile(List.of(filer.processor()), List.of(chatTable("", ""))));

        Throwable cause = thrown;
        while (cause != null && cause != error) {
            cause = cause.getCause();
        }
        assertThat(cause).isSameInstanceAs(error);
    }

    @Test
    void reportsEveryMistakeOfATableInOneCompilation() {
        JavaFileObject table = chatTable(range("AUTH", 4099, 4000),
                code("TOKEN_EXPIRED", 4001)
                        + code("SESSION_EXPIRED", 4001)
                        + code("NORMAL_CLOSURE", 4002)
                        + "    @CloseCode(title = \" \", description = \"Blank title.\")\n"
                        + "    int BLANK = 4003;\n"
                        + "    @CloseCode(title = \"Far\", description = \"Too far.\")\n"
                        + "    int FAR = 5001;\n");

        Compilation compilation = compile(table);

        assertThat(compilation).hadErrorCount(5);
        assertThat(compilation).hadErrorContaining("range AUTH goes from 4099 down to 4000")
                .inFile(table).onLineContaining("from = 4099");
        assertThat(compilation).hadErrorContaining("close code 4001 is already declared as TOKEN_EXPIRED")
                .inFile(table).onLineContaining("int SESSION_EXPIRED");
        assertThat(compilation).hadErrorContaining("ChatCloseCodes.NORMAL_CLOSURE hides")
                .inFile(table).onLineContaining("int NORMAL_CLOSURE");
        assertThat(compilation).hadErrorContaining("title of ChatCloseCodes.BLANK is blank")
                .inFile(table).onLineContaining("title = \" \"");
        assertThat(compilation).hadErrorContaining("close code ChatCloseCodes.FAR is 5001")
                .inFile(table).onLineContaining("int FAR");
        assertThat(created(table)).isEmpty();
    }

    @Test
    void addsNothingToAnErrorJavacReportsItself() {
        JavaFileObject table = chatTable("@CloseCodeRange(name = \"AUTH\", from = LOWEST, to = 4099,\n"
                        + "        title = \"Auth\", description = \"Authentication.\")\n",
                "    @CloseCode(title = MISSING_TITLE, description = \"The token expired.\")\n"
                        + "    int TOKEN_EXPIRED = 4001;\n");

        Compilation compilation = compile(table);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(table).onLineContaining("LOWEST");
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(table).onLineContaining("MISSING");
        assertThat(created(table)).isEmpty();
    }

    @Test
    void aBrokenTableLeavesNoFollowOnErrorsInCodeThatUsesIt() {
        JavaFileObject table = chatTable("", code("TOKEN_EXPIRED", 70000));
        JavaFileObject user = source("p.Client", "public class Client {\n"
                + "    ChatCloseCode code = ChatCloseCode.TOKEN_EXPIRED;\n"
                + "    ChatCloseEvent event = ChatCloseEvent.abnormal();\n"
                + "}\n");

        Compilation compilation = compile(table, user);

        // The processor's error comes first; javac adds only that the types it did not generate are missing.
        assertThat(compilation.errors().get(0).getMessage(null)).contains("is 70000, which no close frame can carry");
        assertThat(compilation).hadErrorContaining("is 70000, which no close frame can carry")
                .inFile(table).onLineContaining("int TOKEN_EXPIRED");
        assertThat(compilation.errors().stream().skip(1).map(error -> error.getMessage(null)).collect(Collectors.toList()))
                .containsExactly("cannot find symbol\n  symbol:   class ChatCloseCode\n  location: class p.Client",
                        "cannot find symbol\n  symbol:   class ChatCloseEvent\n  location: class p.Client");
    }

    @Test
    void aBrokenTableDoesNotStopAnotherFromGenerating() {
        JavaFileObject broken = chatTable("", code("TOKEN_EXPIRED", 70000));
        JavaFileObject good = source("q.GameCloseCodes", "@CloseCodeTable\n"
                + "public interface GameCloseCodes extends StandardCloseCodes {\n" + code("GAME_OVER", 4001) + "}\n");

        WatchedFiler filer = WatchedFiler.recording();
        Compilation compilation = TableCompiler.compile(List.of(filer.processor()), List.of(broken, good));

        assertThat(compilation).hadErrorCount(1);
        assertThat(filer.created()).containsExactly("q.GameCloseCode", "q.GameCloseCodeRange", "q.GameCloseEvent",
                "META-INF/resources/closecodes/q/GameCloseCodes.js", "META-INF/resources/closecodes/q/GameCloseCodes.d.ts");
    }

    @Test
    void aMistakeInASharedSupertypeIsReportedOnce() {
        JavaFileObject base = source("p.BaseCloseCodes", "public interface BaseCloseCodes extends StandardCloseCodes {\n"
                + code("TOKEN_EXPIRED", 70000) + "}\n");
        JavaFileObject chat = source("p.ChatCloseCodes", "@CloseCodeTable\n"
                + "public interface ChatCloseCodes extends BaseCloseCodes {}\n");
        JavaFileObject game = source("p.GameCloseCodes", "@CloseCodeTable\n"
                + "public interface GameCloseCodes extends BaseCloseCodes {}\n");

        Compilation compilation = compile(base, chat, game);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("close code BaseCloseCodes.TOKEN_EXPIRED is 70000")
                .inFile(base).onLineContaining("int TOKEN_EXPIRED");
        assertThat(created(base, chat, game)).isEmpty();
    }

    private static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
        return compilation.diagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == kind)
                .map(diagnostic -> diagnostic.getMessage(null))
                .collect(Collectors.toList());
    }

    /** The messages {@code problem} can give: its id, then its template with any text for each detail. */
    private static Pattern pattern(Problem problem) {
        String[] parts = ("[" + problem.id() + "] " + problem.template()).split("\\{\\d+\\}", -1);
        return Pattern.compile(Stream.of(parts).map(Pattern::quote).collect(Collectors.joining(".*")),
                Pattern.DOTALL);
    }

    @Test
    void theReadmeListsEveryIdWithItsKind() throws IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Mistakes the processor reports"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        List<String> listed = new ArrayList<>();
        java.util.regex.Matcher row = Pattern.compile("(?m)^\\| (CC\\d{3}) \\| (\\w+) \\|").matcher(section);
        while (row.find()) {
            listed.add(row.group(1) + " " + row.group(2));
        }
        assertThat(listed).containsExactlyElementsIn(Stream.of(Problem.values())
                .map(problem -> problem.id() + " " + problem.kind().toString().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toList())).inOrder();
    }

    @Test
    void everyProblemHasItsOwnId() {
        Set<String> ids = new java.util.HashSet<>();
        for (Problem problem : Problem.values()) {
            assertThat(ids.add(problem.id())).isTrue();
            assertThat(problem.id()).matches("CC[1-69][0-9][0-9]");
            assertThat(problem.template()).doesNotContain("%s");
        }
    }

    /** Writes one empty class in the first round, before the processor under test, as another processor may. */
    static final class TypeWritingProcessor extends AbstractProcessor {
        private final String qualifiedName;
        private boolean written;

        TypeWritingProcessor(String qualifiedName) {
            this.qualifiedName = qualifiedName;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!written) {
                written = true;
                int dot = qualifiedName.lastIndexOf('.');
                try (Writer writer = processingEnv.getFiler().createSourceFile(qualifiedName).openWriter()) {
                    writer.write("package " + qualifiedName.substring(0, dot) + "; public class "
                            + qualifiedName.substring(dot + 1) + " {}");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
