package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

@Integration
class BuildCommandTest {
    private static final String LETTER = """
            Embassy of Ruritania
            Strelsau, %s

            Note

            Comrade %s informed the Embassy about the harvest in Zenda.

            [Signed] Sapt Attache
            """;

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("early.txt"), LETTER.formatted("3 May 1961", "Rassendyll"));
        Files.writeString(in.resolve("late.txt"), LETTER.formatted("9 June 1962", "Hentzau"));
        return in;
    }

    @Test
    void encodesValidatesAndRendersEveryDocumentWithTheCorpusPages() throws IOException {
        Path site = dir.resolve("site");
        CommandRun run = CommandRun.of("build", corpus().toString(), "-o", site.toString());
        assertEquals(0, run.status(), run.toString());
        for (String f : new String[] {"tei/early.xml", "tei/late.xml", "early.html", "late.html", "early.txt", "late.txt",
                "index.html", "persons.html", "places.html", "organisations.html"}) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f + " missing\n" + run);
        }
        assertTrue(Files.readString(site.resolve("tei/late.xml")).contains(">Hentzau</persName>"));
        assertTrue(Files.readString(site.resolve("late.txt")).contains("Comrade Hentzau informed"));
        String persons = Files.readString(site.resolve("persons.html"));
        assertTrue(persons.contains("Rassendyll") && persons.contains("Hentzau"), persons);
        assertTrue(run.out().contains("encoded 2 of 2 documents"), run.toString());
    }

    @Test
    void buildsTheRestWhenOneDocumentIsBad() throws IOException {
        Path in = corpus();
        Files.write(in.resolve("broken.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Path site = dir.resolve("site");
        CommandRun run = CommandRun.of("build", in.toString(), "-o", site.toString());
        assertEquals(1, run.status(), run.toString());
        assertEquals(1, run.err().lines().filter(l -> l.contains("broken.txt")).count(), run.toString());
        assertTrue(Files.exists(site.resolve("early.html")));
        assertTrue(Files.exists(site.resolve("late.html")));
        assertFalse(Files.exists(site.resolve("tei/broken.xml")));
        assertFalse(run.err().contains("Exception"), run.toString());
    }
}
