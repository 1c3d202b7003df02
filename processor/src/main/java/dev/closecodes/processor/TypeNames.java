package dev.closecodes.processor;

import com.palantir.javapoet.ClassName;

/**
 * The names of the three types generated for a table.
 *
 * @param code the code enum, {@code {prefix}CloseCode}
 * @param range the range enum, {@code {prefix}CloseCodeRange}
 * @param event the close event, {@code {prefix}CloseEvent}
 */
record TypeNames(ClassName code, ClassName range, ClassName event) {

    static TypeNames of(String packageName, String prefix) {
        return new TypeNames(
                ClassName.get(packageName, prefix + "CloseCode"),
                ClassName.get(packageName, prefix + "CloseCodeRange"),
                ClassName.get(packageName, prefix + "CloseEvent"));
    }

    /**
     * The default prefix: the simple name without a trailing {@code CloseCodes}, or all of it if that leaves
     * nothing.
     */
    static String defaultPrefix(String simpleName) {
        String suffix = "CloseCodes";
        if (simpleName.endsWith(suffix) && simpleName.length() > suffix.length()) {
            return simpleName.substring(0, simpleName.length() - suffix.length());
        }
        return simpleName;
    }
}
