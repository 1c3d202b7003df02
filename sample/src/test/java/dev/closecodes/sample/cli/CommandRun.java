package dev.closecodes.sample.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What one run of the program wrote, and its exit status.
 *
 * @param status the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CommandRun(int status, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CommandRun(status, out.toString(), err.toString());
    }
}
