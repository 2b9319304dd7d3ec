package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/** A second build redoes only what changed: documents by their bytes, the corpus pages when any did. */
@Integration
class IncrementalBuildTest {
    private static final Set<String> CORPUS_PAGES = Set.of("index.html", "persons.html", "places.html", "organisations.html",
            "characters.html");

    @TempDir
    Path dir;
    Path in;
    Path site;

    @BeforeEach
    void firstBuild() throws IOException {
        in = Letters.write(dir.resolve("in"));
        site = dir.resolve("site");
        CommandRun first = build();
        assertEquals(0, first.status(), first.toString());
        assertTrue(first.out().contains("encoded 5 of 5 documents"), first.toString());
        SiteFiles.age(site);
    }

    private CommandRun build(String... more) {
        return CommandRun.build(in, site, more);
    }

    @Test
    void aSecondRunOverTheSameInputsWritesNothing() throws IOException {
        CommandRun second = build();
        assertEquals(0, second.status(), second.toString());
        assertEquals(Set.of(), SiteFiles.writtenSinceAged(site));
        assertTrue(second.out().contains("encoded 0 of 5 documents") && second.out().contains("(5 unchanged since the last build)"), second.toString());
    }

    @Test
    void changingOneInputRebuildsThatDocumentAndTheCorpusPagesOnly() throws IOException {
        Letters.amend(in, "middle", "The Embassy asked for seed potatoes.");
        CommandRun second = build();
        assertEquals(0, second.status(), second.toString());
        Set<String> expected = new TreeSet<>(Set.of("tei/middle.xml", "middle.html", "middle.txt",
                ".teikit/summaries/middle.json", ".teikit/manifest.json"));
        expected.addAll(CORPUS_PAGES);
        Set<String> written = SiteFiles.writtenSinceAged(site);
        // Of the search pieces, only those whose words changed: "potatoes" is new, the index rows are not.
        assertTrue(written.contains("data/words-po.js"), written.toString());
        assertFalse(written.contains("data/docs-0.js"), written.toString());
        written.removeIf(f -> f.startsWith("data/"));
        assertEquals(expected, written);
        assertTrue(Files.readString(site.resolve("middle.txt")).contains("seed potatoes"));
    }

    @Test
    void forceRebuildsEverything() throws IOException {
        Set<String> before = new TreeSet<>(SiteFiles.contents(site).keySet());
        before.remove(".teikit/manifest.json"); // the same as before, so left alone
        before.removeIf(f -> f.startsWith("data/")); // the search pieces too, when their bytes are the same
        CommandRun forced = build("--force");
        assertEquals(0, forced.status(), forced.toString());
        Set<String> written = SiteFiles.writtenSinceAged(site);
        written.removeIf(f -> f.startsWith("data/"));
        assertEquals(before, written);
        assertTrue(forced.out().contains("encoded 5 of 5 documents"), forced.toString());
    }

    @Test
    void aDocumentWhoseInputIsGoneLeavesTheSiteAndItsNeighboursLinkPastIt() throws IOException {
        Files.delete(in.resolve("middle.txt"));
        CommandRun second = build();
        assertEquals(0, second.status(), second.toString());
        for (String f : new String[] {"tei/middle.xml", "middle.html", "middle.txt", ".teikit/summaries/middle.json"}) {
            assertFalse(Files.exists(site.resolve(f)), f);
        }
        assertFalse(Files.readString(site.resolve("index.html")).contains("middle.html"));
        assertFalse(Files.readString(site.resolve("early.html")).contains("middle.html"));
        assertTrue(Files.readString(site.resolve("early.html")).contains("late.html"));
        Set<String> written = SiteFiles.writtenSinceAged(site);
        assertTrue(written.containsAll(Set.of("early.html", "late.html")) && !written.contains("latest.html"), written.toString());
    }

    @Test
    void aNewDocumentIsAddedAndTheOthersAreNotEncodedAgain() throws IOException {
        Files.writeString(in.resolve("extra.txt"), Files.readString(in.resolve("latest.txt")).replace("1965", "1966"));
        CommandRun second = build();
        assertEquals(0, second.status(), second.toString());
        assertTrue(second.out().contains("encoded 1 of 6 documents"), second.toString());
        Set<String> written = SiteFiles.writtenSinceAged(site);
        assertTrue(written.contains("extra.html") && written.contains("latest.html") && !written.contains("tei/latest.xml"),
                written.toString());
    }

    @Test
    void changedSettingsRebuildEverything() throws IOException {
        CommandRun second = build("--structure-only");
        assertEquals(0, second.status(), second.toString());
        assertTrue(second.out().contains("encoded 5 of 5 documents"), second.toString());
        assertTrue(SiteFiles.writtenSinceAged(site).containsAll(Set.of("tei/early.xml", "tei/latest.xml")));
    }

    @Test
    void aDeletedPageIsWrittenAgain() throws IOException {
        Files.delete(site.resolve("late.html"));
        CommandRun second = build();
        assertEquals(0, second.status(), second.toString());
        assertTrue(Files.exists(site.resolve("late.html")));
    }
}
