package org.teikit.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the benchmarks of a directory of TEI files share on their command line: the files, and how often to measure. */
final class MeasuredFiles {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "TEI files to measure on (default: ../shared/corpora)")
    Path directory = Path.of("..", "shared", "corpora");

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "timed runs of each measurement, after one warm-up run; the best counts (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--threads", paramLabel = "N", description = "threads for the parallel runs (default: all cores)")
    Integer threads;
}
