package dev.closecodes.processor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;

/**
 * A {@code Filer} for the processor under test that records each source file and resource the processor creates,
 * also in a compilation that fails (where compile-testing shows no generated file), or that fails every call with a
 * given exception, as no {@code Filer} should.
 */
final class WatchedFiler {
    private final Throwable failure;
    private final List<String> created = new ArrayList<>();

    private WatchedFiler(Throwable failure) {
        this.failure = failure;
    }

    /** Records the files the processor creates. */
    static WatchedFiler recording() {
        return new WatchedFiler(null);
    }

    /** Fails every call with {@code failure}: an unchecked exception, or an {@code IOException} as a full disk gives. */
    static WatchedFiler failing(Throwable failure) {
        return new WatchedFiler(failure);
    }

    /** A processor that writes through this {@code Filer}. */
    CloseCodeProcessor processor() {
        return new CloseCodeProcessor(this::watch);
    }

    /** The qualified names of the source files and the paths of the resources created so far, in order. */
    List<String> created() {
        return List.copyOf(created);
    }

    private Filer watch(Filer real) {
        return (Filer) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Filer.class},
                (proxy, method, args) -> {
                    if (failure != null) {
                        throw failure;
                    }
                    try {
                        Object result = method.invoke(real, args);
                        if (method.getName().equals("createSourceFile")) {
                            created.add(args[0].toString());
                        } else if (method.getName().equals("createResource")) {
                            created.add(args[2].toString());
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
