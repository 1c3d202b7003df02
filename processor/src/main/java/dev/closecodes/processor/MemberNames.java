package dev.closecodes.processor;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives the fields, nested classes and parameters of a generated enum names that none of its constants has, so that
 * no constant a table declares can hide one. The preferred name is kept where it is free, which it is for every
 * table that does not take it; otherwise {@code $} is added until it is, as the Java Language Specification keeps
 * {@code $} for mechanically generated names.
 */
final class MemberNames {
    private final Set<String> taken;

    /** @param constants the names of the enum's constants */
    MemberNames(Collection<String> constants) {
        this.taken = new HashSet<>(constants);
    }

    /** Returns {@code preferred}, or the nearest name that neither a constant nor another member has. */
    String claim(String preferred) {
        String name = preferred;
        while (!taken.add(name)) {
            name += "$";
        }
        return name;
    }
}
