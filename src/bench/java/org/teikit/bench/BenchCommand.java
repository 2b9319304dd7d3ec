package org.teikit.bench;

import java.io.PrintWriter;
import org.teikit.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code teikit-bench.jar}: speed measured on real files, against the naive way of doing the same
 * (the stock command-line tools), in one run. A benchmark, not a test: it prints figures. It ships
 * apart from {@code teikit.jar} and finds teikit beside it ({@code Class-Path: teikit.jar}).
 */
@Command(name = "teikit-bench", mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Measure teikit's speed against the stock tools on a directory of files.",
        subcommands = {GenerateCommand.class, ValidateBenchmark.class, CorpusBenchmark.class, RenderBenchmark.class, AnchorsBenchmark.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the harness as its command line would, for tests and for {@link #main}. Returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return Main.run(new BenchCommand(), args, out, err);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
