package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

@Integration
class EncodeCommandTest {
    private static final String LETTER = """
            Embassy of Ruritania
            Political Department
            Strelsau, 3 May 1961

            Note

            Comrade Rassendyll informed the Embassy about the harvest.

            [Signed] Sapt Attache
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void encodesEachTextFileOfADirectoryIntoTheOutputDirectory() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), LETTER);
        Files.writeString(in.resolve("b.txt"), LETTER.replace("Rassendyll", "Flavia"));
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("encode", in.toString(), "-o", out.toString());
        assertEquals(0, run.status(), run.toString());
        assertEquals(List.of("a.xml", "b.xml"), names(out));
        assertTrue(Files.readString(out.resolve("b.xml")).contains("Flavia"));
    }

    @Test
    void writesASingleInputToTheNamedFile() throws IOException {
        Path in = write("letter.txt", LETTER);
        Path out = dir.resolve("letter.tei.xml");
        assertEquals(0, CommandRun.of("encode", in.toString(), "-o", out.toString()).status());
        String tei = Files.readString(out);
        // teikit's schema, named by the teikit URLs that validate resolves to the copies inside the jar.
        assertTrue(tei.startsWith("""
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-model href="https://teikit.org/schema/teikit.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
                <?xml-model href="https://teikit.org/schema/teikit.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>
                <TEI\s"""), tei);
        assertTrue(tei.contains("Rassendyll"), tei);
    }

    @Test
    void whatItWritesValidatesWithNoFlagsAgainstTeikitsSchemaOffline(@TempDir Path store) throws IOException {
        Path in = write("letter.txt", LETTER);
        Path out = dir.resolve("letter.tei.xml");
        assertEquals(0, CommandRun.of("encode", in.toString(), "-o", out.toString()).status());
        // An element teikit's schema lacks (TEI allows it): refused, so teikit's schema was the one used.
        Path spoiled = Files.writeString(dir.resolve("spoiled.xml"), Files.readString(out).replaceFirst("<p>", "<p><hi>x</hi>"));
        CommandRun ok = CommandRun.of("validate", "--store", store.toString(), out.toString());
        CommandRun bad = CommandRun.of("validate", "--store", store.toString(), spoiled.toString());
        assertEquals(0, ok.status(), ok.toString());
        assertEquals("1 file, 1 valid, 0 invalid, 0 errors, 0 warnings\n", ok.out());
        assertEquals(1, bad.status(), bad.toString());
        assertTrue(bad.out().contains("<hi>"), bad.toString());
    }

    @Test
    void givesTheSameBytesOnASecondRun() throws IOException {
        Path in = write("letter.txt", LETTER);
        CommandRun.of("encode", in.toString(), "-o", dir.resolve("one").toString());
        CommandRun.of("encode", in.toString(), "-o", dir.resolve("two").toString(), "--threads", "1");
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/letter.xml")), Files.readAllBytes(dir.resolve("two/letter.xml")));
    }

    @Test
    void givesTheSameBytesWhereverTheInputLies() throws IOException {
        Path here = write("letter.txt", "Note\n\nComrade Rassendyll informed the Embassy.\n");
        Path there = Files.createDirectories(dir.resolve("elsewhere/deeper")).resolve("letter.txt");
        Files.copy(here, there);
        CommandRun.of("encode", here.toString(), "-o", dir.resolve("one").toString());
        CommandRun.of("encode", there.toAbsolutePath().toString(), "-o", dir.resolve("two").toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/letter.xml")), Files.readAllBytes(dir.resolve("two/letter.xml")));
    }

    @Test
    void reportsAMissingFileInOneLineAndExitsNonZero() {
        CommandRun run = CommandRun.of("encode", dir.resolve("nope.txt").toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, run.status());
        assertEquals(1, run.err().lines().filter(l -> l.contains("nope.txt: error: no such file or directory")).count(), run.toString());
        assertFalse(run.err().contains("Exception"), run.toString());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void reportsAnEmptyFileWithoutWritingAnything() throws IOException {
        Path in = write("empty.txt", "");
        CommandRun run = CommandRun.of("encode", in.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("empty.txt"), run.toString());
        assertFalse(Files.exists(dir.resolve("out/empty.xml")));
    }

    @Test
    void reportsBytesThatAreNotUtf8() throws IOException {
        Path in = dir.resolve("latin1.txt");
        Files.write(in, "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        CommandRun run = CommandRun.of("encode", in.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("latin1.txt:1:"), run.toString());
        assertTrue(run.err().contains("--encoding"), run.toString());
    }

    @Test
    void readsOtherEncodingsWhenTold() throws IOException {
        Path in = dir.resolve("latin1.txt");
        Files.write(in, LETTER.replace("Rassendyll", "Désirée").getBytes(StandardCharsets.ISO_8859_1));
        CommandRun run = CommandRun.of("encode", in.toString(), "-o", dir.resolve("out").toString(), "--encoding", "windows-1252");
        assertEquals(0, run.status(), run.toString());
        assertTrue(Files.readString(dir.resolve("out/latin1.xml")).contains("Désirée"));
    }

    @Test
    void refusesADirectoryWithoutTextFiles() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CommandRun run = CommandRun.of("encode", empty.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("no *.txt files"), run.toString());
    }

    @Test
    void refusesToWriteOverItsInput() throws IOException {
        Path in = write("letter.xml", LETTER);
        CommandRun run = CommandRun.of("encode", in.toString(), "-o", in.toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("would overwrite the input"), run.toString());
        assertEquals(LETTER, Files.readString(in));
    }

    @Test
    void treatsAMissingOutputOptionAsAUsageError() throws IOException {
        Path in = write("letter.txt", LETTER);
        assertEquals(2, CommandRun.of("encode", in.toString()).status());
    }

    @Test
    void explainsHowEachLineWasRead() throws IOException {
        Path in = write("note.txt", """
                May 2, 1961

