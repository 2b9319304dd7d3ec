package org.teikit.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.teikit.TeikitException;

/**
 * Writes a file so that readers see the old content or the new, never half of either: the bytes
 * go to a temporary file beside the target, which is then renamed over it.
 */
public final class AtomicWrite {
    private AtomicWrite() { }

    public static void write(Path target, String content) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new TeikitException(target.toString(), "cannot write the file: " + e.getMessage(),
                    "check that the output directory exists and is writable", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is ours; a leftover is harmless and named as such.
                }
            }
        }
    }
}
