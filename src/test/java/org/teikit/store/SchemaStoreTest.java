package org.teikit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.InputException;
import org.teikit.TeikitException;

/** The store as files: what goes where, under which URL, and that a refused schema leaves nothing behind. */
class SchemaStoreTest {
    private static final SchemaCheck ACCEPT = (schema, store) -> { };

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private SchemaStore store() {
        return SchemaStore.at(dir.resolve("store"));
    }

    @Test
    void aTeiReleaseIsRecognisedFromItsContentAndStoredUnderTheReleaseUrl() throws IOException {
        // Named nothing like tei_all: the content decides.
        Path f = write("downloaded-schema.rng", TestSchemas.teiRelease("4.99.1", TestSchemas.ALL));
        StoredSchema s = store().add(f, f.toString(), null, ACCEPT);
        assertEquals(TeiReleases.TEI_ALL, s.url());
        assertEquals("tei_all", s.kind());
        assertEquals("4.99.1", s.version());
        assertEquals(Files.size(f), s.size());
        assertEquals(SchemaStore.sha256(f), s.sha256());
        assertEquals(Optional.of(store().file(s)), store().find(TeiReleases.TEI_ALL));
        assertEquals("https/www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng", s.file());
    }

    @Test
    void aSmallerCustomisationIsNamedByItsFileAndVersionComparisonPrefersTheReleaseUrl() throws IOException {
        Path lite = write("tei_lite.rng", TestSchemas.teiRelease("4.10.2", TestSchemas.LITE));
        assertEquals(TeiReleases.RELAXNG_DIR + "tei_lite.rng", store().add(lite, lite.toString(), null, ACCEPT).url());
        Path older = write("old.rng", TestSchemas.teiRelease("4.9.0", TestSchemas.ALL));
        Path newer = write("new.rng", TestSchemas.teiRelease("4.10.0", TestSchemas.ALL));
        store().add(older, "old.rng", null, ACCEPT);
        store().add(newer, "new.rng", "https://example.org/mirror/tei_all.rng", ACCEPT);
        assertEquals(TeiReleases.TEI_ALL, store().tei("tei_all").orElseThrow().url());
        assertEquals("4.9.0", store().tei("tei_all").orElseThrow().version());
        assertEquals("tei_lite", store().tei("tei_lite").orElseThrow().kind());
    }

    @Test
    void aSchemaTeikitCannotNameNeedsAUrl() throws IOException {
        Path f = write("house.rng", TestSchemas.ANY_TEI_RNG);
        TeikitException e = assertThrows(TeikitException.class, () -> store().add(f, f.toString(), null, ACCEPT));
        assertTrue(e.oneLine().contains("not a TEI P5 schema") && e.oneLine().contains("--as URL"), e.oneLine());
        assertFalse(Files.exists(dir.resolve("store/index.tsv")));
    }

    @Test
    void whatIsNotRelaxNgIsRefusedSayingWhatItIs() throws IOException {
        Path html = write("page.rng", "<html><body>Not here</body></html>");
        Path text = write("notes.rng", "just words");
        TeikitException e = assertThrows(TeikitException.class, () -> store().add(html, "page.rng", "https://example.org/s.rng", ACCEPT));
        assertTrue(e.oneLine().contains("not a RELAX NG schema: its root element is <html>"), e.oneLine());
        e = assertThrows(TeikitException.class, () -> store().add(text, "notes.rng", "https://example.org/s.rng", ACCEPT));
        assertTrue(e.oneLine().startsWith("notes.rng:1:1: error: not a RELAX NG schema: the file is not well-formed XML"), e.oneLine());
        Path xsd = write("tei.xsd", "<schema/>");
        e = assertThrows(TeikitException.class, () -> store().add(xsd, "tei.xsd", "https://example.org/s.xsd", ACCEPT));
        assertTrue(e.oneLine().contains(".rng or .rnc"), e.oneLine());
    }

