package org.teikit.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.render.Neighbours;
import org.teikit.render.Validity;

/** The build manifest as a file: what it keeps, how it reads back, and what a hash says about a file since. */
class ManifestTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(978_307_200_000L); // 2001-01-01

    @TempDir
    Path site;

    private static Manifest.Entry entry(String input, String sha256) {
        return new Manifest.Entry(input, sha256, "tei-" + sha256, "page-" + sha256, Validity.OK,
                List.of("tei/" + input + ".xml", input + ".html"), new Neighbours("a.html", "A", "", ""));
    }

    @Test
    void whatIsWrittenReadsBackTheSameWithDocumentsInInputOrder() {
        Manifest m = new Manifest("1.2.3", "settings-hash", List.of(entry("south.txt", "22"), entry("north.txt", "11"),
                new Manifest.Entry("west.xml", "33", "", "33", new Validity(Validity.INVALID, "no title"), List.of("west.html"), null)));
        assertEquals(List.of("north.txt", "south.txt", "west.xml"), m.documents().stream().map(Manifest.Entry::input).toList());
        m.write(site);
        assertTrue(Files.isRegularFile(site.resolve(".teikit/manifest.json")));
        assertEquals(m, Manifest.read(site));
        assertEquals("11", Manifest.read(site).byInput().get("north.txt").sha256());
    }

    @Test
    void noManifestOrOneThatCannotBeReadMeansRebuildEverything() throws IOException {
        assertSame(Manifest.NONE, Manifest.read(site));
        Path file = Files.createDirectories(site.resolve(".teikit")).resolve("manifest.json");
        Files.writeString(file, "{ \"teikit\": \"1.2.3\", \"documents\": [ ");
        assertSame(Manifest.NONE, Manifest.read(site), "cut short");
        Files.writeString(file, "{ \"documents\": [] }");
        assertSame(Manifest.NONE, Manifest.read(site), "no version and settings to compare with");
    }

    @Test
    void fieldsItDoesNotKnowAndFieldsItLacksAreNoHindrance() throws IOException {
        // A manifest from another teikit: an extra field, and an entry from before the TEI's hash was kept.
        Files.writeString(Files.createDirectories(site.resolve(".teikit")).resolve("manifest.json"), """
                { "teikit": "0.9", "settings": "s", "builtWith": "later", "documents": [
                  { "input": "north.txt", "sha256": "11", "outputs": ["tei/north.xml"], "colour": "blue" } ] }
                """);
        Manifest.Entry e = Manifest.read(site).byInput().get("north.txt");
        assertEquals("", e.tei());
        assertEquals("", e.page());
        assertEquals(Validity.OK, e.validity());
        assertEquals(List.of("tei/north.xml"), e.outputs());
    }

    @Test
    void writingTheSameManifestAgainLeavesTheFileAlone() throws IOException {
        Manifest m = new Manifest("1.2.3", "s", List.of(entry("north.txt", "11")));
        m.write(site);
        Path file = site.resolve(".teikit/manifest.json");
        Files.setLastModifiedTime(file, LONG_AGO);
        new Manifest("1.2.3", "s", List.of(entry("north.txt", "11"))).write(site);
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file), "a build that changed nothing writes nothing");
        new Manifest("1.2.3", "s", List.of(entry("north.txt", "12"))).write(site);
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(file));
        assertEquals("12", Manifest.read(site).byInput().get("north.txt").sha256());
    }

    @Test
    void theWrittenFileIsTheSameBytesEveryTime() throws IOException {
        Manifest m = new Manifest("1.2.3", "s", List.of(entry("south.txt", "22"), entry("north.txt", "11")));
        m.write(site);
        byte[] once = Files.readAllBytes(site.resolve(".teikit/manifest.json"));
        Files.delete(site.resolve(".teikit/manifest.json"));
        new Manifest("1.2.3", "s", List.of(entry("north.txt", "11"), entry("south.txt", "22"))).write(site);
        assertArrayEquals(once, Files.readAllBytes(site.resolve(".teikit/manifest.json")));
    }

    @Test
    void aFilesHashChangesWithItsBytesAndWithNothingElse() throws IOException {
        Path tei = Files.writeString(site.resolve("north.xml"), "<TEI>Comrade Kurvi-Tasch</TEI>\n");
        String written = Fingerprint.ofFile(tei);
        assertEquals(64, written.length());
        assertEquals(Fingerprint.of("<TEI>Comrade Kurvi-Tasch</TEI>\n"), written);

        Files.setLastModifiedTime(tei, LONG_AGO);
        Files.writeString(tei, "<TEI>Comrade Kurvi-Tasch</TEI>\n");
        assertEquals(written, Fingerprint.ofFile(tei), "written again with the same bytes: not changed");

        Files.writeString(tei, "<TEI>Comrade Kurvi-Tash</TEI>\n");
        assertNotEquals(written, Fingerprint.ofFile(tei), "one letter edited by hand: changed");
        Files.writeString(tei, "<TEI>Comrade Kurvi-Tasch</TEI>\r\n");
        assertNotEquals(written, Fingerprint.ofFile(tei), "other line ends are other bytes: changed");
    }
}
