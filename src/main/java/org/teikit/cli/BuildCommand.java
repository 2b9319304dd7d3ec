package org.teikit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.teikit.TeikitException;
import org.teikit.api.Site;
import org.teikit.batch.Batch;
import org.teikit.batch.Progress;
import org.teikit.io.InputFiles;
import org.teikit.pipeline.SiteBuild;
import org.teikit.render.Validity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code teikit build INPUT... -o SITEDIR}: the whole pipeline. Each text is encoded, validated
 * against teikit's schema and rules (in memory, on the very bytes that get written), and
 * rendered; then the corpus pages are made. A second build redoes only what changed.
 */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Encode, validate and render: text files and TEI files in, a reading edition out.",
                "Texts are encoded to SITEDIR/tei/NAME.xml; TEI files (.xml) are checked as",
                "validate checks them and published as they are (one that is not valid is",
                "flagged; one that is not well-formed is skipped). SITEDIR gets NAME.html and",
                "NAME.txt per document, index.html and the registers. Encode once: a",
                "tei/NAME.xml changed by hand is published as it is and never overwritten",
                "(unless --overwrite-edited). Run again, it rebuilds only documents that changed",
                "(and the pages that list them), and removes those whose input is gone;",
                "SITEDIR/.teikit records what was built from what."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every document built", "1:some document could not be built (the rest were)", "2:usage error"})
final class BuildCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Text (.txt) and TEI (.xml) files, or directories of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "SITEDIR", description = "Directory for the site.")
    Path site;

    @Mixin
    EncodingOptions encoding;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once (default: all cores).")
    int threads = Batch.defaultThreads();

    @Option(names = "--force", description = "Rebuild every document, even those unchanged since the last build.")
    boolean force;

    @Option(names = "--overwrite-edited", description = "Encode texts again even where their tei/NAME.xml was changed by hand.")
    boolean overwriteEdited;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "OASIS XML catalog mapping the schemas TEI inputs declare to local files (repeatable).")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--register", paramLabel = "FILE",
            description = "A TEI file listing persons, places and organisations (listPerson, listPlace, listOrg) that the documents' names point into with @ref, @corresp or @key.")
    Path register;

    @Mixin
    StoreOption store;

    /** The document pages, index and registers (html.xsl) or the text views (text.xsl). */
    @Mixin
    StylesheetOptions stylesheets;

    @Option(names = "--quiet", description = "Print only errors.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more");
        Site builder = Site.standard().withThreads(threads).withForce(force).withOverwriteEdited(overwriteEdited)
                .withCatalogs(catalogs);
        if (register != null) builder = builder.withRegister(register);
        if (store.store != null) builder = builder.withStore(store.store);
        builder = builder.withCustomization(stylesheets.customization());
        InputFiles.Found found = builder.inputs(site, inputs);
        Progress progress = Progress.of(spec.commandLine().getErr(), "building", found.files().size(), quiet);
        // The encoder only once the inputs pass: an output that would overwrite an input is reported before an unknown --encoding.
        SiteBuild.Result r = builder.withEncoder(encoding.encoder()).build(site, found, progress);
        List<TeikitException> problems = r.problems();

        long texts = found.files().stream().filter(in -> !SiteBuild.isTei(in)).count();
        long textsUnchanged = texts - r.encoded() - r.edited();
        if (texts > 0) {
            say("encoded %d of %d documents to %s%s, each valid against teikit's schema and rules%s", r.encoded(), texts,
                    site.resolve("tei"), textsUnchanged <= 0 ? "" : " (" + textsUnchanged + " unchanged since the last build)",
                    r.edited() == 0 ? "" : r.edited() == 1 ? "; 1 TEI file changed by hand published as it is"
                            : "; " + r.edited() + " TEI files changed by hand published as they are");
        }
        if (r.teiInputs() > 0) {
            long invalid = r.flagged().values().stream().filter(Validity::invalid).count();
            long unchecked = r.flagged().values().stream().filter(Validity::unchecked).count();
            say("read %d TEI files: %d valid, %d not valid (published, flagged), %d not checked against their schema",
                    r.teiInputs(), r.teiInputs() - invalid - unchecked, invalid, unchecked);
        }
        if (r.removed() > 0) say("removed %d documents whose input is gone", r.removed());
        say(r.corpus() ? "rendered %d documents (HTML and text), index.html and the registers to %s"
                : "rendered %d documents to %s: nothing changed", r.pages(), site);
        PrintWriter err = spec.commandLine().getErr();
        r.warnings().forEach(w -> err.println("teikit: " + w));
        r.flagged().forEach((file, v) -> {
            if (v.invalid()) err.println("teikit: " + file + ": published, flagged: " + v.message());
        });
        Map<String, List<String>> unchecked = new TreeMap<>();
        r.flagged().forEach((file, v) -> {
            if (v.unchecked()) unchecked.computeIfAbsent(v.message(), k -> new ArrayList<>()).add(file);
        });
        // One line per reason, not per file: a corpus whose schema is not on this machine says so once.
        unchecked.forEach((why, files) -> err.println("teikit: " + (files.size() == 1 ? files.get(0)
                : files.size() + " files (" + files.get(0) + " …)") + ": " + why
                + "; checked for well-formedness and teikit's rules only"));
        r.notices().forEach(n -> err.println("teikit: " + n));
        problems.forEach(p -> err.println("teikit: " + p.oneLine()));
        progress.finish(r.documents() + problems.size(), problems.size(), r.warnings().size());
        return problems.isEmpty() ? 0 : 1;
    }

    private void say(String format, Object... args) {
        if (!quiet) spec.commandLine().getOut().println(String.format(Locale.ROOT, format, args));
    }
}
