package org.teikit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.teikit.InputException;
import org.teikit.api.Encoded;
import org.teikit.api.Encoder;
import org.teikit.batch.Batch;
import org.teikit.batch.Progress;
import org.teikit.io.InputFiles;
import org.teikit.io.OutputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code teikit encode INPUT... -o OUT}: plain-text archive documents to TEI P5. */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Encode plain-text archive documents as TEI P5.",
                "Each NAME.txt (a file, or every .txt in a directory) becomes OUT/NAME.xml;",
                "with one input and -o FILE.xml, that file. What is written is checked first:",
                "against teikit's schema, and that every line of the input is in it (body text,",
                "a header field, or a known label or piece of site furniture). Where a guess of",
                "a recogniser breaks the schema, the document is written without that guess",
                "(then without its layer, then structure only), with a warning naming it."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every document encoded", "1:some document could not be encoded", "2:usage error"})
final class EncodeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Text files, or directories of .txt files.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Output directory, or a .xml file when there is one input.")
    Path output;

    @Mixin
    EncodingOptions encoding;

    @Option(names = "--threads", paramLabel = "N", description = "Documents encoded at once (default: all cores).")
    int threads = Batch.defaultThreads();

    @Option(names = "--quiet", description = "Print only errors.")
    boolean quiet;

    @Option(names = "--explain", description = "Print how each line of each input was read, before encoding it: "
            + "line number, class (header, label, furniture, body, unplaced), header field or block kind, and its text.")
    boolean explain;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        InputFiles.Found found = InputFiles.expand(inputs, "*.txt");
        found.problems().forEach(p -> err(p.oneLine()));
        if (found.files().isEmpty()) return 1;

        Map<Path, Path> targets = targets(found.files());
        if (explain) found.files().forEach(f -> LineExplanation.print(f, encoding.reader(), spec.commandLine().getOut()));
        Encoder encoder = encoding.encoder();
        Progress progress = Progress.of(spec.commandLine().getErr(), "encoding", found.files().size(), quiet);
        int[] counts = new int[3];
        List<String> problems = new ArrayList<>();
        Batch.forEach(found.files(), threads, in -> {
            Encoded e = encoder.encode(in);
            e.writeTo(targets.get(in));
            return e.warnings();
        }, o -> {
            progress.step();
            if (o.ok()) {
                counts[0]++;
                counts[2] += o.value().size();
                o.value().forEach(w -> problems.add(o.file() + ": " + w));
                if (!quiet) out("wrote " + targets.get(o.file()));
            } else {
                counts[1]++;
                problems.add(o.error().oneLine());
            }
        });
        // Errors after the list of files written, as the summary at the end of the run.
        problems.forEach(this::err);
        int failed = counts[1] + found.problems().size();
        progress.finish(counts[0] + counts[1], failed, counts[2]);
        return failed > 0 ? 1 : 0;
    }

    /** Where each input goes; refuses collisions and anything that would overwrite an input. */
    private Map<Path, Path> targets(List<Path> files) {
        boolean singleFile = output.getFileName() != null && output.getFileName().toString().endsWith(".xml")
                && !Files.isDirectory(output);
        if (singleFile && files.size() > 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "-o " + output + " names one file but there are " + files.size() + " inputs; give a directory");
        }
        if (Files.isRegularFile(output) && !singleFile) {
            throw new InputException(output.toString(), "the output directory is an existing file",
                    "give -o a directory, or a .xml file for a single input");
        }
        Map<Path, Path> targets = new HashMap<>();
        Map<Path, Path> byTarget = new HashMap<>();
        for (Path in : files) {
            Path target = singleFile ? output : output.resolve(InputFiles.renamed(in, ".xml"));
            Path clash = byTarget.put(target.toAbsolutePath().normalize(), in);
            if (clash != null) {
                throw new InputException(in.toString(), "would be written to the same file as " + clash + ": " + target,
                        "encode files with the same name into different output directories");
            }
            targets.put(in, target);
        }
        List<Path> all = new ArrayList<>(files);
        OutputFiles.refuseOverwritingInputs(targets.values(), all);
        return targets;
    }

    private void out(String line) {
        spec.commandLine().getOut().println(line);
    }

    private void err(String line) {
        spec.commandLine().getErr().println("teikit: " + line.replaceFirst("^teikit: ", ""));
    }
}