                Note on the Harvest

                Contents:

                Strelsau, 3 May 1961

                Comrade Rassendyll informed the Embassy about the harvest.
                """);
        CommandRun run = CommandRun.of("encode", "--explain", in.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, run.status(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("== ") && lines.get(0).endsWith("(layout: archive export)"), run.out());
        assertTrue(lines.contains("    1  header     date               May 2, 1961"), run.out());
        assertTrue(lines.contains("    3  header     title              Note on the Harvest"), run.out());
        assertTrue(lines.contains("    5  label      contents           Contents:"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+7  body .*Strelsau, 3 May 1961")), run.out());
        assertFalse(run.out().contains("unplaced"), run.out());
    }

    @Test
    void explainsAPageCopyLineByLineFurnitureAndBlocksBelowTheTextIncluded() throws IOException {
        Path in = write("copy.txt", """
                Skip to main content
                Main navigation
                Home
                May 2, 1961
                Note on the Harvest
                Share
                Strelsau, 3 May 1961

                Comrade Rassendyll informed the Embassy about the harvest.

                Citation:

                "Note on the Harvest," May 2, 1961, Example Digital Archive, Archive X (AX), F-1, 2.

                Related Documents

                Note on the Wool Harvest
                """);
        CommandRun run = CommandRun.of("encode", "--explain", in.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, run.status(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("    2  furniture  site               Main navigation"), run.out());
        assertTrue(lines.contains("    4  header     date               May 2, 1961"), run.out());
        assertTrue(lines.contains("    5  header     title              Note on the Harvest"), run.out());
        assertTrue(lines.contains("    6  furniture  site               Share"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+7  body .*Strelsau, 3 May 1961")), run.out());
        assertTrue(lines.contains("   11  label      citation           Citation:"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+13  header     citation .*")), run.out());
        assertTrue(lines.contains("   15  furniture  site               Related Documents"), run.out());
        assertTrue(lines.contains("   17  furniture  site               Note on the Wool Harvest"), run.out());
        assertFalse(run.out().contains("unplaced"), run.out());
    }
}
