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
import org.teikit.SharedFiles;
import org.teikit.TeikitException;

/** Schemas as files declare them ({@code <?xml-model?>}), found offline: local paths, catalogs, well-known TEI URLs. */
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

    private static Cli validate(Path... files) {
        String[] args = new String[files.length + 1];
        args[0] = "validate";
        for (int i = 0; i < files.length; i++) args[i + 1] = files[i].toString();
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
    void noDeclarationMeansTeikitsSchemaAndAWarningSayingSo(@TempDir Path dir) {
        Path f = Docs.write(dir, "plain.xml", Docs.withParagraph("Fine."));
        Cli cli = validate(f);
        assertEquals(0, cli.exit());
        assertTrue(cli.out().startsWith(f + ": warning: the file declares no schema (no <?xml-model?> instruction), so it was checked against teikit.rng and teikit.sch"), cli.out());
    }

    @Test
    void anUnmappedUrlIsAClearErrorAndNothingIsFetched(@TempDir Path dir) throws Exception {
        try (Traps web = new Traps()) {
            String url = web.url("schemas/house.rng");
            Path f = Docs.write(dir, "doc.xml", Docs.withProlog(model(url, RNG_NS), "Fine."));
            Cli cli = validate(f);
            assertEquals(0, web.requests());
            assertEquals(1, cli.exit());
            String line = cli.out().lines().findFirst().orElseThrow();
            assertTrue(line.startsWith(f + ":2:"), line);
            assertTrue(line.contains(url) && line.contains("--catalog") && line.contains("never downloads"), line);
            assertTrue(line.endsWith("[schema-unavailable]"), line);
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
            Cli cli = Cli.run("validate", "--catalog", catalog.toString(), f.toString());
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
    void theTeisReleaseUrlMeansTheLocalTeiAll(@TempDir Path dir) {
        SharedFiles.require("tei/tei_all.rng");
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
        TeiAll nowhere = new TeiAll(Catalogs.none(), name -> null, empty, Optional.empty());
        TeikitException e = assertThrows(TeikitException.class, nowhere::require);
        assertTrue(e.oneLine().contains("$TEI_ALL_RNG") && e.oneLine().contains("--catalog") && e.oneLine().contains("tei_all.rng"), e.oneLine());
    }

    @Test
    void teiAllIsFoundThroughTheEnvironmentOrACatalog(@TempDir Path dir) {
        Path copy = Docs.write(dir, "elsewhere/tei_all.rng", ANY_TEI_RNG);
        TeiAll byEnv = new TeiAll(Catalogs.none(), name -> name.equals("TEI_ALL_RNG") ? copy.toString() : null, dir, Optional.empty());
        assertEquals(Optional.of(copy.toAbsolutePath().normalize()), byEnv.locate());
        Path catalog = Docs.write(dir, "catalog.xml", """
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                  <uri name="%s" uri="elsewhere/tei_all.rng"/>
                </catalog>
                """.formatted(TeiAll.RELEASE_URL));
        TeiAll byCatalog = new TeiAll(Catalogs.of(List.of(catalog)), name -> null, dir, Optional.empty());
        assertEquals(Optional.of(copy.toAbsolutePath().normalize()), byCatalog.locate());
    }
}
