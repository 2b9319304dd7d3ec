package org.teikit.cli;

import java.io.PrintWriter;
import org.teikit.InputException;
import org.teikit.TeikitBug;
import org.teikit.Version;
import org.teikit.batch.OutOfMemory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code teikit.jar}: one subcommand per stage, plus {@code build} for all of them. */
@Command(name = "teikit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Encode archival text as TEI P5, validate TEI, render reading editions.",
        subcommands = {EncodeCommand.class, ValidateCommand.class, RenderCommand.class, BuildCommand.class, SchemasCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status when teikit itself failed (EX_SOFTWARE of sysexits.h); bad input exits with 1. */
    static final int INTERNAL_ERROR = 70;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        try {
            System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
        } catch (OutOfMemoryError e) {
            OutOfMemory.stop();
        }
    }

    /** Runs teikit as the command line would, for tests and for {@link #main}. Returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new Main(), args, out, err);
    }

    /**
     * Runs another picocli command as teikit's own are run: bad input as one line and status 1, a
     * bug as one line and status 70, running out of memory as one line of advice. For tools that
     * sit on top of the command line, such as the benchmark harness ({@code teikit-bench.jar}).
     */
    public static int run(Object command, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(command);
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Not a bug and not bad input: a file larger than this JVM's heap. Still one line.
            OutOfMemory.tell(err);
            return 1;
        }
    }

    private static CommandLine commandLine(Object command) {
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InputException bad) {
                // the user's to fix: one line naming file:line:col
                err.println("teikit: " + bad.oneLine());
                return 1;
            }
            // A bug, not bad input: still one line for the user, the trace only on request.
            if (ex instanceof TeikitBug bug) {
                err.println("teikit: " + bug.oneLine());
            } else {
                err.println("teikit: internal error: " + ex + " (please report it; run with TEIKIT_DEBUG=1 for details)");
            }
            if (System.getenv("TEIKIT_DEBUG") != null) ex.printStackTrace(err);
            return INTERNAL_ERROR;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version line of {@code --version}, for teikit and the tools on top of it. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"teikit " + Version.get()};
        }
    }
}
