package org.teikit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.teikit.TeikitException;
import org.teikit.io.InputFiles;
import org.teikit.io.OutputFiles;
import org.teikit.pipeline.Batch;
import org.teikit.pipeline.Progress;
import org.teikit.pipeline.SiteBuild;
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
        description = {"Encode, validate and render: text files in, a reading edition out.",
                "SITEDIR gets tei/NAME.xml, NAME.html and NAME.txt per document, index.html and the",
                "registers persons.html, places.html and organisations.html.",
                "Run again, it rebuilds only documents whose text changed (and the pages that list them),",
                "and removes those whose text is gone; SITEDIR/.teikit records what was built from what."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every document built", "1:some document could not be built (the rest were)", "2:usage error"})
final class BuildCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Text files, or directories of .txt files.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "SITEDIR", description = "Directory for the site.")
    Path site;

    @Mixin
    EncodingOptions encoding;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once (default: all cores).")
    int threads = Batch.defaultThreads();

    @Option(names = "--force", description = "Rebuild every document, even those unchanged since the last build.")
    boolean force;

    @Option(names = "--quiet", description = "Print only errors.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more");
        InputFiles.Found found = InputFiles.expand(inputs, "*.txt");
        OutputFiles.refuseDirectoryAmongInputs(site, inputs, found.files());
        OutputFiles.refuseOverwritingInputs(found.files().stream()
                .map(in -> site.resolve("tei").resolve(InputFiles.renamed(in, ".xml"))).toList(), found.files());
        List<TeikitException> problems = new ArrayList<>(found.problems());
        Progress progress = Progress.of(spec.commandLine().getErr(), "encoding", found.files().size(), quiet);
        SiteBuild.Result r = new SiteBuild(site, encoding.textToTei(), encoding.settings(), threads, force)
                .run(found.files(), progress);
        problems.addAll(r.problems());

        say("encoded %d of %d documents to %s%s, each valid against teikit's schema and rules", r.encoded(),
                r.documents(), site.resolve("tei"), r.unchanged() == 0 ? "" : " (" + r.unchanged() + " unchanged since the last build)");
        if (r.removed() > 0) say("removed %d documents whose text is gone", r.removed());
        say(r.corpus() ? "rendered %d documents (HTML and text), index.html and 3 registers to %s"
                : "rendered %d documents to %s: nothing changed", r.pages(), site);
        r.warnings().forEach(w -> spec.commandLine().getErr().println("teikit: " + w));
        problems.forEach(p -> spec.commandLine().getErr().println("teikit: " + p.oneLine()));
        progress.finish(r.documents() + problems.size(), problems.size(), r.warnings().size());
        return problems.isEmpty() ? 0 : 1;
    }

    private void say(String format, Object... args) {
        if (!quiet) spec.commandLine().getOut().println(String.format(Locale.ROOT, format, args));
    }
}
