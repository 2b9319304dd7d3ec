package org.teikit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.teikit.io.InputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the benchmarks of a directory of TEI files share on their command line: the files, and how often to measure. */
final class MeasuredFiles {
    @Parameters(arity = "1", paramLabel = "DIR", description = "the TEI files to measure on")
    Path directory;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "timed runs of each measurement, after one warm-up run; the best counts (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--threads", paramLabel = "N", description = "threads for the parallel runs (default: all cores)")
    Integer threads;

    /** Refuses rounds or threads below 1, naming them on the command line of {@code spec}. */
    void check(CommandLine.Model.CommandSpec spec) {
        if (rounds < 1 || (threads != null && threads < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds and --threads must be at least 1");
        }
    }

    /** The threads of the parallel runs: as given, else all cores. */
    int cores() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** The TEI files of the directory; the first problem finding them fails the benchmark. */
    List<Path> files() {
        InputFiles.Found found = InputFiles.expand(List.of(directory), "*.xml");
        if (!found.problems().isEmpty()) throw found.problems().get(0);
        return found.files();
    }

    /** The size of {@code files} in MB (10^6 bytes), the unit of every rate the benchmarks print. */
    static double megabytes(List<Path> files) throws IOException {
        double mb = 0;
        for (Path f : files) mb += Files.size(f) / 1_000_000.0;
        return mb;
    }
}
