package org.teikit.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code teikit bench}: speed measured on real files, against the naive way of doing the same
 * (the stock command-line tools), in one run. A benchmark, not a test: it prints figures.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure teikit's speed against the stock tools on a directory of files.",
        subcommands = {GenerateCommand.class, ValidateBenchmark.class, CorpusBenchmark.class, RenderBenchmark.class, AnchorsBenchmark.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
