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
import org.teikit.TeikitException;

/**
 * Writes output so that a reader only ever sees the old file or the whole new one: the bytes go
 * to a temporary file in the same directory, which is then renamed over the target. An
 * interrupted run leaves no half-written file behind.
 */
public final class OutputFiles {
    private static final java.security.SecureRandom TEMP_NAMES = new java.security.SecureRandom();

    private OutputFiles() { }

    /** Writes {@code bytes} to {@code target} atomically, creating parent directories. */
    public static void write(Path target, byte[] bytes) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // Not Files.createTempFile: its files are private to the owner (0600), and a site's pages must
            // be as readable as any file the user makes (the umask decides). CREATE_NEW keeps it ours alone.
            tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(TEMP_NAMES.nextLong()) + ".part");
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new TeikitException(target.toString(), "cannot write here: permission denied",
                    "choose an output directory you can write to with -o");
        } catch (FileSystemException e) {
            throw new TeikitException(target.toString(), "cannot write: " + reason(e),
                    "check that the output directory exists and is writable");
        } catch (IOException e) {
            throw new TeikitException(target.toString(), "cannot write: " + e.getMessage(),
                    "check free disk space and permissions");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // Best effort: the temporary file carries a dot prefix and ".part" suffix.
                }
            }
        }
    }

    /**
     * Refuses an output path that is one of the inputs (or the same file by another name), so a
     * run can never overwrite its own source.
     */
    public static void refuseOverwritingInput(Path output, Collection<Path> inputs) {
        Path out = output.toAbsolutePath().normalize();
        for (Path in : inputs) {
            Path src = in.toAbsolutePath().normalize();
            boolean same = out.equals(src);
            if (!same && Files.exists(out) && Files.exists(src)) {
                try {
                    same = Files.isSameFile(out, src);
                } catch (IOException ignored) {
                    // Unreadable paths fail later with their own message.
                }
            }
            if (same) {
                throw new TeikitException(output.toString(), "the output would overwrite the input " + in,
                        "give -o a different file or directory");
            }
        }
    }

    private static String reason(FileSystemException e) {
        String r = e.getReason();
        return r != null ? r.toLowerCase(java.util.Locale.ROOT) : e.getClass().getSimpleName();
    }
}
