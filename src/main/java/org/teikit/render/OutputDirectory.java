package org.teikit.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.teikit.InputException;
import org.teikit.io.OutputFiles;

/** The directory renders go to: created when missing, and never one of the inputs. */
final class OutputDirectory {
    private OutputDirectory() { }

    static Path prepare(Path dir, Collection<Path> inputs) {
        OutputFiles.refuseOverwritingInput(dir, inputs);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "the output path is a file, not a directory", "give -o a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot create the output directory: " + e.getMessage(),
                    "choose a directory you can write to", e);
        }
        return dir;
    }
}
