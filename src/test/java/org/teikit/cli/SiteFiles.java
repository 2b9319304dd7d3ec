package org.teikit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every file under a directory, by relative path: their bytes, and which were written since {@link #age}. */
final class SiteFiles {
    private static final FileTime LONG_AGO = FileTime.fromMillis(978_307_200_000L); // 2001-01-01

    private SiteFiles() { }

    static Map<String, byte[]> contents(Path dir) {
        Map<String, byte[]> all = new TreeMap<>();
        for (Path f : files(dir)) {
            try {
                all.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** Makes every file look long untouched, so that what a later run writes stands out. */
    static void age(Path dir) throws IOException {
        for (Path f : files(dir)) Files.setLastModifiedTime(f, LONG_AGO);
    }

    /** The files written (or made) since {@link #age}. */
    static TreeSet<String> writtenSinceAged(Path dir) throws IOException {
        TreeSet<String> written = new TreeSet<>();
        for (Path f : files(dir)) {
            if (!Files.getLastModifiedTime(f).equals(LONG_AGO)) written.add(dir.relativize(f).toString());
        }
        return written;
    }

    private static java.util.List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
