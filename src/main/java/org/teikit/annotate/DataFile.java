package org.teikit.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The recognisers' data files: UTF-8 text beside the class that reads them, one entry a line,
 * columns separated by tabs, blank lines and lines starting with {@code #} ignored. They ship
 * inside the jar, so a missing one is a build fault, not a user error.
 */
public final class DataFile {
    private DataFile() { }

    /** The rows of {@code resource} (relative to {@code owner}'s package), split at tabs. */
    public static List<String[]> rows(Class<?> owner, String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing data file " + resource + " beside " + owner.getName());
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
