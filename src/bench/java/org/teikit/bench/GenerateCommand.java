package org.teikit.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code teikit bench generate --count N --seed S -o DIR}: a synthetic corpus for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write N synthetic archive documents (the five source layouts, varied names, dates and lengths)",
                "as DIR/doc-000000.txt…; the same seed gives the same documents, and a smaller count the first of them."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--count", required = true, paramLabel = "N", description = "how many documents")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "directory to write to")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (count < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--count must be 1 or more");
        CorpusGenerator.Corpus corpus = new CorpusGenerator(seed).write(count, output);
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d documents (%.1f MB) to %s%n",
                corpus.files().size(), corpus.bytes() / 1e6, output);
        return 0;
    }
}
