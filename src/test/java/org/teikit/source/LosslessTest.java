package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.Integration;
import org.teikit.SharedFiles;

/**
 * Nothing is lost between the file and the record: the blocks carry every non-whitespace
 * character of the body, in order, and every other character of the file is in a metadata
 * value or on a label or chrome line.
 */
class LosslessTest {

    static Stream<Path> fixtures() {
        return Stream.concat(Fixtures.texts("layouts").stream(), Fixtures.texts("encodings").stream());
    }

    static Stream<Path> sharedDocuments() throws IOException {
        Path shared = SharedFiles.require();
        List<Path> docs = new ArrayList<>();
        for (String dir : new String[] {"seeds", "examples/docs"}) {
            Path d = shared.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> files = Files.list(d)) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(docs::add);
            }
        }
        return docs.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void keepsEveryCharacterOfAFixture(Path file) {
        assertLossless(RecordParser.analyse(SourceReader.auto().read(file)));
    }

    @Integration
    @ParameterizedTest
    @MethodSource("sharedDocuments")
    void keepsEveryCharacterOfTheSeedAndTheExamples(Path file) {
        assertLossless(RecordParser.analyse(SourceReader.auto().read(file)));
    }

    static void assertLossless(ParsedPage page) {
        String text = page.record().source().text();
        assertBlocksAreSourceSlicesInOrder(page, text);
        assertEquals(nonWhitespace(bodyWithoutFurniture(page, text)), nonWhitespace(concatenatedBlocks(page)),
                "the blocks differ from the body region");
        assertEveryCharacterAccountedFor(page, text);
        for (SourceLine l : page.record().lines()) {
            assertTrue(l.role() != SourceLine.Role.UNPLACED, "line " + l.line() + " unplaced: " + l.text(page.record().source()));
        }
        for (Field f : page.furniture()) {
            // Known furniture (a cookie notice may be a sentence), else short or at least no prose and no citation.
            assertTrue(LineShape.countWords(f.text()) <= 6 || SiteChrome.isFurniture(f.text())
                    || SiteChrome.mayBePlacedFurniture(f.text()), "a sentence was dropped as furniture: " + f.text());
        }
    }

    private static void assertBlocksAreSourceSlicesInOrder(ParsedPage page, String text) {
        int previousEnd = 0;
        for (Block b : page.record().body()) {
            assertTrue(b.offset() >= previousEnd, "blocks overlap or go backwards at offset " + b.offset());
            assertEquals(text.substring(b.offset(), b.offset() + b.text().length()), b.text());
            for (Break br : b.breaks()) {
                assertTrue(br.offset() > 0 && br.offset() < b.text().length()
                        && Character.isWhitespace(b.text().charAt(br.offset())), "break off its whitespace: " + br);
            }
            previousEnd = b.offset() + b.text().length();
        }
    }

    private static String bodyWithoutFurniture(ParsedPage page, String text) {
        boolean[] furniture = new boolean[text.length()];
        for (Field f : page.furniture()) mark(furniture, f.offset(), f.text().length());
        StringBuilder sb = new StringBuilder();
        for (int i = page.bodyStart(); i < page.bodyEnd(); i++) {
            if (!furniture[i]) sb.append(text.charAt(i));
        }
        return sb.toString();
    }

    private static String concatenatedBlocks(ParsedPage page) {
        StringBuilder sb = new StringBuilder();
        page.record().body().forEach(b -> sb.append(b.text()));
        return sb.toString();
    }

    private static void assertEveryCharacterAccountedFor(ParsedPage page, String text) {
        boolean[] covered = new boolean[text.length()];
        page.values().forEach(f -> mark(covered, f.offset(), f.text().length()));
        page.furniture().forEach(f -> mark(covered, f.offset(), f.text().length()));
        page.record().body().forEach(b -> mark(covered, b.offset(), b.text().length()));
        SourceText source = page.record().source();
        for (int i = 0; i < text.length(); i++) {
            if (!covered[i] && !Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                int end = text.indexOf('\n', i);
                fail(source.name() + ":" + source.lineOf(i) + ":" + source.columnOf(i) + ": vanished: "
                        + text.substring(i, end < 0 ? text.length() : end));
            }
        }
    }

    private static void mark(boolean[] covered, int offset, int length) {
        for (int i = offset; i < offset + length; i++) covered[i] = true;
    }

    static String nonWhitespace(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) sb.append(s.charAt(i));
        }
        return sb.toString();
    }
}
