package org.teikit.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.teikit.TeikitException;
import org.teikit.io.ScratchDirectory;
import org.teikit.render.FileRenderer;
import org.teikit.render.Format;
import org.teikit.render.RenderOptions;
import org.teikit.render.Renderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code teikit bench render}: a directory of TEI files rendered to HTML and to text in one JVM,
 * as {@code teikit render} does it (read, transform, write): in-process figures, after a warm-up,
 * start-up and compilation left out. What users wait for, against the TEI Stylesheets in the
 * same run, is {@code bench anchors}; no rate from another day is printed beside these.
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure rendering to HTML and text in one JVM (in-process; for whole-process figures against the TEI Stylesheets see bench anchors).")
final class RenderBenchmark implements Callable<Integer> {
    @CommandLine.Mixin
    MeasuredFiles measured = new MeasuredFiles();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One way of rendering, and what its last run could not render. */
    private static final class Run {
        final RenderOptions options;
        final int threads;
        List<TeikitException> failures = List.of();

        Run(RenderOptions options, int threads) {
            this.options = options;
            this.threads = threads;
        }

        void renderAll(List<Path> files, Path out) {
            failures = new FileRenderer(Renderer.get(), options, threads).renderAll(files, out).failures();
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        measured.check(spec);
        int cores = measured.cores();
        List<Path> files = measured.files();
        double mb = MeasuredFiles.megabytes(files);

        long t0 = System.nanoTime();
        Renderer.get();
        double compileSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "teikit bench render: %d files, %.1f MB in %s%n", files.size(), mb, measured.directory);
        out.printf(Locale.ROOT, "stylesheets compiled once, before the clock, in %.1f s; each figure is the best of %d rounds, "
                + "taken in turn after a warm-up round;%nfiles read, rendered and written (to a temporary folder) as 'teikit render' does%n%n",
                compileSeconds, measured.rounds);
        out.flush();

        List<Run> runs = List.of(new Run(RenderOptions.html(), 1), new Run(RenderOptions.html(), cores),
                new Run(RenderOptions.text(), 1), new Run(RenderOptions.text(), cores));
        double[] best;
        try (ScratchDirectory scratch = ScratchDirectory.create("teikit-bench-render")) {
            List<Rounds.Way> ways = new ArrayList<>();
            for (Run r : runs) {
                Path outDir = scratch.path().resolve(r.options.format().extension() + r.threads);
                ways.add(new Rounds.Way(label(r), () -> r.renderAll(files, outDir)));
            }
            best = Rounds.bestTimes(ways, measured.rounds);
        }

        out.printf(Locale.ROOT, "in-process (one JVM, warmed up):%n");
        out.printf(Locale.ROOT, "%-52s %9s %10s %8s %7s%n", "", "seconds", "files/s", "MB/s", "failed");
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            Measurement m = new Measurement(label(r), best[i], files.size(), mb, false);
            out.printf(Locale.ROOT, "%s %7d%n", m.row(null).stripTrailing(), r.failures.size());
        }
        out.printf(Locale.ROOT, "%nagainst the TEI Stylesheets, whole process on both sides in the same run: teikit bench anchors%n");
        for (Run r : runs) {
            for (TeikitException e : r.failures) out.println("failed (" + label(r) + "): " + e.oneLine());
        }
        out.flush();
        return 0;
    }

    private static String label(Run r) {
        return "render " + (r.options.format() == Format.HTML ? "HTML" : "text") + " (" + r.threads
                + (r.threads == 1 ? " thread)" : " threads)");
    }

}
