package dev.closecodes.sample.cli;

import dev.closecodes.sample.demo.Demo;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code demo}: the generated types over real WebSocket connections. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Starts a Jetty WebSocket server on 127.0.0.1, ends sessions with a spread of close codes, and "
                + "shows the ChatCloseEvent the JDK's WebSocket client reports for each; then a reconnecting client "
                + "follows the events' advice.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new Demo(spec.commandLine().getOut(), RandomGenerator.getDefault()).run();
        return 0;
    }
}