    @Test
    void includesComeAlongKeepingTheirPlaceBesideTheSchema() throws IOException {
        write("main.rng", """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0">
                  <include href="parts/common.rng"/>
                </grammar>
                """);
        write("parts/common.rng", TestSchemas.ANY_TEI_RNG);
        write("compact.rnc", "include \"parts/more.rnc\"\n");
        write("parts/more.rnc", "start = element TEI { text }\n");
        StoredSchema s = store().add(dir.resolve("in/main.rng"), "main.rng", "https://example.org/house/main.rng", ACCEPT);
        assertEquals(List.of("https/example.org/house/main.rng", "https/example.org/house/parts/common.rng"), s.files());
        assertTrue(Files.isRegularFile(dir.resolve("store/schemas/https/example.org/house/parts/common.rng")));
        StoredSchema c = store().add(dir.resolve("in/compact.rnc"), "compact.rnc", "https://example.org/house/compact.rnc", ACCEPT);
        assertEquals("relaxng-compact", c.kind());
        assertEquals(2, c.files().size());

        write("missing.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><include href=\"nowhere.rng\"/></grammar>");
        TeikitException e = assertThrows(TeikitException.class, () -> store().add(dir.resolve("in/missing.rng"), "missing.rng", "https://example.org/m.rng", ACCEPT));
        assertTrue(e.oneLine().contains("it includes \"nowhere.rng\", which was not found"), e.oneLine());
        write("escape.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><include href=\"../outside.rng\"/></grammar>");
        Files.writeString(dir.resolve("outside.rng"), TestSchemas.ANY_TEI_RNG);
        e = assertThrows(TeikitException.class, () -> store().add(dir.resolve("in/escape.rng"), "escape.rng", "https://example.org/e.rng", ACCEPT));
        assertTrue(e.oneLine().contains("outside its URL's site"), e.oneLine());
    }

    @Test
    void aSchemaThatFailsItsCheckLeavesTheStoreAsItWas() throws IOException {
        Path f = write("house.rng", TestSchemas.ANY_TEI_RNG);
        store().add(f, "house.rng", "https://example.org/a.rng", ACCEPT);
        byte[] index = Files.readAllBytes(dir.resolve("store/index.tsv"));
        SchemaCheck refuse = (schema, store) -> {
            throw new InputException(schema.toString(), "does not compile", null);
        };
        assertThrows(TeikitException.class, () -> store().add(f, "house.rng", "https://example.org/b.rng", refuse));
        assertEquals(new String(index), Files.readString(dir.resolve("store/index.tsv")));
        assertEquals(List.of("index.tsv", "schemas/https/example.org/a.rng"), files(dir.resolve("store")));
    }

    @Test
    void urlsCannotNameFilesOutsideTheStore() throws IOException {
        Path f = write("house.rng", TestSchemas.ANY_TEI_RNG);
        StoredSchema s = store().add(f, "house.rng", "https://example.org/../../../etc/passwd", ACCEPT);
        Path stored = store().file(s).toAbsolutePath().normalize();
        assertTrue(stored.startsWith(dir.resolve("store/schemas").toAbsolutePath()), stored.toString());
        assertEquals("https/example.org/%2E%2E/%2E%2E/%2E%2E/etc/passwd", s.file());
    }

    @Test
    void removeTakesOutTheSchemaAndTheFilesNoOtherUses() throws IOException {
        write("a.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><include href=\"common.rng\"/></grammar>");
        write("b.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><include href=\"common.rng\"/></grammar>");
        write("common.rng", TestSchemas.ANY_TEI_RNG);
        store().add(dir.resolve("in/a.rng"), "a.rng", "https://example.org/s/a.rng", ACCEPT);
        store().add(dir.resolve("in/b.rng"), "b.rng", "https://example.org/s/b.rng", ACCEPT);
        store().remove("https://example.org/s/a.rng");
        assertEquals(List.of("index.tsv", "schemas/https/example.org/s/b.rng", "schemas/https/example.org/s/common.rng"), files(dir.resolve("store")));
        store().remove("https://example.org/s/b.rng");
        assertEquals(List.of("index.tsv"), files(dir.resolve("store")));
        TeikitException e = assertThrows(TeikitException.class, () -> store().remove("https://example.org/s/b.rng"));
        assertTrue(e.oneLine().contains("teikit schemas list"), e.oneLine());
    }

    @Test
    void theStoreFollowsTheUsersSettingsAndThePlatform() {
        Map<String, String> env = Map.of("HOME", "/home/ann");
        assertEquals(Path.of("/home/ann/.local/share/teikit"), StoreLocation.of(env::get, "Linux", "/root"));
        assertEquals(Path.of("/data/teikit"), StoreLocation.of(Map.of("HOME", "/home/ann", "XDG_DATA_HOME", "/data")::get, "Linux", "/root"));
        assertEquals(Path.of("/home/ann/.local/share/teikit"), StoreLocation.of(Map.of("HOME", "/home/ann", "XDG_DATA_HOME", "rel")::get, "Linux", "/root"));
        assertEquals(Path.of("/srv/t"), StoreLocation.of(Map.of("HOME", "/home/ann", "TEIKIT_HOME", "/srv/t")::get, "Linux", "/root"));
        assertEquals(Path.of("/home/ann/Library/Application Support/teikit"), StoreLocation.of(env::get, "Mac OS X", "/root"));
        assertEquals(Path.of("/root/.local/share/teikit"), StoreLocation.of(Map.<String, String>of()::get, "Linux", "/root"));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(".lock")).sorted().toList();
        }
    }
}
