package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/**
 * One bad document never stops a run, in any command: the others are done, the bad one is
 * reported at the end (file, what, where), the summary counts it and the exit status is 1.
 */
@Integration
class ErrorIsolationTest {
    @TempDir
    Path dir;

    private Path lettersWithABadOne() throws IOException {
        Path in = Letters.write(dir.resolve("in"));
        // "middle" sorts between the good ones, so the run must go on past it.
        Files.write(in.resolve("middle.txt"), new byte[] {'A', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        return in;
    }

    private static void assertReportedOnce(CommandRun run, String file) {
        assertEquals(1, run.status(), run.toString());
        List<String> lines = run.err().lines().filter(l -> l.contains(file)).toList();
        assertEquals(1, lines.size(), run.toString());
        assertTrue(lines.get(0).matches("teikit: .*" + file + ":\\d+:\\d+: error: .+"), lines.get(0));
        assertTrue(run.err().lines().anyMatch(l -> l.matches("5 documents, 1 error, 0 warnings, .* documents/s")), run.toString());
        assertFalse(run.err().contains("Exception"), run.toString());
    }

    @Test
    void encodeWritesTheOthersAndReportsTheBadOneAtTheEnd() throws IOException {
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("encode", lettersWithABadOne().toString(), "-o", out.toString());
        assertReportedOnce(run, "middle.txt");
        for (String name : List.of("early", "late", "later", "latest")) assertTrue(Files.exists(out.resolve(name + ".xml")), name);
        assertFalse(Files.exists(out.resolve("middle.xml")));
    }

    @Test
    void buildMakesTheSiteOfTheOthers() throws IOException {
        Path site = dir.resolve("site");
        CommandRun run = CommandRun.of("build", lettersWithABadOne().toString(), "-o", site.toString());
        assertReportedOnce(run, "middle.txt");
        for (String name : List.of("early", "late", "later", "latest")) assertTrue(Files.exists(site.resolve(name + ".html")), name);
        assertFalse(Files.exists(site.resolve("middle.html")));
        assertTrue(Files.readString(site.resolve("index.html")).contains("latest.html"));
    }

    @Test
    void renderWritesTheOthers() throws IOException {
        Path tei = dir.resolve("tei");
        CommandRun encoded = CommandRun.of("encode", Letters.write(dir.resolve("in")).toString(), "-o", tei.toString());
        assertEquals(0, encoded.status(), encoded.toString());
        Files.writeString(tei.resolve("middle.xml"), "<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<text><p></text></TEI>");
        Path out = dir.resolve("html");
        CommandRun run = CommandRun.of("render", tei.toString(), "--to", "html", "-o", out.toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("teikit: .*middle.xml:2:\\d+: error: .+")), run.toString());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("5 documents, 1 error")), run.toString());
        for (String name : List.of("early", "late", "later", "latest", "middle")) {
            assertEquals(!name.equals("middle"), Files.exists(out.resolve(name + ".html")), name);
        }
    }

    @Test
    void validateReportsEveryFileAndCountsTheBadOne() throws IOException {
        Path tei = dir.resolve("tei");
        CommandRun encoded = CommandRun.of("encode", Letters.write(dir.resolve("in")).toString(), "-o", tei.toString());
        assertEquals(0, encoded.status(), encoded.toString());
        Files.writeString(tei.resolve("middle.xml"), "<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<text><p></text></TEI>");
        CommandRun run = CommandRun.of("validate", "--schema", "teikit", tei.toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.out().contains("middle.xml:2:"), run.toString());
        assertTrue(run.out().contains("5 files, 4 valid, 1 invalid, 3 errors"), run.toString());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("5 documents, 3 errors")), run.toString());
    }
}
