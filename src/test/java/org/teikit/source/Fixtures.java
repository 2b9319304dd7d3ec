package org.teikit.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The source stage's own fixtures under {@code src/test/resources/fixtures/source}. */
final class Fixtures {
    private Fixtures() { }

    static Path path(String relative) {
        URL url = Fixtures.class.getResource("/fixtures/source/" + relative);
        if (url == null) throw new IllegalArgumentException("no fixture " + relative);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SourceText read(String relative) {
        return SourceReader.auto().read(path(relative));
    }

    static ParsedPage analyse(String relative) {
        return RecordParser.analyse(read(relative));
    }

    static ArchiveRecord parse(String relative) {
        return RecordParser.parse(read(relative));
    }

    /** Every .txt fixture in a folder, sorted. */
    static List<Path> texts(String folder) {
        try (Stream<Path> files = Files.list(path(folder))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a text given inline, as if read from a file of that name. */
    static ArchiveRecord parseText(String text) {
        return RecordParser.parse(SourceText.of("inline.txt", text));
    }
}
