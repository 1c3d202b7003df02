package dev.closecodes.sample.cli;

import dev.closecodes.sample.server.SampleServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code serve}: the demo page, for a person with a browser. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the sample's server on 127.0.0.1 and a free port and prints the address of its page, "
                + "which shows the browser's CloseEvent beside what the generated ES module says about it, and a "
                + "reconnecting browser client; Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (SampleServer server = SampleServer.start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "serve-stop"));
            PrintWriter out = spec.commandLine().getOut();
            out.println("Open " + server.demoPageUri() + " in a browser; Ctrl-C stops the server.");
            out.flush();
            stopped.await();
        }
        return 0;
    }
}
