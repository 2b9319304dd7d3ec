package org.teikit.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.teikit.InputException;
import org.teikit.validate.Catalogs;
import org.teikit.validate.Report;
import org.teikit.validate.ReportWriter;
import org.teikit.validate.Schema;
import org.teikit.validate.SchemaCompiler;
import org.teikit.validate.SchemaLanguage;
import org.teikit.validate.SchemaLocator;
import org.teikit.validate.SchemaSource;
import org.teikit.validate.Schematron;
import org.teikit.validate.Summary;
import org.teikit.validate.TeikitValidation;
import org.teikit.validate.ValidationRun;
import org.xml.sax.helpers.DefaultHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code teikit bench validate}: teikit's validation against the stock way on a directory of
 * TEI files, all against tei_all.rng: a bare SAX parse, stock Jing in one JVM and once per file
 * (a JVM per file, as shell scripts do), the TEI's Schematron through SchXslt2 alone, and
 * teikit's grammar-only and full validation on one thread and on all.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure validation speed against stock Jing and SchXslt2 on a directory of TEI files.")
final class ValidateBenchmark implements Callable<Integer> {

    @Option(names = "--per-file-sample", paramLabel = "N", defaultValue = "20",
            description = "files for the JVM-per-file measurement, scaled to the whole set (default: ${DEFAULT-VALUE}; 0 skips it)")
    int sample;

    @CommandLine.Mixin
    MeasuredFiles measured = new MeasuredFiles();

    @Option(names = "--store", paramLabel = "DIR", description = "the schema store holding tei_all (default: the user's; see teikit schemas)")
    Path store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        measured.check(spec);
        if (sample < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--per-file-sample must be at least 0");
        int cores = measured.cores();
        List<Path> files = measured.files();
        double mb = MeasuredFiles.megabytes(files);

        SchemaCompiler compiler = new SchemaCompiler(new SchemaLocator(Catalogs.none(),
                store == null ? org.teikit.store.SchemaStore.standard() : org.teikit.store.SchemaStore.at(store)));
        Path teiAllRng = compiler.locator().teiAll().require();
        long t0 = System.nanoTime();
        Schema teiAll = compiler.compile(new SchemaSource(teiAllRng.toUri(), SchemaLanguage.RELAX_NG, "tei_all.rng"));
        double grammarSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        Schematron teiRules = teiAll.rules().orElseThrow(() -> new InputException(teiAllRng.toString(), "tei_all.rng embeds no Schematron", null));
        double rulesSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        StockJing stock = new StockJing(teiAllRng);
        double stockSeconds = (System.nanoTime() - t0) / 1e9;

        out.printf(Locale.ROOT, "teikit bench validate: %d files, %.1f MB in %s, against %s%n", files.size(), mb, measured.directory, teiAllRng);
        out.printf(Locale.ROOT, "tei_all compiled once, before the clock: by teikit, its RELAX NG in %.1f s and its embedded Schematron "
                + "(SchXslt2 on Saxon) in %.1f s; by stock Jing in %.1f s%n", grammarSeconds, rulesSeconds, stockSeconds);
        out.printf(Locale.ROOT, "each figure is the best of %d rounds, taken in turn after a warm-up round; %d cores%n%n", measured.rounds, cores);
        out.flush();

        List<Rounds.Way> ways = List.of(
                new Rounds.Way("bare SAX parse (1 thread)", () -> saxParse(files)),
                new Rounds.Way("stock Jing, one JVM (1 thread)", () -> stockJing(stock, files)),
                new Rounds.Way("teikit --grammar-only (1 thread)", () -> teikit(teiAll, files, true, 1)),
                new Rounds.Way("teikit --grammar-only (" + cores + " threads)", () -> teikit(teiAll, files, true, cores)),
                new Rounds.Way("SchXslt2 alone: TEI Schematron on Saxon (1 thread)", () -> schxsltAlone(teiRules, files)),
                new Rounds.Way("teikit full validation (1 thread)", () -> teikit(teiAll, files, false, 1)),
                new Rounds.Way("teikit full validation (" + cores + " threads)", () -> teikit(teiAll, files, false, cores)));
        double[] best = Rounds.bestTimes(ways, measured.rounds);
        List<Measurement> rows = new ArrayList<>();
        for (int i = 0; i < ways.size(); i++) rows.add(new Measurement(ways.get(i).label(), best[i], files.size(), mb, false));
        Measurement jing = rows.get(1);
        Measurement grammar1 = rows.get(2);
        Measurement grammarN = rows.get(3);
        Measurement schxslt = rows.get(4);
        Measurement full1 = rows.get(5);
        Measurement fullN = rows.get(6);
        Measurement naive = new Measurement("stock Jing then SchXslt2, one after the other", jing.seconds() + schxslt.seconds(), files.size(), mb, false);
        rows.add(5, naive);
        Measurement perFile = sample > 0 ? jingPerFile(teiAllRng, files, mb) : null;
        if (perFile != null) rows.add(perFile);

        out.printf(Locale.ROOT, "%-52s %9s %10s %8s %9s%n", "", "seconds", "files/s", "MB/s", "vs Jing");
        for (Measurement m : rows) out.println(m.row(jing));
        if (perFile != null) {
            out.printf(Locale.ROOT, "* measured on %d files, one JVM each, and scaled to %d%n", Math.min(sample, files.size()), files.size());
        }
        out.println();
        out.printf(Locale.ROOT, "grammar-only vs stock Jing in one JVM: %.2fx on 1 thread, %.2fx on %d (target: at least 1x)%n",
                grammar1.speedupOver(jing), grammarN.speedupOver(jing), cores);
        out.printf(Locale.ROOT, "full validation vs stock Jing + SchXslt2: %.2fx on 1 thread, %.2fx on %d (target: above 1x)%n",
                full1.speedupOver(naive), fullN.speedupOver(naive), cores);
        if (perFile != null) {
            out.printf(Locale.ROOT, "full validation vs stock Jing once per file: %.0fx (target: at least 50x)%n", fullN.speedupOver(perFile));
        }
        out.flush();
        return 0;
    }

