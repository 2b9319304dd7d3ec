package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/** {@code teikit validate} as editors and CI call it: report lines, formats, exit status, options. */
@Integration
class ValidateCommandTest {
    private static final String LINE = "^.+:\\d+:\\d+: (error|warning): .+ \\[[\\w.:-]+\\]$";

    private record Run(int exit, String out, String err) { }

    private static Run run(String... args) {
        CommandRun r = CommandRun.of(args);
        return new Run(r.status(), r.out(), r.err());
    }

    private static String doc(String paragraph) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0">
                  <teiHeader>
                    <fileDesc>
                      <titleStmt><title>A test</title></titleStmt>
                      <publicationStmt><publisher>Tests</publisher></publicationStmt>
                      <sourceDesc><bibl>Made up for a test.</bibl></sourceDesc>
                    </fileDesc>
                  </teiHeader>
                  <text>
                    <body>
                      <div type="document">
                        <p>%s</p>
                      </div>
                    </body>
                  </text>
                </TEI>
                """.formatted(paragraph);
    }

    private static Path write(Path dir, String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void aValidFileExitsZeroAndSaysSo(@TempDir Path dir) throws Exception {
        Path ok = write(dir, "ok.xml", doc("Fine."));
        Run r = run("validate", "--schema", "teikit", ok.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("1 file, 1 valid, 0 invalid, 0 errors, 0 warnings"), r.out().lines().toList());
    }

    @Test
    void anInvalidFileExitsOneWithOneLinePerFindingThenTheSummary(@TempDir Path dir) throws Exception {
        Path bad = write(dir, "bad.xml", doc("On <date when=\"1976-02-30\">30 February</date> <hi>x</hi>."));
        Run r = run("validate", "--schema", "teikit", bad.toString());
        assertEquals(1, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals("1 file, 0 valid, 1 invalid, 2 errors, 0 warnings", lines.get(lines.size() - 1));
        for (String l : lines.subList(0, lines.size() - 1)) assertTrue(l.matches(LINE), l);
        assertTrue(lines.get(0).startsWith(bad + ":13:"), lines.get(0));
        assertTrue(lines.get(0).contains("February 1976 has 29 days"), lines.get(0));
    }

    @Test
    void directoriesAreSearchedRecursivelyAndReportedInTheSameOrderWhateverTheThreads(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 12; i++) {
            write(dir, "sub" + (i % 3) + "/doc" + i + ".xml", doc(i % 2 == 0 ? "Fine." : "<hi>bad</hi>"));
        }
        write(dir, "notes.txt", "not taken: not *.xml");
        Run one = run("validate", "--schema", "teikit", "--threads", "1", dir.toString());
        Run four = run("validate", "--schema", "teikit", "--threads", "4", dir.toString());
        assertEquals(one.out(), four.out());
        assertTrue(one.out().endsWith("12 files, 6 valid, 6 invalid, 6 errors, 0 warnings\n"), one.out());
    }

    @Test
    void globChoosesOtherFilesInDirectories(@TempDir Path dir) throws Exception {
        write(dir, "a.tei", doc("Fine."));
        write(dir, "b.xml", doc("<hi>not taken</hi>"));
        Run r = run("validate", "--schema", "teikit", "--glob", "*.tei", dir.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().startsWith("1 file, 1 valid"), r.out());
    }

    @Test
    void aMissingPathIsAFindingAndTheOtherFilesAreStillChecked(@TempDir Path dir) throws Exception {
        Path ok = write(dir, "ok.xml", doc("Fine."));
        Run r = run("validate", "--schema", "teikit", dir.resolve("gone.xml").toString(), ok.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("gone.xml: error: no such file or directory"), r.out());
        assertTrue(r.out().endsWith("2 files, 1 valid, 1 invalid, 1 error, 0 warnings\n"), r.out());
    }

    @Test
    void fileNamesWithSpacesAndAccentsAreReportedAsGiven(@TempDir Path dir) throws Exception {
        Path f = write(dir, "Brief an Genosse Müller 1976.xml", doc("<hi>x</hi>"));
        Run r = run("validate", "--schema", "teikit", f.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith(f + ":13:"), r.out());
    }

    @Test
    void aDirectoryWithoutXmlFilesIsAFinding(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Run r = run("validate", dir.resolve("empty").toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith(dir.resolve("empty") + ": error: no *.xml files in this directory"), r.out());
        assertTrue(r.out().contains("[no-files]"), r.out());
    }

    @Test
    void jsonCarriesEveryFieldAndTheXPath(@TempDir Path dir) throws Exception {
        Path bad = write(dir, "bad.xml", doc("<persName ref=\"#pers-nobody\">Nobody</persName>"));
        Run r = run("validate", "--schema", "teikit", "--format", "json", bad.toString());
        assertEquals(1, r.exit());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode finding = json.at("/files/0/findings/0");
        assertEquals(bad.toString(), finding.get("file").asText());
        assertEquals(13, finding.get("line").asInt());
        assertTrue(finding.get("column").asInt() > 0);
        assertEquals("error", finding.get("severity").asText());
        assertEquals("pointer-unresolved", finding.get("rule").asText());
        assertEquals("/TEI/text[1]/body[1]/div[1]/p[1]/persName[1]/@ref", finding.get("xpath").asText());
        assertTrue(finding.get("message").asText().contains("#pers-nobody"));
        assertFalse(json.at("/files/0/valid").asBoolean());
        assertEquals(1, json.at("/summary/invalid").asInt());
        assertEquals(1, json.at("/summary/errors").asInt());
    }

    @Test
    void svrlIsWellFormedSchematronOutput(@TempDir Path dir) throws Exception {
        Path bad = write(dir, "bad.xml", doc("<hi>x</hi> & <p/>"));
        Run r = run("validate", "--schema", "teikit", "--format", "svrl", bad.toString());
        Document svrl = new Builder().build(r.out(), null);
        XPathContext ns = new XPathContext("svrl", "http://purl.oclc.org/dsdl/svrl");
        assertEquals(1, svrl.query("/svrl:schematron-output/svrl:active-pattern", ns).size());
        assertTrue(svrl.query("//svrl:failed-assert[@role='error'][@location]/svrl:text", ns).size() >= 1);
    }

    @Test
    void warningsFailOnlyUnderStrict(@TempDir Path dir) throws Exception {
        Path warned = write(dir, "w.xml", doc("A name: <persName ref=\"#x\"/>").replace("<persName ref=\"#x\"/>", "")
                .replace("<p>A name: </p>", "<p>A name.</p><p/>"));
        Run lenient = run("validate", "--schema", "teikit", warned.toString());
        Run strict = run("validate", "--schema", "teikit", "--strict", warned.toString());
        assertEquals(0, lenient.exit(), lenient.out());
        assertTrue(lenient.out().contains("[p-empty]"), lenient.out());
        assertEquals(1, strict.exit(), strict.out());
        assertTrue(strict.out().endsWith("1 file, 0 valid, 1 invalid, 0 errors, 1 warning\n"), strict.out());
    }

    @Test
    void grammarOnlyLeavesOutSchematronAndTeikitChecks(@TempDir Path dir) throws Exception {
        Path f = write(dir, "f.xml", doc("x").replace("<p>x</p>", "<p>x</p><p/>"));
        Run r = run("validate", "--schema", "teikit", "--grammar-only", f.toString());
        assertEquals(0, r.exit());
        assertFalse(r.out().contains("p-empty"), r.out());
    }

    @Test
    void extraSchematronRunsWithItsRoles(@TempDir Path dir) throws Exception {
        Path sch = write(dir, "house.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
                  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
                  <pattern id="house">
                    <rule context="tei:p">
                      <assert id="house-no-shouting" role="warning" test="not(matches(., '[A-Z]{4,}'))">Do not shout in a paragraph.</assert>
                      <report id="house-no-todo" test="contains(., 'TODO')">A paragraph still says TODO.</report>
                    </rule>
                  </pattern>
                </schema>
                """);
        Path f = write(dir, "f.xml", doc("LOUD words, TODO later."));
        Run r = run("validate", "--schema", "teikit", "--schematron", sch.toString(), f.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains(f + ":13:12: warning: Do not shout in a paragraph. [house-no-shouting]"), r.out());
        assertTrue(r.out().contains(f + ":13:12: error: A paragraph still says TODO. [house-no-todo]"), r.out());
    }

    @Test
    void usageErrorsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path ok = write(dir, "ok.xml", doc("Fine."));
        for (String[] args : List.of(
                new String[] {"validate", "--format", "yaml", ok.toString()},
                new String[] {"validate", "--threads", "0", ok.toString()},
                new String[] {"validate", "--no-such-option", ok.toString()},
                new String[] {"validate"},
                new String[] {"validate", "--schema", dir.resolve("none.rng").toString(), ok.toString()},
                new String[] {"validate", "--schematron", dir.resolve("none.sch").toString(), ok.toString()})) {
            Run r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertTrue(r.out().isEmpty() || r.out().isBlank(), r.out());
        }
    }

    @Test
    void aSchemaThatDoesNotCompileIsAUsageErrorNamingWhere(@TempDir Path dir) throws Exception {
        Path rng = write(dir, "broken.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">\n<start><ref name=\"nowhere\"/></start></grammar>");
        Path ok = write(dir, "ok.xml", doc("Fine."));
        Run r = run("validate", "--schema", rng.toString(), ok.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("teikit: " + rng + ":2:"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void helpNamesEveryOption() {
        Run r = run("validate", "--help");
        assertEquals(0, r.exit());
        for (String option : List.of("--schema", "--schematron", "--catalog", "--format", "--strict", "--threads", "--glob", "--grammar-only")) {
            assertTrue(r.out().contains(option), option);
        }
    }
}
