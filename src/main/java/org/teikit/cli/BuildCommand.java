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
import org.teikit.pipeline.TextToTei;
import org.teikit.render.CorpusSite;
import org.teikit.render.RenderOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code teikit build INPUT... -o SITEDIR}: the whole pipeline. Each text is encoded, validated
 * against teikit's schema and rules (in memory, on the very bytes that get written), and
 * rendered; then the corpus pages are made.
 */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Encode, validate and render: text files in, a reading edition out.",
                "SITEDIR gets tei/NAME.xml, NAME.html and NAME.txt per document, index.html and the",
                "registers persons.html, places.html and organisations.html."},
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

    @Option(names = "--quiet", description = "Print only errors.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more");
        InputFiles.Found found = InputFiles.expand(inputs, "*.txt");
        List<TeikitException> problems = new ArrayList<>(found.problems());
        Path teiDir = site.resolve("tei");
        for (Path in : found.files()) {
            OutputFiles.refuseOverwritingInput(teiDir.resolve(InputFiles.renamed(in, ".xml")), found.files());
        }

        TextToTei encoder = encoding.textToTei();
        List<Batch.Outcome<Path>> encoded = Batch.run(found.files(), threads, in -> {
            Path target = teiDir.resolve(InputFiles.renamed(in, ".xml"));
            OutputFiles.write(target, encoder.encode(in).bytes());
            return target;
        }, o -> { });
        List<Path> tei = new ArrayList<>();
        for (Batch.Outcome<Path> o : encoded) {
            if (o.ok()) tei.add(o.value()); else problems.add(o.error());
        }
        say("encoded %d of %d documents to %s, each valid against teikit's schema and rules", tei.size(),
                found.files().size(), teiDir);

        if (!tei.isEmpty()) {
            CorpusSite.Result r = CorpusSite.builder(site).addAll(tei).threads(threads)
                    .withTextViews(RenderOptions.text()).build().write();
            say("rendered %d documents (HTML and text), index.html and 3 registers to %s", r.documents(), site);
        }
        problems.forEach(p -> spec.commandLine().getErr().println("teikit: " + p.oneLine()));
        if (!problems.isEmpty()) {
            spec.commandLine().getErr().printf(Locale.ROOT, "teikit: %d problem%s; the other documents were built%n",
                    problems.size(), problems.size() == 1 ? "" : "s");
        }
        return problems.isEmpty() ? 0 : 1;
    }

    private void say(String format, Object... args) {
        if (!quiet) spec.commandLine().getOut().println(String.format(Locale.ROOT, format, args));
    }
}
