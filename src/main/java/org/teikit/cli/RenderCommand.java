package org.teikit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.teikit.TeikitException;
import org.teikit.api.Renderer;
import org.teikit.batch.Progress;
import org.teikit.io.InputFiles;
import org.teikit.render.FileRenderer;
import org.teikit.render.Format;
import org.teikit.render.Reading;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code teikit render FILE_OR_DIR... --to html|text -o OUTDIR}: the reading edition or the text view. */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {
            "Render TEI files as an HTML reading edition or as plain text: OUTDIR/NAME.html or OUTDIR/NAME.txt.",
            "Any TEI P5 file renders; teikit's own files get register pop-ups, the reading switch and their citation."
        })
public final class RenderCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*",
            description = "TEI files, or directories whose .xml files (at any depth) are rendered.")
    List<Path> inputs;

    @Option(names = "--to", required = true, paramLabel = "html|text", converter = FormatConverter.class,
            description = "html: the reading edition, one self-contained page per file; text: the plain-text view.")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR",
            description = "Directory to write to (created if missing); never an input file.")
    Path outDir;

    @Option(names = "--reading", defaultValue = "normalised", paramLabel = "normalised|diplomatic",
            converter = ReadingConverter.class,
            description = "Text: the reading shown. HTML: the reading a page opens in. Default: ${DEFAULT-VALUE}.")
    Reading reading;

    @Option(names = "--width", defaultValue = "72", paramLabel = "N",
            description = "Text: wrap lines at N characters; 0 leaves each paragraph on one line. Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--threads", paramLabel = "N",
            description = "Render N files at once. Default: the number of processors.")
    Integer threads;

    @Option(names = "--quiet", description = "Print only errors.")
    boolean quiet;

    @CommandLine.Mixin
    StylesheetOptions stylesheets;

    @Override
    public Integer call() {
        if (width < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--width must be 0 or more, not " + width);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + n);
        // The customisation compiled and checked before anything is read or written: a bad one stops the run whole.
        Renderer renderer = Renderer.html().withFormat(format).withReading(reading).withWidth(width).withThreads(n)
                .withCustomization(stylesheets.customization());

        InputFiles.Found found = InputFiles.expand(inputs, "*.xml");
        List<TeikitException> problems = new ArrayList<>(found.problems());
        List<Path> written = List.of();
        Progress progress = Progress.of(spec.commandLine().getErr(), "rendering", found.files().size(), quiet);
        if (!found.files().isEmpty()) {
            FileRenderer.Outcome outcome = renderer.renderAll(found.files(), outDir, progress::step);
            problems.addAll(outcome.failures());
            written = outcome.written();
        }
        for (TeikitException problem : problems) {
            spec.commandLine().getErr().println("teikit: " + problem.oneLine());
        }
        if (!quiet) {
            spec.commandLine().getOut().printf(Locale.ROOT, "rendered %d of %d files to %s%n",
                    written.size(), found.files().size(), outDir);
        }
        progress.finish(found.files().size(), problems.size(), 0);
        return problems.isEmpty() ? 0 : 1;
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "html" -> Format.HTML;
                case "text", "txt" -> Format.TEXT;
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a format: use html or text");
            };
        }
    }

    static final class ReadingConverter implements CommandLine.ITypeConverter<Reading> {
        @Override
        public Reading convert(String value) {
            try {
                return Reading.parse(value);
            } catch (TeikitException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a reading: use normalised or diplomatic");
            }
        }
    }
}
