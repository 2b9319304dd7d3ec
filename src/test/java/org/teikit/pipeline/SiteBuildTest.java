package org.teikit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;
import org.teikit.TeikitException;
import org.teikit.Version;
import org.teikit.annotate.DocumentAnnotator;
import org.teikit.batch.Progress;
import org.teikit.source.SourceReader;
import org.teikit.tei.TeiEncoder;

/**
 * {@link SiteBuild} driven directly: two short letters into a site (TEI, pages, text views, index,
 * registers, the manifest), and what a second build does with what did and did not change.
 */
@Integration
class SiteBuildTest {
    private static final TextToTei ENCODER = new TextToTei(SourceReader.auto(), new DocumentAnnotator()::annotate,
            new TeiEncoder(Version.get()), TextToTei.SelfCheck::teikit);
    private static final String SETTINGS = "encoding=auto\n";
    private static final FileTime LONG_AGO = FileTime.fromMillis(978_307_200_000L); // 2001-01-01

    private static final String NORTH = """
            Legation of Borduria
            Szohod, 4 April 1958

            Note

            Comrade Kurvi-Tasch told the Legation that the ferry to Klow runs again.

            [Signed] Plekszy Attache
            """;
    private static final String SOUTH = """
            Legation of Borduria
            Klow, 11 November 1959

            Note

            Comrade Alcazar asked the Legation for two tons of maize.

            [Signed] Plekszy Attache
            """;

    @TempDir
    Path dir;
    Path north;
    Path south;
    Path site;

    @BeforeEach
    void twoLetters() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        north = Files.writeString(in.resolve("north.txt"), NORTH);
        south = Files.writeString(in.resolve("south.txt"), SOUTH);
        site = dir.resolve("site");
    }

    private SiteBuild.Result build(String settings, Path... inputs) {
        return new SiteBuild(site, ENCODER, settings, 1, false).run(List.of(inputs), Progress.silent());
    }

    private SiteBuild.Result build(Path... inputs) {
        return build(SETTINGS, inputs);
    }

    @Test
    void aFirstBuildWritesTeiPagesTextViewsTheCorpusPagesAndTheManifest() {
        SiteBuild.Result r = build(north, south);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.documents());
        assertEquals(2, r.encoded());
        assertEquals(0, r.unchanged());
        assertTrue(r.corpus());
        for (String f : List.of("tei/north.xml", "tei/south.xml", "north.html", "south.html", "north.txt", "south.txt",
                "index.html", "persons.html", "places.html", "organisations.html", ".teikit/manifest.json")) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f + " is missing");
        }
        assertTrue(read("north.txt").contains("ferry to Klow"), read("north.txt"));
        assertTrue(read("index.html").contains("north.html") && read("index.html").contains("south.html"));

        Manifest m = Manifest.read(site);
        assertEquals(Version.get(), m.teikit());
        assertEquals(List.of("north.txt", "south.txt"), m.documents().stream().map(Manifest.Entry::input).toList());
        Manifest.Entry e = m.byInput().get("north.txt");
        assertEquals(Fingerprint.ofFile(north), e.sha256());
        assertEquals(Fingerprint.ofFile(site.resolve("tei/north.xml")), e.tei(), "the hash of the TEI teikit wrote");
        assertTrue(e.outputs().containsAll(List.of("tei/north.xml", "north.html", "north.txt")), e.outputs().toString());
    }

    @Test
    void aSecondBuildOfTheSameInputsWritesNothing() throws IOException {
        build(north, south);
        age();
        SiteBuild.Result again = build(north, south);
        assertEquals(0, again.encoded());
        assertEquals(2, again.unchanged());
        assertEquals(0, again.pages());
        assertFalse(again.corpus());
        assertEquals(Set.of(), writtenSinceAged());
    }

    @Test
    void aTouchedButUnchangedInputCountsAsUnchanged() throws IOException {
        build(north, south);
        Files.setLastModifiedTime(north, FileTime.fromMillis(System.currentTimeMillis()));
        assertEquals(2, build(north, south).unchanged(), "the bytes decide, not the file's time");
    }

    @Test
    void anEditedInputIsEncodedAgainAloneAndTheCorpusPagesFollow() throws IOException {
        build(north, south);
        age();
        Files.writeString(south, SOUTH.replace("two tons", "three tons"));
        SiteBuild.Result r = build(north, south);
        assertEquals(1, r.encoded());
        assertEquals(1, r.unchanged());
        assertTrue(r.corpus());
        Set<String> written = writtenSinceAged();
        assertTrue(written.containsAll(Set.of("tei/south.xml", "south.html", "south.txt", "index.html", ".teikit/manifest.json")),
                written.toString());
        assertFalse(written.contains("tei/north.xml"), written.toString());
        assertTrue(read("south.txt").contains("three tons"));
        assertEquals(Fingerprint.ofFile(south), Manifest.read(site).byInput().get("south.txt").sha256());
    }

    @Test
    void otherSettingsRebuildEveryDocument() {
        build(north, south);
        SiteBuild.Result r = build(SETTINGS + "structure-only=true\n", north, south);
        assertEquals(2, r.encoded());
        assertEquals(0, r.unchanged());
    }

    @Test
    void anInputNoLongerGivenLeavesTheSite() {
        build(north, south);
        SiteBuild.Result r = build(north);
        assertEquals(1, r.removed());
        for (String f : List.of("tei/south.xml", "south.html", "south.txt", ".teikit/summaries/south.json")) {
            assertFalse(Files.exists(site.resolve(f)), f + " is still there");
        }
        assertEquals(List.of("north.txt"), Manifest.read(site).documents().stream().map(Manifest.Entry::input).toList());
        assertFalse(read("index.html").contains("south.html"));
    }

    @Test
    void aBadInputIsReportedAndTheOthersAreBuilt() throws IOException {
        Path empty = Files.writeString(dir.resolve("in").resolve("empty.txt"), "");
        SiteBuild.Result r = build(north, empty, south);
        assertEquals(List.of(empty.toString()), r.problems().stream().map(TeikitException::file).toList());
        assertEquals(2, r.documents());
        assertTrue(Files.isRegularFile(site.resolve("north.html")) && Files.isRegularFile(site.resolve("south.html")));
        assertFalse(Files.exists(site.resolve("empty.html")));
    }

    private String read(String file) {
        try {
            return Files.readString(site.resolve(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Sets every file of the site to a time long past, so that what the next build writes shows. */
    private void age() throws IOException {
        for (Path f : files()) Files.setLastModifiedTime(f, LONG_AGO);
    }

    private Set<String> writtenSinceAged() throws IOException {
        Set<String> written = new TreeSet<>();
        for (Path f : files()) {
            if (!Files.getLastModifiedTime(f).equals(LONG_AGO)) written.add(site.relativize(f).toString().replace('\\', '/'));
        }
        return written;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
