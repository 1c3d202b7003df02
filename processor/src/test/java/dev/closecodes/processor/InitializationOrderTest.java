package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.closecodes.Reconnect;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated types answer alike whichever of them a program touches first: each generated class, nested ones
 * included, is initialized first in a class loader of its own, and then every kind of lookup is checked. The enums
 * read each other while they are initialized, so an order that left one half-built would show here as a wrong or
 * missing answer.
 */
class InitializationOrderTest {
    private static final Path SAMPLE_TABLE = Path.of("..", "sample", "src", "main", "java", "dev", "closecodes",
            "sample", "ChatCloseCodes.java");
    private static final String PACKAGE = "dev.closecodes.sample.";

    private static Compilation compilation;

    private static synchronized Compilation compilation() throws Exception {
        if (compilation == null) {
            compilation = Sources.javac().compile(JavaFileObjects.forSourceString(PACKAGE + "ChatCloseCodes",
                    Files.readString(SAMPLE_TABLE, StandardCharsets.UTF_8)));
        }
        return compilation;
    }

    /** Every class generated from the sample's table, nested ones included. */
    static List<String> generatedClasses() throws Exception {
        List<String> classes = compilation().generatedFiles().stream()
                .filter(file -> file.getKind() == JavaFileObject.Kind.CLASS)
                .map(file -> file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "").replace('/', '.')
                        .replaceFirst("\\.class$", ""))
                .filter(name -> !name.equals(PACKAGE + "ChatCloseCodes"))
                .sorted()
                .collect(Collectors.toList());
        assertThat(classes).containsAtLeast(PACKAGE + "ChatCloseCode", PACKAGE + "ChatCloseCode$Texts",
                PACKAGE + "ChatCloseCodeRange", PACKAGE + "ChatCloseCodeRange$Texts", PACKAGE + "ChatCloseEvent",
                PACKAGE + "ChatCloseEvent$Builder");
        return classes;
    }

    @ParameterizedTest(name = "{0} first")
    @MethodSource("generatedClasses")
    void lookupsWorkWhicheverTypeIsInitializedFirst(String first) throws Exception {
        ClassLoader loader = HostileTextTest.loaderOf(compilation());
        Class.forName(first, true, loader);

        Class<?> codes = Class.forName(PACKAGE + "ChatCloseCode", false, loader);
        Class<?> ranges = Class.forName(PACKAGE + "ChatCloseCodeRange", false, loader);
        Class<?> events = Class.forName(PACKAGE + "ChatCloseEvent", false, loader);

        Object tokenExpired = ((Optional<?>) call(codes, "fromCode", 4001)).orElseThrow();
        assertWithMessage(first).that(tokenExpired.toString()).isEqualTo("TOKEN_EXPIRED");
        assertWithMessage(first).that(call(tokenExpired, "title")).isEqualTo("Token Expired");
        assertWithMessage(first).that(call(tokenExpired, "aliases")).isEqualTo(List.of("SESSION_EXPIRED"));
        assertWithMessage(first).that(call(tokenExpired, "range").toString()).isEqualTo("AUTH");
        assertWithMessage(first).that(call(tokenExpired, "reconnect")).isEqualTo(Reconnect.NEVER);
        assertWithMessage(first).that(call(codes, "fromCode", 4204)).isEqualTo(Optional.empty());
        assertWithMessage(first).that(((Optional<?>) call(codes, "fromName", "close_normal")).orElseThrow()
                .toString()).isEqualTo("NORMAL_CLOSURE");
        assertWithMessage(first).that(((Optional<?>) call(codes, "fromName", "Session_Expired")).orElseThrow())
                .isSameInstanceAs(tokenExpired);

        Object auth = call(ranges, "classify", 4050);
        assertWithMessage(first).that(auth.toString()).isEqualTo("AUTH");
        assertWithMessage(first).that(call(auth, "title", Locale.forLanguageTag("pt-BR"))).isEqualTo("Autenticação");
        assertWithMessage(first).that(call(ranges, "classify", 70000).toString()).isEqualTo("OUT_OF_RANGE");
        assertWithMessage(first).that(call(ranges, "isSendable", 1006)).isEqualTo(false);
        assertWithMessage(first).that(call(ranges, "isSendable", 4001)).isEqualTo(true);
        assertWithMessage(first).that(call(ranges, "isSendable", 4500)).isEqualTo(true);

        Object builder = call(events, "builder");
        call(builder, "code", 4001);
        call(builder, "wasClean", true);
        Object event = call(builder, "build");
        assertWithMessage(first).that(((Optional<?>) call(event, "knownCode")).orElseThrow())
                .isSameInstanceAs(tokenExpired);
        assertWithMessage(first).that(call(event, "range")).isSameInstanceAs(auth);
        assertWithMessage(first).that(call(event, "reconnect")).isEqualTo(Reconnect.NEVER);
        assertWithMessage(first).that(call(call(events, "abnormal"), "reconnect")).isEqualTo(Reconnect.BACKOFF);
    }

    /** Calls the public method {@code name} of {@code target} (a class, for a static method) with {@code args}. */
    private static Object call(Object target, String name, Object... args) throws Exception {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length
                    && matches(method.getParameterTypes(), args)) {
                method.setAccessible(true);
                return method.invoke(target instanceof Class<?> ? null : target, args);
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }

    private static boolean matches(Class<?>[] parameters, Object[] args) {
        for (int i = 0; i < parameters.length; i++) {
            Class<?> parameter = parameters[i];
            Class<?> boxed = parameter == int.class ? Integer.class : parameter == boolean.class ? Boolean.class
                    : parameter;
            if (!boxed.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }
}
