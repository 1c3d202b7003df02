package dev.closecodes.sample.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The sample program: explains close codes, prints the chat service's table, and runs the WebSocket demo. */
@Command(name = "closecodes-sample", mixinStandardHelpOptions = true, version = "closecodes-sample 0.1.0-SNAPSHOT",
        description = "What the types generated from the chat service's close-code table know, and a demo of them "
                + "over real WebSocket connections.",
        subcommands = {ExplainCommand.class, TableCommand.class, DemoCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Spec
    private CommandSpec spec;

    /** Creates the top-level command; picocli does, in {@link #commandLine(PrintWriter, PrintWriter)}. */
    public Main() {}

    /**
     * Runs the program and exits with its status: 0 on success, 1 for a code nobody defined or a failure, 2 for a
     * usage error.
     *
     * @param args a command and its arguments, such as {@code explain 1006}
     */
    public static void main(String[] args) {
        System.exit(commandLine(writer(System.out), writer(System.err)).execute(args));
    }

    /**
     * Returns the program's command line, writing to the given streams.
     *
     * @param out where commands write their results
     * @param err where errors and usage help go
     * @return the command line, ready to {@link CommandLine#execute(String...) execute}
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /** Without a command, says which commands there are. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: give explain, table, demo or serve");
    }

    private static PrintWriter writer(PrintStream stream) {
        // Titles and descriptions are in Portuguese, French and Chinese: write UTF-8 unless the JDK knows the
        // terminal's own encoding (JDK 19 and later set stdout.encoding).
        String encoding = System.getProperty("stdout.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
                : StandardCharsets.UTF_8;
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }
}
