package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;
import org.teikit.SharedFiles;
import org.teikit.TeikitException;
import org.teikit.store.SchemaStore;

/** Schemas as files declare them ({@code <?xml-model?>}), found offline: local paths, catalogs, well-known TEI URLs. */
@Integration
class DeclaredSchemaTest {
    /** Takes any TEI element with anything in it: a document with teikit-invalid markup passes only if this is used. */
    private static final String ANY_TEI_RNG = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0">
              <start><element name="TEI"><ref name="any"/></element></start>
              <define name="any"><zeroOrMore><choice><attribute><anyName/></attribute><text/>
                <element><anyName/><ref name="any"/></element></choice></zeroOrMore></define>
            </grammar>
            """;
    private static final String ANY_TEI_RNC = """
            default namespace = "http://www.tei-c.org/ns/1.0"
            start = element TEI { any }
            any = (attribute * { text } | text | element * { any })*
            """;
    private static final String HI = "<hi rend=\"bold\">teikit's schema has no hi</hi>";

    private static String model(String href, String schematypens) {
        return "<?xml-model href=\"" + href + "\" type=\"application/xml\" schematypens=\"" + schematypens + "\"?>";
    }

    private static final String RNG_NS = "http://relaxng.org/ns/structure/1.0";
    private static final String SCH_NS = "http://purl.oclc.org/dsdl/schematron";

    /** An empty store of the test's own, so whatever the user running the tests has stored plays no part. */
    @TempDir
    Path store;

    private Cli validate(Path... files) {
        String[] args = new String[files.length + 3];
        args[0] = "validate";
        args[1] = "--store";
        args[2] = store.toString();
        for (int i = 0; i < files.length; i++) args[i + 3] = files[i].toString();
        return Cli.run(args);
    }

    @Test
    void aRelativeXmlModelDeclarationChoosesTheSchema(@TempDir Path dir) {
        Docs.write(dir, "schemas/any.rng", ANY_TEI_RNG);
        Path f = Docs.write(dir, "doc.xml", Docs.withProlog(model("schemas/any.rng", RNG_NS), HI));
        Cli cli = validate(f);
        assertEquals(0, cli.exit(), cli.out());
        assertEquals("1 file, 1 valid, 0 invalid, 0 errors, 0 warnings\n", cli.out());
    }

    @Test
    void aCompactSyntaxSchemaWorksToo(@TempDir Path dir) {
        Docs.write(dir, "any.rnc", ANY_TEI_RNC);
        Path ok = Docs.write(dir, "ok.xml", Docs.withProlog("<?xml-model href=\"any.rnc\" type=\"application/relax-ng-compact-syntax\"?>", HI));
        Path bad = Docs.write(dir, "bad.xml", "<?xml-model href=\"any.rnc\" type=\"application/relax-ng-compact-syntax\"?>\n<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"/>");
        Cli cli = validate(ok, bad);
        assertTrue(cli.out().contains("bad.xml:2:"), cli.out());
        assertTrue(cli.out().endsWith("2 files, 1 valid, 1 invalid, 1 error, 0 warnings\n"), cli.out());
    }

    @Test
    void withNoTeiSchemaStoredAFileDeclaringNoneGetsTheRulesAndTheRunOneWarningOnAddingTeiAll(@TempDir Path dir) {
        // <hi> is TEI but not teikit's: teikit's strict subset must not be the default.
        Path a = Docs.write(dir, "a.xml", Docs.withParagraph(HI));
        // Declaring tei_all by one of its URLs, with none at hand, is the same case: TEI P5 that one `schemas add` makes checkable.
        Path b = Docs.write(dir, "b.xml", Docs.withProlog(model("http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng", RNG_NS)
                + "\n" + model("http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng", SCH_NS), "Fine."));
        Cli cli = validate(a, b);
        assertEquals(0, cli.exit(), cli.out());
        assertEquals(List.of("teikit: warning: 2 files of TEI P5 (declaring tei_all or no schema) were checked without a grammar (well-formedness, TEI namespace and "
                        + "teikit's rules only): no TEI P5 schema is in the schema store (" + store.toAbsolutePath().normalize() + "); "
                        + TeiAll.HOW_TO_ADD + " [schema-tei-missing]",
                "2 files, 2 valid, 0 invalid, 0 errors, 1 warning"), cli.lines());
        assertTrue(TeiAll.HOW_TO_ADD.contains("teikit schemas fetch tei-all") && TeiAll.HOW_TO_ADD.contains("teikit schemas add tei_all.rng"));
    }

    @Test
    void withNoGrammarTeikitsRulesStillRunAndTheRootMustBeTei(@TempDir Path dir) {
        Path dangling = Docs.write(dir, "dangling.xml", Docs.withParagraph("<persName ref=\"#nobody\">X</persName>"));
        Path foreign = Docs.write(dir, "foreign.xml", "<TEI><text/></TEI>");
        Cli cli = validate(dangling, foreign);
        assertEquals(1, cli.exit(), cli.out());
        assertTrue(cli.out().contains("[pointer-unresolved]"), cli.out());
        assertTrue(cli.out().contains(foreign + ":1:1: error: the root element <TEI> is in no namespace: a TEI document's root is"), cli.out());
    }

    @Test
    void aStoredTeiAllChecksWhatDeclaresNothingWithOneNoteForTheRun(@TempDir Path dir) {
        Path rng = SharedFiles.require("tei/tei_all.rng");
        Cli add = Cli.run("schemas", "add", "--store", store.toString(), rng.toString());
        assertEquals(0, add.exit(), add.all());
        assertTrue(add.out().startsWith("added " + TeiAll.RELEASE_URL + " (tei_all, TEI P5 4.11.0, 1,121,464 bytes) sha256 42ec49d9"), add.out());
        Path ok = Docs.write(dir, "ok.xml", Docs.withParagraph(HI));
        Path bad = Docs.write(dir, "bad.xml", Docs.withParagraph("<unheard>of</unheard>"));
        Cli cli = validate(ok, bad);
        assertEquals(1, cli.exit(), cli.out());
        assertFalse(cli.out().contains(ok.toString()), cli.out());
        assertTrue(cli.out().contains(bad + ":13:") && cli.out().contains("<unheard>"), cli.out());
        assertTrue(cli.out().contains("teikit: note: 2 files declaring no schema were checked against tei_all (TEI P5 4.11.0) from the schema store"), cli.out());
        assertTrue(cli.out().endsWith("2 files, 1 valid, 1 invalid, 1 error, 0 warnings\n"), cli.out());
    }

    @Test
    void anUnavailableSchemaMeansNotCheckedNotInvalidAndNothingIsFetched(@TempDir Path dir) throws Exception {
        try (Traps web = new Traps()) {
            String url = web.url("schemas/house.rng");
            Path f = Docs.write(dir, "doc.xml", Docs.withProlog(model(url, RNG_NS), "Fine."));
            Path fine = Docs.write(dir, "fine.xml", Docs.withProlog(model("any.rng", RNG_NS), "Fine."));
            Docs.write(dir, "any.rng", ANY_TEI_RNG);
            Cli cli = validate(f, fine);
            assertEquals(0, web.requests());
            assertEquals(3, cli.exit(), cli.out());
            String line = cli.out().lines().findFirst().orElseThrow();
            assertTrue(line.startsWith(f + ":2:") && line.contains(": warning: not checked: the schema " + url + " is not in the schema store"), line);
            assertTrue(line.contains("teikit schemas add FILE --as " + url) && line.contains("teikit schemas fetch " + url), line);
            assertTrue(line.endsWith("[schema-unavailable]"), line);
            assertTrue(cli.out().endsWith("2 files, 1 valid, 0 invalid, 1 not checked, 0 errors, 1 warning\n"), cli.out());

            Cli strict = Cli.run("validate", "--store", store.toString(), "--strict", f.toString());
            assertEquals(1, strict.exit(), strict.out());
            assertTrue(strict.out().endsWith("1 file, 0 valid, 1 invalid, 0 errors, 1 warning\n"), strict.out());

            Cli json = Cli.run("validate", "--store", store.toString(), "--format", "json", f.toString());
            assertTrue(json.out().contains("\"outcome\" : \"not-checked\"") && json.out().contains("\"notChecked\" : 1"), json.out());
            Cli svrl = Cli.run("validate", "--store", store.toString(), "--format", "svrl", f.toString());
            assertTrue(svrl.out().contains("teikit:outcome=\"not-checked\"") && svrl.out().contains("not-checked=\"1\""), svrl.out());

            Docs.write(dir, "house.rng", ANY_TEI_RNG);
            Cli add = Cli.run("schemas", "add", "--store", store.toString(), dir.resolve("house.rng").toString(), "--as", url);
            assertEquals(0, add.exit(), add.all());
            Cli after = validate(f);
            assertEquals(0, after.exit(), after.out());
            assertEquals(0, web.requests());
        }
    }

    @Test
    void aCatalogMapsTheUrlToALocalCopy(@TempDir Path dir) throws Exception {
        try (Traps web = new Traps()) {
            String url = web.url("schemas/house.rng");
            Docs.write(dir, "local/house.rng", ANY_TEI_RNG);
            Path catalog = Docs.write(dir, "catalog.xml", """
                    <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                      <uri name="%s" uri="local/house.rng"/>
                    </catalog>
                    """.formatted(url));
            Path f = Docs.write(dir, "doc.xml", Docs.withProlog(model(url, RNG_NS), HI));
            Cli cli = Cli.run("validate", "--store", store.toString(), "--catalog", catalog.toString(), f.toString());
            assertEquals(0, web.requests());
            assertEquals(0, cli.exit(), cli.out());
        }
    }

    @Test
    void aCatalogThatIsNotOneIsAUsageError(@TempDir Path dir) {
        Path f = Docs.write(dir, "doc.xml", Docs.withParagraph("Fine."));
        Path notCatalog = Docs.write(dir, "catalog.xml", "<catalogue>oops</catalogue>");
        Path broken = Docs.write(dir, "broken.xml", "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">");
        Cli wrongRoot = Cli.run("validate", "--catalog", notCatalog.toString(), f.toString());
        Cli malformed = Cli.run("validate", "--catalog", broken.toString(), f.toString());
        Cli missing = Cli.run("validate", "--catalog", dir.resolve("none.xml").toString(), f.toString());
        assertEquals(2, wrongRoot.exit());
        assertTrue(wrongRoot.err().contains("not an OASIS XML catalog"), wrongRoot.err());
        assertEquals(2, malformed.exit());
        assertTrue(malformed.err().startsWith("teikit: " + broken + ":1:"), malformed.err());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("catalog file not found"), missing.err());
    }

    @Test
    void theTeisReleaseUrlMeansTheStoredTeiAll(@TempDir Path dir) {
        Cli add = Cli.run("schemas", "add", "--store", store.toString(), SharedFiles.require("tei/tei_all.rng").toString());
        assertEquals(0, add.exit(), add.all());
        Path f = Docs.write(dir, "doc.xml", Docs.withProlog(
                model("https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng", RNG_NS) + "\n"
                        + model("https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng", SCH_NS), HI));
        Path dated = Docs.write(dir, "dated.xml", Docs.withProlog(
                model("http://www.tei-c.org/Vault/P5/4.9.0/xml/tei/custom/schema/relaxng/tei_all.rng", RNG_NS),
                "<date when=\"1976\" from=\"1975\" to=\"1977\">then</date>"));
        Cli cli = validate(f, dated);
        assertFalse(cli.out().contains("schema-none") || cli.out().contains("schema-unavailable"), cli.out());
        assertTrue(cli.out().contains("dated.xml:14:") && cli.out().contains("The @when attribute cannot be used"), cli.out());
        assertTrue(cli.out().startsWith(dated.toString()), "doc.xml is valid against tei_all: " + cli.out());
    }

    @Test
    void aDeclaredSchematronFileRuns(@TempDir Path dir) {
        Docs.write(dir, "rules.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
                  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
                  <pattern><rule context="tei:p"><assert id="no-x" test="not(contains(., 'x'))">No x in paragraphs.</assert></rule></pattern>
                </schema>
                """);
        Docs.write(dir, "any.rng", ANY_TEI_RNG);
        Path f = Docs.write(dir, "doc.xml", Docs.withProlog(model("any.rng", RNG_NS) + "\n" + model("rules.sch", SCH_NS), "x marks it"));
        Cli cli = validate(f);
        assertTrue(cli.out().contains("error: No x in paragraphs. [no-x]"), cli.out());
    }

    @Test
    void aMissingLocalSchemaOrAnXmlSchemaIsReportedForThatFile(@TempDir Path dir) {
        Path missing = Docs.write(dir, "missing.xml", Docs.withProlog(model("nowhere.rng", RNG_NS), "Fine."));
        Path xsd = Docs.write(dir, "xsd.xml", Docs.withProlog("<?xml-model href=\"tei.xsd\" schematypens=\"http://www.w3.org/2001/XMLSchema\"?>", "Fine."));
        Cli cli = validate(missing, xsd);
        assertTrue(cli.out().contains("missing.xml:2:") && cli.out().contains("was not found") && cli.out().contains("[schema-unavailable]"), cli.out());
        assertTrue(cli.out().contains("xsd.xml:2:") && cli.out().contains("[schema-unsupported]"), cli.out());
    }

    @Test
    void withoutTeiAllTheErrorSaysHowToGetIt(@TempDir Path empty) {
        // Nothing beside the working directory or the jar counts, whatever the machine has there.
        TeiAll nowhere = new TeiAll(Catalogs.none(), SchemaStore.at(empty), name -> null);
        TeikitException e = assertThrows(TeikitException.class, nowhere::require);
        assertTrue(e.oneLine().contains("teikit schemas fetch tei-all") && e.oneLine().contains("teikit schemas add tei_all.rng"), e.oneLine());
        Cli cli = Cli.run("validate", "--store", empty.toString(), "--schema", "tei-all", Docs.write(empty, "a.xml", Docs.withParagraph("x")).toString());
        assertEquals(2, cli.exit());
        assertTrue(cli.err().startsWith("teikit: tei_all.rng: error: the official TEI schema is not in the schema store"), cli.err());
    }

    @Test
    void teiAllIsFoundThroughTheEnvironmentOrACatalog(@TempDir Path dir) {
        Path copy = Docs.write(dir, "elsewhere/tei_all.rng", ANY_TEI_RNG);
        TeiAll byEnv = new TeiAll(Catalogs.none(), SchemaStore.at(dir.resolve("store")), name -> name.equals("TEI_ALL_RNG") ? copy.toString() : null);
        assertEquals(Optional.of(copy.toAbsolutePath().normalize()), byEnv.locate());
        Path catalog = Docs.write(dir, "catalog.xml", """
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                  <uri name="%s" uri="elsewhere/tei_all.rng"/>
                </catalog>
                """.formatted(TeiAll.RELEASE_URL));
        TeiAll byCatalog = new TeiAll(Catalogs.of(List.of(catalog)), SchemaStore.at(dir.resolve("store")), name -> null);
        assertEquals(Optional.of(copy.toAbsolutePath().normalize()), byCatalog.locate());
    }
}
