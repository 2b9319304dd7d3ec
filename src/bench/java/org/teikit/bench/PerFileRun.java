package org.teikit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The naive way: a stock tool's command line run once per file, one after another, as a shell
 * loop does; timed on a sample spread evenly over the files and scaled to all of them.
 */
final class PerFileRun {
    private final StockTool tool;
    private final Function<Path, List<String>> arguments;
    private final Path errorLog;

    /** @param arguments the tool's arguments for one file; @param errorLog where the tool's messages go */
    PerFileRun(StockTool tool, Function<Path, List<String>> arguments, Path errorLog) {
        this.tool = tool;
        this.arguments = arguments;
        this.errorLog = errorLog;
    }

    /**
     * What running it on every file would take.
     *
     * @param failed how many of the sampled files the tool failed on (non-zero exit status)
     */
    record Estimate(Measurement measurement, int sampled, int failed) { }

    /** {@code sample} files of {@code files}, evenly spread, first and order kept. */
    static List<Path> sample(List<Path> files, int sample) {
        int n = Math.min(sample, files.size());
        List<Path> chosen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) chosen.add(files.get((int) ((long) i * files.size() / n)));
        return chosen;
    }

    /**
     * Runs the tool once on {@code file} and returns null when it ran, or the first line it
     * printed when it failed: whether the tool works here at all, checked before the clock
     * (this also brings its jars into the disk cache, as they would be in any loop).
     */
    String check(Path file) throws IOException, InterruptedException {
        if (runOn(file) == 0) return null;
        List<String> lines = Files.readAllLines(errorLog, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "no message" : lines.get(0);
    }

    Estimate estimate(String label, List<Path> files, int sample, double megabytes) throws IOException, InterruptedException {
        List<Path> chosen = sample(files, sample);
        int failed = 0;
        long t0 = System.nanoTime();
        for (Path file : chosen) {
            if (runOn(file) != 0) failed++;
        }
        double seconds = (System.nanoTime() - t0) / 1e9 * files.size() / chosen.size();
        return new Estimate(new Measurement(label, seconds, files.size(), megabytes, true), chosen.size(), failed);
    }

    private int runOn(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(tool.command(arguments.apply(file)))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errorLog.toFile())
                .start();
        return p.waitFor();
    }
}
