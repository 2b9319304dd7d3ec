package org.teikit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teikit.InputException;

/**
 * A run's input files, indexed once by path and by file identity (device and inode where the
 * platform gives them), so that checking each of N outputs against N inputs costs a look-up per
 * output instead of a file-system call per pair — at 10,000 documents the pairs were 10^8.
 */
public final class InputIndex {
    private final Map<Path, Path> byPath = new HashMap<>();
    private final Map<Object, Path> byIdentity = new HashMap<>();
    /** Inputs on a platform that gives no file identity: compared one by one, as before. */
    private final List<Path> withoutIdentity = new ArrayList<>();

    public InputIndex(Collection<Path> inputs) {
        for (Path in : inputs) {
            byPath.putIfAbsent(in.toAbsolutePath().normalize(), in);
            Object identity = identity(in);
            if (identity != null) byIdentity.putIfAbsent(identity, in);
            else if (Files.exists(in)) withoutIdentity.add(in);
        }
    }

    /** Refuses an output path that is one of the inputs (or the same file by another name). */
    public void refuseAsOutput(Path output) {
        Path out = output.toAbsolutePath().normalize();
        Path same = byPath.get(out);
        if (same == null && Files.exists(out)) {
            Object identity = identity(out);
            if (identity != null) same = byIdentity.get(identity);
            for (int i = 0; same == null && i < withoutIdentity.size(); i++) {
                if (isSameFile(out, withoutIdentity.get(i))) same = withoutIdentity.get(i);
            }
        }
        if (same != null) {
            throw new InputException(output.toString(), "the output would overwrite the input " + same,
                    "give -o a different file or directory");
        }
    }

    private static @Nullable Object identity(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            // Missing or unreadable: it cannot be overwritten through another name here, and fails later with its own message.
            return null;
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
