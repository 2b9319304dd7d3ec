package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/**
 * Encode once; afterwards the TEI belongs to the editors. A tei/NAME.xml corrected by hand
 * survives every rebuild — plain, forced, after its text changed — is what the site publishes,
 * and only --overwrite-edited encodes over it.
 */
@Integration
class EditedTeiTest {
    @TempDir
    Path dir;
    Path in;
    Path site;
    Path tei;
    String corrected;

    @BeforeEach
    void buildAndCorrect() throws IOException {
        in = Letters.write(dir.resolve("in"));
        site = dir.resolve("site");
        assertEquals(0, build().status());
        tei = site.resolve("tei").resolve("middle.xml");
        String encoded = Files.readString(tei, StandardCharsets.UTF_8);
        assertTrue(encoded.contains("Hentzau"));
        // The editor corrects a misread name.
        corrected = encoded.replace("Hentzau", "Hentzau-Rupert");
        Files.writeString(tei, corrected, StandardCharsets.UTF_8);
    }

    private CommandRun build(String... more) {
        return CommandRun.build(in, site, more);
    }

    private void assertCorrectionSurvivesAndIsPublished(CommandRun run) throws IOException {
        assertEquals(0, run.status(), run.toString());
        assertEquals(corrected, Files.readString(tei, StandardCharsets.UTF_8), "the corrected TEI is untouched");
        assertTrue(Files.readString(site.resolve("middle.html"), StandardCharsets.UTF_8).contains("Hentzau-Rupert"),
                "the page is made from the corrected TEI");
        assertEquals(1, run.err().lines().filter(l -> l.contains("tei/middle.xml was changed by hand")).count(), run.toString());
    }

    @Test
    void aPlainRebuildPublishesTheCorrection() throws IOException {
        assertCorrectionSurvivesAndIsPublished(build());
        assertCorrectionSurvivesAndIsPublished(build());
    }

    @Test
    void aForcedRebuildKeepsTheCorrection() throws IOException {
        assertCorrectionSurvivesAndIsPublished(build("--force"));
    }

    @Test
    void aChangedTextDoesNotOverwriteTheCorrection() throws IOException {
        Letters.amend(in, "middle", "The Embassy asked for seed potatoes.");
        assertCorrectionSurvivesAndIsPublished(build());
        assertCorrectionSurvivesAndIsPublished(build("--force"));
    }

    @Test
    void aTextWhoseInputIsGoneLeavesTheCorrectedTeiBehind() throws IOException {
        Files.delete(in.resolve("middle.txt"));
        CommandRun run = build();
        assertEquals(0, run.status(), run.toString());
        assertFalse(Files.exists(site.resolve("middle.html")));
        assertEquals(corrected, Files.readString(tei, StandardCharsets.UTF_8), "an editor's file is never removed");
    }

    @Test
    void overwriteEditedEncodesOverIt() throws IOException {
        Letters.amend(in, "middle", "The Embassy asked for seed potatoes.");
        CommandRun run = build("--overwrite-edited");
        assertEquals(0, run.status(), run.toString());
        String now = Files.readString(tei, StandardCharsets.UTF_8);
        assertFalse(now.contains("Hentzau-Rupert"));
        assertTrue(now.contains("seed potatoes"));
        // Teikit's own again: the next build may encode over it without the flag.
        Letters.amend(in, "middle", "The Embassy asked for seed grain.");
        CommandRun next = build();
        assertFalse(next.err().contains("changed by hand"), next.toString());
        assertTrue(Files.readString(tei, StandardCharsets.UTF_8).contains("seed grain"));
    }

    @Test
    void aTeikitFileLeftAsItWasIsEncodedAgainWhenItsTextChanges() throws IOException {
        Files.writeString(tei, corrected.replace("Hentzau-Rupert", "Hentzau"), StandardCharsets.UTF_8);
        Letters.amend(in, "middle", "The Embassy asked for seed potatoes.");
        CommandRun run = build();
        assertFalse(run.err().contains("changed by hand"), run.toString());
        assertTrue(Files.readString(tei, StandardCharsets.UTF_8).contains("seed potatoes"));
    }
}
