package org.teikit.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list of words or phrases kept as data beside the code ({@code src/main/resources/org/teikit/source}),
 * one per line, {@code #} for comments; matched case-insensitively.
 */
final class WordList {
    private final Set<String> entries;

    private WordList(Set<String> entries) {
        this.entries = entries;
    }

    static WordList load(String resource) {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : lines(resource)) entries.add(entry.toLowerCase(Locale.ROOT));
        return new WordList(Set.copyOf(entries));
    }

    /** The lines of a data file of this package, stripped, blank lines and {@code #} comments left out. */
    static List<String> lines(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) lines.add(entry);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String phrase) {
        return entries.contains(phrase.toLowerCase(Locale.ROOT));
    }

    Set<String> entries() {
        return entries;
    }
}
