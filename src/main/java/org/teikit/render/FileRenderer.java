package org.teikit.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.teikit.TeikitException;
import org.teikit.batch.Batch;
import org.teikit.io.OutputFiles;

/**
 * Renders TEI files to {@code OUTDIR/NAME.html} or {@code OUTDIR/NAME.txt}, on a few threads.
 * A file that fails is reported and written not at all; the others are written.
 */
public final class FileRenderer {
    private final Renderer renderer;
    private final RenderOptions options;
    private final int threads;

    /** @throws TeikitException when the renderer's customisation is for the other format (see {@link Renderer#requireFits}) */
    public FileRenderer(Renderer renderer, RenderOptions options, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be 1 or more");
        renderer.requireFits(options.format());
        this.renderer = renderer;
        this.options = options;
        this.threads = threads;
    }

    /** What a run wrote, and what it could not render (each failure one line for the user). */
    public record Outcome(List<Path> written, List<TeikitException> failures) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    public Outcome renderAll(List<Path> inputs, Path outDir) {
        return renderAll(inputs, outDir, () -> { });
    }

    /** @param fileDone called once per file, in input order, on the calling thread */
    public Outcome renderAll(List<Path> inputs, Path outDir, Runnable fileDone) {
        List<Path> files = OutputNames.distinct(inputs);
        OutputDirectory.prepare(outDir, files);
        OutputFiles.refuseOverwritingInputs(files.stream().map(f -> outputFor(f, outDir)).toList(), files);
        List<Path> written = new ArrayList<>();
        List<TeikitException> failures = new ArrayList<>();
        Batch.forEach(files, threads, f -> renderOne(f, outDir), o -> {
            if (o.ok()) written.add(o.value()); else failures.add(o.error());
            fileDone.run();
        });
        return new Outcome(List.copyOf(written), List.copyOf(failures));
    }

    public Path outputFor(Path input, Path outDir) {
        return outDir.resolve(OutputNames.stem(input) + "." + options.format().extension());
    }

    private Path renderOne(Path input, Path outDir) {
        String content = renderer.render(renderer.read(input), options);
        Path target = outputFor(input, outDir);
        OutputFiles.write(target, content.getBytes(StandardCharsets.UTF_8));
        return target;
    }
}
