package org.teikit.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.teikit.io.ScratchDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code teikit bench corpus}: teikit's stages and its whole build on generated corpora of
 * growing size, each stage in a JVM of its own with a 512 MB heap, and the naive per-file way
 * (stock Jing's and Saxon's command lines, a JVM per file) on the same documents.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generate corpora of N documents and measure encode, validate, render (HTML, text) and build on each,",
                "every stage in its own JVM with -Xmx512m, against stock Jing and Saxon run once per file."})
final class CorpusBenchmark implements Callable<Integer> {

    @Option(names = "--count", split = ",", paramLabel = "N[,N…]", defaultValue = "100,1000,10000",
            description = "corpus sizes (default: ${DEFAULT-VALUE})")
    List<Integer> counts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--work", paramLabel = "DIR",
            description = "where corpora and outputs go, kept afterwards (default: a temporary folder, deleted afterwards)")
    Path work;

    @Option(names = "--per-file-sample", paramLabel = "N", defaultValue = "20",
            description = "documents for the JVM-per-file runs, scaled to the corpus (default: ${DEFAULT-VALUE}; 0 skips them)")
    int sample;

    @Option(names = "--threads", paramLabel = "N", description = "passed to every teikit stage (default: all cores)")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One measured teikit command; {@code readsTei}: its input is the encoded TEI, not the text. */
    private record Stage(String name, String label, boolean readsTei, List<String> command) {
        List<String> args(Path text, Path tei, Path out, Integer threads) {
            List<String> args = new ArrayList<>();
            for (String word : command) {
                args.add(switch (word) {
                    case "TEXT" -> text.toString();
                    case "TEI" -> tei.toString();
                    case "OUT" -> out.toString();
                    default -> word;
                });
            }
            if (threads != null) args.addAll(List.of("--threads", threads.toString()));
            return args;
        }
    }

    /** In order: encode comes first, its TEI is what the others read. */
    private static final List<Stage> STAGES = List.of(
            new Stage("encode", "encode", false, List.of("encode", "TEXT", "-o", "OUT", "--quiet")),
            new Stage("validate", "validate (teikit schema + rules)", true, List.of("validate", "TEI", "--schema", "teikit", "--quiet")),
            new Stage("html", "render HTML", true, List.of("render", "TEI", "--to", "html", "-o", "OUT", "--quiet")),
            new Stage("text", "render text", true, List.of("render", "TEI", "--to", "text", "-o", "OUT", "--quiet")),
            new Stage("build", "build (all of it, index, registers)", false, List.of("build", "TEXT", "-o", "OUT", "--force", "--quiet")));

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (counts.stream().anyMatch(n -> n < 1) || sample < 0 || (threads != null && threads < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--count values and --threads must be at least 1, --per-file-sample at least 0");
        }
        List<Integer> sizes = counts.stream().distinct().sorted().toList();
        boolean temporary = work == null;
        Path root = temporary ? Files.createTempDirectory("teikit-bench-corpus") : work;
        try {
            return measure(out, sizes, root, temporary);
        } finally {
            if (temporary) ScratchDirectory.deleteTree(root);
        }
    }

    private int measure(PrintWriter out, List<Integer> sizes, Path root, boolean temporary) throws Exception {
        ChildJvm jvm = ChildJvm.ofThisProcess(root.resolve("logs"));
        Optional<StockTool> jing = sample > 0 ? StockTool.jing() : Optional.empty();
        Optional<StockTool> saxon = sample > 0 ? StockTool.saxon() : Optional.empty();
        Path schema = BundledFiles.copy("schema", "teikit.rng", root.resolve("schema"));
        Path html = BundledFiles.copy("xslt", "html.xsl", root.resolve("xslt"));

        out.printf(Locale.ROOT, "teikit bench corpus: documents from 'bench generate --seed %d'; %d cores, %s%n", seed,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        out.println("each stage runs in a JVM of its own (java " + ChildJvm.HEAP_LIMIT + " … teikit COMMAND), timed inside it from the");
        out.println("command's start to its end (JVM start-up left out); peak heap = the most heap in use before any");
        out.println("garbage collection or at the end, 'after GC' = the most still in use right after one (the collector's");
        out.println("notifications); MB/s counts each stage's input: the text for encode and build, the TEI for the others");
        if (sample > 0) {
            out.println("naive: " + jing.map(StockTool::classPath).map(cp -> "java -cp " + cp + " " + StockTool.JING_MAIN + " teikit.rng FILE.xml")
                    .orElse("stock Jing's command line is not on this class path: its rows are skipped"));
            out.println("naive: " + saxon.map(StockTool::classPath).map(cp -> "java -cp " + cp + " " + StockTool.SAXON_MAIN + " -s:FILE.xml -xsl:html.xsl -o:FILE.html")
                    .orElse("Saxon's command line is not on this class path: its rows are skipped"));
        }
        out.flush();

        List<List<Measurement>> bySize = new ArrayList<>();
        long peakAtLargest = 0;
        for (int n : sizes) {
            Path dir = root.resolve("n" + n);
            Path text = dir.resolve("text");
            CorpusGenerator.Corpus corpus = new CorpusGenerator(seed).write(n, text);
            double textMb = corpus.bytes() / 1e6;
            out.printf(Locale.ROOT, "%nN = %,d: %.1f MB of text; load average %.2f at the start%n", n, textMb, loadAverage());
            out.printf(Locale.ROOT, "%-52s %9s %10s %8s %13s %12s%n", "", "seconds", "docs/s", "MB/s", "peak heap MB", "after GC MB");
            out.flush();

            List<Measurement> stages = new ArrayList<>();
            Path tei = dir.resolve("encode");
            double teiMb = 0;
            long peak = 0;
            String collectors = "";
            for (Stage stage : STAGES) {
                StageRun run = jvm.run("n" + n + "-" + stage.name(), stage.args(text, tei, dir.resolve(stage.name()), threads));
                if (stage.name().equals("encode")) teiMb = megabytes(xmlFiles(tei));
                Measurement m = new Measurement(stage.label(), run.seconds(), n, stage.readsTei() ? teiMb : textMb, false);
                stages.add(m);
                peak = Math.max(peak, run.peakHeapBytes());
                collectors = run.collectors();
                out.printf(Locale.ROOT, "%s %13.0f %12.0f%s%n", m.row(null).stripTrailing(), run.peakHeapBytes() / 1e6,
                        run.afterCollectionBytes() / 1e6, run.exitStatus() == 0 ? "" : "  exit status " + run.exitStatus()
                                + ", see " + jvm.errorLog("n" + n + "-" + stage.name()));
                out.flush();
            }
            bySize.add(stages);
            peakAtLargest = peak;
            out.printf(Locale.ROOT, "TEI: %.1f MB; collectors: %s%n", teiMb, collectors);
            naive(out, n, xmlFiles(tei), teiMb, jing, saxon, schema, html, dir, stages);
            if (temporary) ScratchDirectory.deleteTree(dir);
        }
        conclusions(out, sizes, bySize, peakAtLargest);
        out.flush();
        return 0;
    }

    /** The per-file rows for one corpus and the ratio teikit's validate + render HTML reaches over them. */
    private void naive(PrintWriter out, int n, List<Path> tei, double teiMb, Optional<StockTool> jing, Optional<StockTool> saxon,
                       Path schema, Path html, Path dir, List<Measurement> stages) throws IOException, InterruptedException {
        if (sample == 0 || tei.isEmpty()) return;
        Path naiveOut = dir.resolve("naive");
        Files.createDirectories(naiveOut);
        List<PerFileRun.Estimate> estimates = new ArrayList<>();
        if (jing.isPresent()) {
            PerFileRun run = new PerFileRun(jing.get(), f -> List.of(schema.toString(), f.toString()), naiveOut.resolve("jing.err"));
            estimate(out, run, "stock Jing once per file (a JVM each)", tei, teiMb).ifPresent(estimates::add);
        }
        if (saxon.isPresent()) {
            PerFileRun run = new PerFileRun(saxon.get(), f -> List.of("-s:" + f, "-xsl:" + html,
                    "-o:" + naiveOut.resolve(f.getFileName().toString().replaceFirst("\\.xml$", ".html"))), naiveOut.resolve("saxon.err"));
            estimate(out, run, "Saxon HTML once per file (a JVM each)", tei, teiMb).ifPresent(estimates::add);
        }
        if (estimates.isEmpty()) return;
        int sampled = estimates.get(0).sampled();
        out.printf(Locale.ROOT, "* measured on %d documents, one JVM each, one after another, and scaled to %,d%n", sampled, n);
        if (estimates.size() == 2) {
            double naiveSeconds = estimates.get(0).measurement().seconds() + estimates.get(1).measurement().seconds();
            double teikitSeconds = stages.get(1).seconds() + stages.get(2).seconds();
            out.printf(Locale.ROOT, "teikit validate + render HTML vs stock Jing + Saxon once per file: %.0fx (target: at least 30x)%n",
                    naiveSeconds / teikitSeconds);
        }
    }

    private Optional<PerFileRun.Estimate> estimate(PrintWriter out, PerFileRun run, String label, List<Path> files, double mb)
            throws IOException, InterruptedException {
        String problem = run.check(files.get(0));
        if (problem != null) {
            out.println(label + ": skipped, the tool failed on " + files.get(0) + ": " + problem);
            return Optional.empty();
        }
        PerFileRun.Estimate e = run.estimate(label, files, sample, mb);
        out.println(e.measurement().row(null).stripTrailing() + (e.failed() == 0 ? "" : "  failed on " + e.failed() + " of " + e.sampled()));
        return Optional.of(e);
    }

    /** Time per document from the second largest corpus to the largest, and the targets at the largest. */
    private static void conclusions(PrintWriter out, List<Integer> sizes, List<List<Measurement>> bySize, long peak) {
        out.println();
        int last = sizes.size() - 1;
        if (last >= 1) {
            out.printf(Locale.ROOT, "time per document, %,d → %,d documents (ratio; target: flat, within ±%.0f %%):%n",
                    sizes.get(last - 1), sizes.get(last), Scaling.TOLERANCE * 100);
            for (int i = 0; i < STAGES.size(); i++) {
                Measurement smaller = bySize.get(last - 1).get(i);
                Measurement larger = bySize.get(last).get(i);
                out.println("  " + new Scaling(STAGES.get(i).name(), smaller.files(), smaller.seconds(), larger.files(), larger.seconds()).line());
            }
        }
        if (last >= 2) {
            // What each further document costs, the run's fixed costs (compiling schemas and stylesheets,
            // warming up) cancelled out: the step from the smallest corpus to the middle one against
            // the step from the middle one to the largest.
            out.printf(Locale.ROOT, "time per further document, %,d → %,d against %,d → %,d documents (start-up cancelled out):%n",
                    sizes.get(last - 2), sizes.get(last - 1), sizes.get(last - 1), sizes.get(last));
            for (int i = 0; i < STAGES.size(); i++) {
                Measurement a = bySize.get(last - 2).get(i);
                Measurement b = bySize.get(last - 1).get(i);
                Measurement c = bySize.get(last).get(i);
                out.println("  " + new Scaling(STAGES.get(i).name(), b.files() - a.files(), b.seconds() - a.seconds(),
                        c.files() - b.files(), c.seconds() - b.seconds()).line());
            }
        }
        Measurement build = bySize.get(last).get(STAGES.size() - 1);
        out.printf(Locale.ROOT, "build of %,d documents: %.1f s (target at 10,000: under 60 s); peak heap of any stage: %.0f MB (target: under 512 MB)%n",
                build.files(), build.seconds(), peak / 1e6);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<Path> xmlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
    }

    private static double megabytes(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        return bytes / 1e6;
    }
}
