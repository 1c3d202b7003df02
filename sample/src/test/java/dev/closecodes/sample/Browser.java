package dev.closecodes.sample;

import java.util.Map;

/**
 * One headless browser engine with the conformance page open, as the browser tests drive it: scripts run in the
 * page the way WebDriver's "execute async script" runs them.
 */
interface Browser extends AutoCloseable {

    /**
     * Returns the engine and its version, as the browser reports them, such as {@code Chromium 156.0.8078.114}.
     *
     * @return the name and version
     */
    String version();

    /**
     * Runs a script in the conformance page and waits for its result. The script sees {@code arguments}: the given
     * values, then a callback it calls once with its result.
     *
     * @param script the body of a function
     * @param arguments values the script reads, each a string, a number, a boolean or {@code null}
     * @return the object the script passed to its callback
     * @throws AssertionError if the script failed or gave something other than an object
     */
    Map<?, ?> run(String script, Object... arguments);

    /** Ends the browser and every process it started. */
    @Override
    void close();
}
