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
 * as {@code teikit render} does it (read, transform, write), against the rates the TEI
 * Stylesheets reach on this kind of machine.
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure rendering to HTML and text on a directory of TEI files, against the TEI Stylesheets' rates.")
final class RenderBenchmark implements Callable<Integer> {
    /** The TEI Stylesheets in one Saxon JVM on 888 real TEI files (156.6 MB), from issue 6. */
    static final double ANCHOR_HTML_MB_S = 1.9;
    static final double ANCHOR_TEXT_MB_S = 5.2;
    static final double TARGET_HTML_MB_S = 19;
    static final double TARGET_TEXT_MB_S = 26;

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

        out.printf(Locale.ROOT, "%-52s %9s %10s %8s %9s %7s%n", "", "seconds", "files/s", "MB/s", "vs anchor", "failed");
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            Measurement m = new Measurement(label(r), best[i], files.size(), mb, false);
            out.printf(Locale.ROOT, "%s %9s %7d%n", m.row(null).stripTrailing(),
                    String.format(Locale.ROOT, "%.1fx", m.megabytesPerSecond() / anchor(r)), r.failures.size());
        }
        out.printf(Locale.ROOT, "%nanchors: the TEI Stylesheets in one Saxon JVM on 888 real TEI files (156.6 MB): HTML %.1f MB/s, text %.1f MB/s%n",
                ANCHOR_HTML_MB_S, ANCHOR_TEXT_MB_S);
        out.println(verdict("HTML", mb / best[1], TARGET_HTML_MB_S, cores));
        out.println(verdict("text", mb / best[3], TARGET_TEXT_MB_S, cores));
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

    private static double anchor(Run r) {
        return r.options.format() == Format.HTML ? ANCHOR_HTML_MB_S : ANCHOR_TEXT_MB_S;
    }

    static String verdict(String format, double megabytesPerSecond, double target, int cores) {
        return String.format(Locale.ROOT, "%s on %d threads: %.1f MB/s, target at least %.0f MB/s: %s", format, cores,
                megabytesPerSecond, target, megabytesPerSecond >= target ? "met"
                        : String.format(Locale.ROOT, "missed by %.0f %% (%.1fx short)", 100 * (1 - megabytesPerSecond / target),
                        target / megabytesPerSecond));
    }
}
