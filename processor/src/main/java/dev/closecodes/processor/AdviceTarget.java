package dev.closecodes.processor;

import dev.closecodes.processor.Declarations.OverrideDeclaration;

/**
 * What a reconnect override names: a code or a range, the other null.
 *
 * @param code the code, or null
 * @param range the range's name, or null
 */
record AdviceTarget(Integer code, String range) {

    /** The target of an override that names exactly one of the two. */
    static AdviceTarget of(OverrideDeclaration override) {
        return override.code().isPresent() ? new AdviceTarget(override.code().get(), null)
                : new AdviceTarget(null, override.range().orElseThrow());
    }
}
