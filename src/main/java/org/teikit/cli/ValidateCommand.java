package org.teikit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.teikit.TeikitException;
import org.teikit.api.Validator;
import org.teikit.batch.Progress;
import org.teikit.io.InputFiles;
import org.teikit.validate.Finding;
import org.teikit.validate.Report;
import org.teikit.validate.ReportFormat;
import org.teikit.validate.Severity;
import org.teikit.validate.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code teikit validate}: any TEI file against RELAX NG, Schematron and teikit's checks, one report. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Validate TEI files: the RELAX NG grammar (Jing), the Schematron it embeds and any you add, and "
                    + "teikit's own checks (pointers resolve, xml:id unique, dates real and in order, no empty names "
                    + "or paragraphs, no note in a note).",
            "By default each file is checked against the schemas its <?xml-model?> instructions declare, found in "
                    + "--catalog or the schema store (see teikit schemas); a TEI file that declares none is checked against "
                    + "TEI P5 (tei_all from the store). A file whose declared schema is not at hand is \"not checked\".",
            "Exit status: 0 all valid, 1 some invalid, 2 usage error, 3 none invalid but some not checked."},
        footer = {"", "validate never downloads: add schemas with teikit schemas add FILE or teikit schemas fetch URL|tei-all."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "TEI files, or directories searched recursively")
    List<Path> inputs;

    @Option(names = "--schema", paramLabel = "teikit|tei-all|PATH",
            description = "check every file against this schema instead of what it declares: teikit's own, the official tei_all (from the schema store), or a .rng/.rnc/.sch file")
    String schema;

    @Option(names = "--schematron", paramLabel = "FILE.sch", description = "also run these ISO Schematron rules (repeatable)")
    List<Path> schematron = new ArrayList<>();

    @Option(names = "--catalog", paramLabel = "FILE", description = "OASIS XML catalog mapping schema URLs to local files (repeatable)")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json|svrl", defaultValue = "text",
            description = "report format (default: ${DEFAULT-VALUE})")
    String format;

    @CommandLine.Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--strict", description = "count warnings, and files not checked, as failures")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "files validated at once (default: all cores)")
    Integer threads;

    @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = "*.xml",
            description = "which files to take from directories (default: ${DEFAULT-VALUE})")
    String glob;

    @Option(names = "--grammar-only", description = "RELAX NG grammar alone: no Schematron, no teikit checks")
    boolean grammarOnly;

    @Option(names = "--quiet", description = "no progress line and no timing summary on stderr (the report is unchanged)")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat reportFormat = reportFormat();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        Validator validator;
        try {
            validator = validator().prepare();
        } catch (TeikitException e) {
            err.println("teikit: " + e.oneLine());
            return CommandLine.ExitCode.USAGE;
        }
        InputFiles.Found found = InputFiles.expand(inputs, glob);
        List<Report> problems = found.problems().stream().map(ValidateCommand::asReport).toList();
        Progress progress = Progress.of(err, "validating", found.files().size(), quiet);
        Summary summary = validator.run(workers, strict).run(problems, found.files(), reportFormat.writer(out, strict), progress);
        return summary.exitStatus(strict);
    }

    private ReportFormat reportFormat() {
        try {
            return ReportFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text, json or svrl, not '" + format + "'");
        }
    }

    private Validator validator() {
        Validator v = Validator.standard().withSchematron(schematron).withCatalogs(catalogs).withGrammarOnly(grammarOnly);
        if (schema != null) v = v.withSchema(schema);
        return store.store == null ? v : v.withStore(store.store);
    }

    private static Report asReport(TeikitException problem) {
        String file = problem.file() == null ? "" : problem.file();
        String message = problem.getMessage() + (problem.hint() == null ? "" : "; " + problem.hint());
        Path path = Path.of(file);
        String rule = Files.isDirectory(path) ? "no-files" : Files.exists(path) ? "file-unreadable" : "file-missing";
        return new Report(file, List.of(new Finding(file, 0, 0, Severity.ERROR, rule, message, "")));
    }
}
