package org.teikit.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.teikit.InputException;
import org.teikit.cli.Main;
import org.teikit.io.InputFiles;
import org.teikit.io.ScratchDirectory;
import org.teikit.store.SchemaStore;
import org.teikit.validate.Catalogs;
import org.teikit.validate.TeiAll;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code teikit bench anchors}: teikit against what a user would otherwise run, side by side in
 * one run on the same files, each side a whole process from start to exit (a fresh JVM with
 * default settings, as a user starts it): the TEI Stylesheets on stock Saxon-HE for HTML and
 * text, stock Jing for the grammar. Runs alternate, the side going first changes every round;
 * each figure is the median of the rounds. Only ratios measured so hold from one day to the next.
 */
@Command(name = "anchors", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure teikit against the TEI Stylesheets and stock Jing, whole process on both sides, in one run.")
final class AnchorsBenchmark implements Callable<Integer> {

    @Parameters(arity = "1", paramLabel = "DIR", description = "the TEI files (searched recursively for *.xml)")
    Path directory;

    @Option(names = "--stylesheets", paramLabel = "DIR",
            description = "the TEI Stylesheets (html/html.xsl, txt/tei-to-text.xsl); without it the HTML and text anchors are left out")
    Path stylesheets;

    @Option(names = "--store", paramLabel = "DIR", description = "the schema store holding tei_all (default: the user's)")
    Path store;

    @Option(names = "--tei-all", paramLabel = "FILE", description = "tei_all.rng, added to a temporary store for this run (instead of --store)")
    Path teiAllFile;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "runs of each side per job; the median counts (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--jobs", paramLabel = "LIST", split = ",", defaultValue = "html,text,grammar,grammar-one,full",
            description = "which jobs: html, text, grammar, grammar-one, full (default: all)")
    List<String> jobs;

    @Option(names = "--limit", paramLabel = "N", description = "only the first N files (for a quick try; the figures then say so)")
    Integer limit;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "longest any one process may run before it is stopped (default: ${DEFAULT-VALUE})")
    long timeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs one command line; {@link WholeProcess} in use, a fake one in tests. */
    interface Runner {
        WholeProcess.Result run(List<String> command, Path errorLog) throws IOException, InterruptedException;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        check();
        try (ScratchDirectory scratch = ScratchDirectory.create("teikit-bench-anchors")) {
            AnchorJobs setup = setUp(scratch.path());
            WholeProcess process = new WholeProcess(scratch.path(), timeout);
            header(out, setup, process);
            List<AnchorJob> chosen = setup.jobs(jobs);
            for (AnchorJob job : chosen) {
                out.println("  " + job.name() + ":");
                out.println("    teikit: " + shown(job.teikit()));
                out.println("    anchor: " + (job.anchor() == null ? "(not at hand)" : shown(job.anchor())));
            }
            out.println();
            out.println(AnchorRow.HEADER);
            out.println(AnchorRow.UNITS);
            out.flush();
            for (AnchorJob job : chosen) {
                AnchorRow row = measure(job, rounds, process::run, setup, scratch.path().resolve("logs"));
                out.println(row.line());
                out.flush();
            }
        }
        out.println();
        out.println("ratio = anchor s / teikit s (above 1: teikit faster); MB/s counts the input TEI; RSS is each process's peak "
                + "resident memory (median of the runs)");
        out.flush();
        return 0;
    }

    private void check() {
        if (rounds < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
        if (timeout < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be at least 1");
        if (limit != null && limit < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        for (String j : jobs) {
            if (!AnchorJobs.ALL.contains(j)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--jobs takes " + String.join(", ", AnchorJobs.ALL) + ", not '" + j + "'");
            }
        }
        if (stylesheets != null && !Files.isRegularFile(stylesheets.resolve("html/html.xsl"))) {
            throw new InputException(stylesheets.toString(), "no html/html.xsl in this folder", "give --stylesheets the TEI Stylesheets' folder");
        }
    }

    /** The files, linked flat into one folder both sides read; tei_all; the stock tools. */
    private AnchorJobs setUp(Path scratch) throws IOException {
        InputFiles.Found found = InputFiles.expand(List.of(directory), "*.xml");
        if (!found.problems().isEmpty()) throw found.problems().get(0);
        List<Path> all = found.files();
        if (limit != null && all.size() > limit) all = all.subList(0, limit);
        Path corpus = Files.createDirectories(scratch.resolve("corpus"));
        List<Path> files = linkFlat(all, corpus);
        double mb = MeasuredFiles.megabytes(files);
        Path oneFile = medianSized(files);

        Path storeDir = store;
        if (teiAllFile != null) {
            storeDir = scratch.resolve("store");
            StringWriter err = new StringWriter();
            int status = Main.run(new String[] {"schemas", "add", "--store", storeDir.toString(), teiAllFile.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            if (status != 0) throw new InputException(teiAllFile.toString(), "could not be added to a store: " + err.toString().strip(), null);
        }
        SchemaStore schemaStore = storeDir == null ? SchemaStore.standard() : SchemaStore.at(storeDir);
        Path teiAll = TeiAll.standard(Catalogs.none(), schemaStore).locate().orElse(null);

        Path repository = StockTool.mavenRepository();
        return new AnchorJobs(AnchorJobs.teikitLauncher(cliLocation(), absolute(System.getProperty("java.class.path"))),
                StockTool.stockSaxon(repository).orElse(null), StockTool.stockJing(repository).orElse(null),
                stylesheets == null ? null : stylesheets.toAbsolutePath(), schemaStore.root(), teiAll,
                corpus, files, mb, oneFile, oneFile == null ? 0 : Files.size(oneFile) / 1e6,
                scratch.resolve("out-teikit"), scratch.resolve("out-anchor"));
    }

    /** The jar (or class folder) teikit's command line was loaded from. */
    private static Path cliLocation() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("teikit's own location is not a file: " + e.getMessage(), e);
        }
    }

    private static String absolute(String classPath) {
        List<String> parts = new ArrayList<>();
        for (String p : classPath.split(java.io.File.pathSeparator)) parts.add(Path.of(p).toAbsolutePath().toString());
        return String.join(java.io.File.pathSeparator, parts);
    }

    /** Symbolic links to {@code files} in one folder (a name met twice gets a number), so both sides read the same flat set. */
    static List<Path> linkFlat(List<Path> files, Path folder) throws IOException {
        List<Path> links = new ArrayList<>();
        Set<String> taken = new TreeSet<>();
        int n = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (!taken.add(name)) {
                name = (++n) + "-" + name;
                taken.add(name);
            }
            links.add(Files.createSymbolicLink(folder.resolve(name), f.toAbsolutePath()));
        }
        return links;
    }

    /** The file of median size (the smaller of two middles), for the one-file jobs. */
    static Path medianSized(List<Path> files) throws IOException {
        if (files.isEmpty()) return null;
        List<Long> sizes = new ArrayList<>();
        for (Path f : files) sizes.add(Files.size(f));
        Integer[] order = new Integer[files.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.<Integer>comparingLong(sizes::get).thenComparing(i -> files.get(i).toString()));
        return files.get(order[(order.length - 1) / 2]);
    }

    private void header(PrintWriter out, AnchorJobs setup, WholeProcess process) throws IOException {
        out.printf(Locale.ROOT, "teikit bench anchors: %d files, %.1f MB in %s%s%n", setup.files().size(), setup.megabytes(), directory,
                limit == null ? "" : " (the first " + limit + " only, --limit)");
        out.printf(Locale.ROOT, "run at %s on %d cores, load average before the run %s, Java %s%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), loadAverage(),
                System.getProperty("java.version"));
        out.printf(Locale.ROOT, "whole process on both sides (a fresh JVM each, default JVM settings, start to exit); runs alternated, "
                + "the side going first changing each round; median of %d%n", rounds);
        out.println("peak RSS from " + (Files.isExecutable(WholeProcess.GNU_TIME) ? "/usr/bin/time (%M)" : "/proc/PID/status VmHWM, polled"));
        if (setup.saxon() == null || setup.stylesheets() == null) out.println("HTML and text anchors left out: " + (setup.stylesheets() == null ? "no --stylesheets" : "stock Saxon-HE not found"));
        if (setup.teiAll() == null) out.println("validation jobs left out: no tei_all in " + setup.store() + " (give --store or --tei-all)");
        else if (setup.jing() == null) out.println("Jing anchors left out: stock Jing not found");
        if (teiAllFile != null) {
            out.println("tei_all added to a new store for this run: the first full check makes its Schematron cache (a user's first run), "
                    + "the later ones use it; a median of 3 or more leaves the first out");
        }
        out.println("one-file jobs on " + (setup.oneFile() == null ? "-" : setup.oneFile().getFileName()) + " (the median-sized file)");
        out.println("commands:");
    }

    /** A command line as printed: a long list of files cut to its first two and a count. */
    static String shown(List<String> command) {
        int xml = 0;
        List<String> shown = new ArrayList<>();
        for (String part : command) {
            if (part.endsWith(".xml") && ++xml > 2) continue;
            shown.add(part);
        }
        return String.join(" ", shown) + (xml > 2 ? " … (" + xml + " files)" : "");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Runs both sides of {@code job} alternately, {@code rounds} each, emptying the output folders before every run. */
    static AnchorRow measure(AnchorJob job, int rounds, Runner runner, AnchorJobs setup, Path logs) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        double[] tSeconds = new double[rounds], aSeconds = new double[rounds];
        long[] tRss = new long[rounds], aRss = new long[rounds];
        Set<String> tExits = new LinkedHashSet<>(), aExits = new LinkedHashSet<>();
        for (Alternation.Turn turn : Alternation.turns(rounds)) {
            boolean teikit = turn.side() == Alternation.Side.TEIKIT;
            if (!teikit && job.anchor() == null) continue;
            empty(setup.teikitOut());
            empty(setup.anchorOut());
            String side = teikit ? "teikit" : "anchor";
            WholeProcess.Result r = runner.run(teikit ? job.teikit() : job.anchor(),
                    logs.resolve(job.name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + side + "-" + turn.round() + ".err"));
            (teikit ? tExits : aExits).add(r.timedOut() ? "timed out" : Integer.toString(r.exit()));
            (teikit ? tSeconds : aSeconds)[turn.round()] = r.seconds();
            (teikit ? tRss : aRss)[turn.round()] = r.peakRss();
        }
        boolean anchor = job.anchor() != null;
        return new AnchorRow(job.name(), job.files(), job.megabytes(),
                Median.of(tSeconds), Median.of(tRss), String.join(",", tExits),
                anchor ? Median.of(aSeconds) : Double.NaN, anchor ? Median.of(aRss) : 0, String.join(",", aExits));
    }

    /** An empty output folder (made if missing), so no run finds another's output. */
    private static void empty(Path dir) throws IOException {
        if (dir == null) return;
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
    }
}