    private static void saxParse(List<Path> files) throws Exception {
        var factory = javax.xml.parsers.SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        var parser = factory.newSAXParser();
        for (Path f : files) parser.parse(f.toFile(), new DefaultHandler());
    }

    private static void stockJing(StockJing jing, List<Path> files) throws Exception {
        for (Path f : files) jing.isValid(f);
    }

    private static void schxsltAlone(Schematron rules, List<Path> files) {
        for (Path f : files) rules.runOn(f);
    }

    private static void teikit(Schema teiAll, List<Path> files, boolean grammarOnly, int threads) {
        TeikitValidation validation = TeikitValidation.builder().schemas(List.of(teiAll)).grammarOnly(grammarOnly).build();
        new ValidationRun(validation, threads, false).run(List.of(), files, SILENT, org.teikit.batch.Progress.silent());
    }

    /** One JVM per file, as a shell loop over the jing command does; on a sample, scaled to the set. */
    private Measurement jingPerFile(Path schema, List<Path> files, double mb) throws IOException, InterruptedException {
        StockTool jing = StockTool.jing().orElseThrow(() -> new IllegalStateException("Jing is not on teikit's class path"));
        Path errors = Files.createTempFile("teikit-jing", ".err");
        try {
            return new PerFileRun(jing, f -> List.of(schema.toString(), f.toString()), errors)
                    .estimate("stock Jing once per file (a JVM each)", files, sample, mb).measurement();
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static final ReportWriter SILENT = new ReportWriter() {
        @Override public void begin() { }
        @Override public void file(Report report) { }
        @Override public void end(Summary summary) { }
    };
}
