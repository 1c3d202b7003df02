package dev.closecodes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.CloseFrames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated types refer to one another from their static initializers (the range enum reads the code enum's
 * flags, the event keeps ready-made events, the code enum keeps its texts in a nested holder). Whichever of them a
 * program touches first, every lookup must work. Each case loads the sample's compiled classes afresh, in a class
 * loader that sees only the platform's modules and the annotations jar, initializes the generated types in one
 * order, and then compares every lookup with the answers of the types this test was compiled against.
 */
class InitializationOrderTest {
    private static final String PACKAGE = ChatCloseCode.class.getPackageName() + ".";
    private static final List<String> TOP_LEVEL = List.of("ChatCloseCode", "ChatCloseCodeRange", "ChatCloseEvent");

    /** Every generated type, nested ones included, as found in the sample's class output. */
    static List<String> generatedTypes() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(location(ChatCloseCode.class).resolve(PACKAGE.replace('.', '/')))) {
            files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".class"))
                    .map(file -> file.substring(0, file.length() - ".class".length()))
                    .filter(name -> TOP_LEVEL.contains(name.contains("$") ? name.substring(0, name.indexOf('$')) : name))
                    .sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(names.containsAll(TOP_LEVEL), names.toString());
        return names;
    }

    /**
     * Each generated type first, then the others in the order of their names and in the reverse order (each
     * initializer may touch some of the others, so what comes first decides most).
     */
    static Stream<List<String>> orders() {
        List<String> types = generatedTypes();
        List<List<String>> orders = new ArrayList<>();
        for (String first : types) {
            List<String> others = new ArrayList<>(types);
            others.remove(first);
            for (int pass = 0; pass < 2; pass++) {
                List<String> order = new ArrayList<>();
                order.add(first);
                order.addAll(others);
                if (!orders.contains(order)) {
                    orders.add(List.copyOf(order));
                }
                Collections.reverse(others);
            }
        }
        return orders.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void everyLookupWorksWhicheverTypeIsInitializedFirst(List<String> order) throws Exception {
        try (URLClassLoader annotations = new URLClassLoader(new URL[] {url(location(CloseFrames.class))},
                ClassLoader.getPlatformClassLoader());
                URLClassLoader sample = new URLClassLoader(new URL[] {url(location(ChatCloseCode.class))},
                        annotations)) {
            for (String name : order) {
                Class.forName(PACKAGE + name, true, sample);
            }
            Class<?> codes = sample.loadClass(PACKAGE + "ChatCloseCode");
            Class<?> ranges = sample.loadClass(PACKAGE + "ChatCloseCodeRange");
            Class<?> events = sample.loadClass(PACKAGE + "ChatCloseEvent");
            assertNotSame(ChatCloseCode.class, codes, "loaded afresh, not from the test's class path");

            Map<String, Object> freshCodes = new LinkedHashMap<>();
            for (Object constant : codes.getEnumConstants()) {
                freshCodes.put(((Enum<?>) constant).name(), constant);
            }
            assertEquals(List.of(ChatCloseCode.values()).stream().map(Enum::name).toList(),
                    List.copyOf(freshCodes.keySet()));

            for (ChatCloseCode expected : ChatCloseCode.values()) {
                Object code = freshCodes.get(expected.name());
                assertEquals(Optional.of(code), call(codes, null, "fromCode", expected.code()), expected.name());
                assertEquals(Optional.of(code), call(codes, null, "fromName", expected.title()), expected.name());
                assertEquals(Optional.of(code), call(codes, null, "fromName", expected.name()), expected.name());
                for (String alias : expected.aliases()) {
                    assertEquals(Optional.of(code), call(codes, null, "fromName", alias), alias);
                }
                assertEquals(expected.code(), call(codes, code, "code"));
                assertEquals(expected.title(), call(codes, code, "title"));
                assertEquals(expected.title(Locale.FRENCH), call(codes, code, "title", Locale.FRENCH));
                assertEquals(expected.description(), call(codes, code, "description"));
                assertEquals(expected.description(Locale.SIMPLIFIED_CHINESE),
                        call(codes, code, "description", Locale.SIMPLIFIED_CHINESE));
                assertEquals(expected.aliases(), call(codes, code, "aliases"));
                assertEquals(expected.sendable(), call(codes, code, "sendable"));
                assertEquals(expected.reconnect().name(), ((Enum<?>) call(codes, code, "reconnect")).name());
                assertEquals(expected.range().name(), ((Enum<?>) call(codes, code, "range")).name());
            }
            assertEquals(Optional.empty(), call(codes, null, "fromCode", 4002));
            assertEquals(Optional.empty(), call(codes, null, "fromName", "no such code"));

            for (ChatCloseCodeRange expected : ChatCloseCodeRange.values()) {
                Object range = ranges.getMethod("valueOf", String.class).invoke(null, expected.name());
                assertEquals(expected.title(), call(ranges, range, "title"));
                assertEquals(expected.description(Locale.FRENCH), call(ranges, range, "description", Locale.FRENCH));
            }
            for (int code = -1; code <= 5001; code++) {
                assertEquals(ChatCloseCodeRange.classify(code).name(),
                        ((Enum<?>) call(ranges, null, "classify", code)).name(), "classify(" + code + ")");
                assertEquals(ChatCloseCodeRange.isSendable(code), call(ranges, null, "isSendable", code),
                        "isSendable(" + code + ")");
            }

            Object received = call(events, null, "fromPayload", (Object) new byte[] {0x0F, (byte) 0xA1, 'b', 'y', 'e'});
            assertEquals(Optional.of(freshCodes.get("TOKEN_EXPIRED")), call(events, received, "knownCode"));
            assertEquals("AUTH", ((Enum<?>) call(events, received, "range")).name());
            assertEquals("NEVER", ((Enum<?>) call(events, received, "reconnect")).name());
            assertEquals(1005, call(events, call(events, null, "fromPayload", (Object) new byte[0]), "code"));
            Object abnormal = call(events, null, "abnormal");
            assertEquals(1006, call(events, abnormal, "code"));
            assertFalse((Boolean) call(events, abnormal, "wasClean"));
            Object builder = call(events, null, "builder");
            call(builder.getClass(), builder, "code", 4201);
            Object built = call(builder.getClass(), builder, "build");
            assertEquals(Optional.of(freshCodes.get("ROOM_FULL")), call(events, built, "knownCode"));
        }
    }

    /** Calls a public method by name, choosing the overload by the number and the kind of the arguments. */
    private static Object call(Class<?> type, Object target, String name, Object... args) throws Exception {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length && fits(method, args)) {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        throw new AssertionError(type.getName() + " has no method " + name + " for " + List.of(args));
    }

    private static boolean fits(Method method, Object[] args) {
        Class<?>[] parameters = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            Class<?> parameter = parameters[i] == int.class ? Integer.class : parameters[i];
            if (!parameter.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    /** Where a class was loaded from: a directory of classes or a jar. */
    private static Path location(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL url(Path path) throws IOException {
        return path.toUri().toURL();
    }
}
