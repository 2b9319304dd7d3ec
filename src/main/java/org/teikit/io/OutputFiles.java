package org.teikit.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.teikit.InputException;

/**
 * Writes output so that a reader only ever sees the old file or the whole new one: the bytes go
 * to a temporary file in the same directory, which is then renamed over the target. An
 * interrupted run leaves no half-written file behind.
 */
public final class OutputFiles {
    private static final java.security.SecureRandom TEMP_NAMES = new java.security.SecureRandom();
    /**
     * Temporary files being written right now. A run stopped by Ctrl-C or a plain kill (SIGTERM)
     * deletes them on its way out; only a hard kill (SIGKILL) can leave one, hidden (dot prefix)
     * and named {@code .part}, never at the target's own name.
     */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OutputFiles::deleteInFlight, "teikit-cleanup"));
    }

    private OutputFiles() { }

    /** Writes {@code bytes} to {@code target} atomically, creating parent directories. */
    public static void write(Path target, Bytes bytes) {
        write(target, bytes.shared());
    }

    /** Writes {@code bytes} to {@code target} atomically, creating parent directories. */
    public static void write(Path target, byte[] bytes) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // Not Files.createTempFile: its files are private to the owner (0600), and a site's pages must
            // be as readable as any file the user makes (the umask decides). CREATE_NEW keeps it ours alone.
            tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(TEMP_NAMES.nextLong()) + ".part");
            IN_FLIGHT.add(tmp);
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            IN_FLIGHT.remove(tmp);
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new InputException(target.toString(), "cannot write here: permission denied",
                    "choose an output directory you can write to with -o");
        } catch (FileSystemException e) {
            throw new InputException(target.toString(), "cannot write: " + reason(e),
                    "check that the output directory exists and is writable");
        } catch (IOException e) {
            throw new InputException(target.toString(), "cannot write: " + e.getMessage(),
                    "check free disk space and permissions");
        } finally {
            if (tmp != null) {
                delete(tmp);
                IN_FLIGHT.remove(tmp);
            }
        }
    }

    private static void deleteInFlight() {
        IN_FLIGHT.forEach(OutputFiles::delete);
    }

    private static void delete(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // Best effort: the temporary file carries a dot prefix and ".part" suffix.
        }
    }

    /**
     * Refuses an output directory that holds one of the input files, or that lies inside a
     * directory given as input, for a command that writes files of the kind it reads ({@code build}
     * writes a text view {@code NAME.txt} per document): the first would overwrite an input, the
     * second would feed the outputs back in as documents on the next run.
     *
     * @param inputArgs  the files and directories as given on the command line
     * @param inputFiles the files found in them
     */
    public static void refuseDirectoryAmongInputs(Path dir, Collection<Path> inputArgs, Collection<Path> inputFiles) {
        Path out = real(dir);
        for (Path in : inputFiles) {
            if (real(in).startsWith(out)) {
                throw new InputException(dir.toString(), "the output directory holds the input " + in
                        + ", which its files could overwrite", "give -o a directory outside the inputs");
            }
        }
        for (Path arg : inputArgs) {
            if (Files.isDirectory(arg) && out.startsWith(real(arg))) {
                throw new InputException(dir.toString(), "the output directory lies inside the input directory " + arg
                        + ", so what is written there would be read as input next time", "give -o a directory outside the inputs");
            }
        }
    }

    /** The path with symbolic links resolved as far as it exists, so two names of one directory compare equal. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    /**
     * Refuses an output path that is one of the inputs (or the same file by another name), so a
     * run can never overwrite its own source.
     */
    public static void refuseOverwritingInput(Path output, Collection<Path> inputs) {
        new InputIndex(inputs).refuseAsOutput(output);
    }

    /** Like {@link #refuseOverwritingInput} for each of many outputs, with the inputs indexed once. */
    public static void refuseOverwritingInputs(Collection<Path> outputs, Collection<Path> inputs) {
        InputIndex index = new InputIndex(inputs);
        for (Path output : outputs) index.refuseAsOutput(output);
    }

    private static String reason(FileSystemException e) {
        String r = e.getReason();
        return r != null ? r.toLowerCase(java.util.Locale.ROOT) : e.getClass().getSimpleName();
    }
}
