package org.teikit.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.teikit.TeikitException;

/** The directory renders go to: created when missing, and never allowed to overwrite an input. */
final class OutputDirectory {
    private OutputDirectory() { }

    static Path prepare(Path dir, Collection<Path> inputs) {
        for (Path input : inputs) {
            if (same(dir, input)) {
                throw new TeikitException(dir.toString(), "the output directory is one of the input files",
                        "give -o a directory, not a TEI file");
            }
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new TeikitException(dir.toString(), "the output path is a file, not a directory", "give -o a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new TeikitException(dir.toString(), "cannot create the output directory: " + e.getMessage(),
                    "choose a directory you can write to", e);
        }
        if (!Files.isWritable(dir)) {
            throw new TeikitException(dir.toString(), "the output directory is not writable", "choose a directory you can write to");
        }
        return dir;
    }

    /** Refuses an output file that is one of the inputs (say, text output named like its input). */
    static void requireNotInput(Path output, Collection<Path> inputs) {
        for (Path input : inputs) {
            if (same(output, input)) {
                throw new TeikitException(input.toString(), "rendering would overwrite this input file with " + output,
                        "write the output to another directory with -o");
            }
        }
    }

    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) return true;
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
