package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nu.xom.Builder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TeikitException;

/** The in-process API the encoder and build use: compile once, validate files or memory, one report. */
class ValidatorApiTest {
    private static final String BROKEN_DATE = Fixtures.read(Fixtures.SHAPE).replace("when=\"1970-02\"", "when=\"1970-02-30\"");

    @Test
    void compilingTheSameSchemaTwiceGivesTheSameCompiledSchema() {
        assertSame(SchemaCompiler.standard().compile(SchemaSource.teikitGrammar()),
                SchemaCompiler.standard().compile(SchemaSource.teikitGrammar()));
    }

    @Test
    void validatesXmlHeldInMemoryWithLinesOfThatText() {
        Report report = TeikitValidation.teikit().validate(BROKEN_DATE, "out/doc.xml");
        Finding f = report.findings().get(0);
        assertEquals("out/doc.xml", f.file());
        assertEquals("date-invalid", f.ruleId());
        assertEquals(lineOf(BROKEN_DATE, "1970-02-30"), f.line());
        assertEquals("/TEI/text[1]/body[1]/div[1]/p[1]/date[1]/@when", f.xpath());
        assertFalse(report.isValid());
    }

    @Test
    void validatesAXomDocument() throws Exception {
        var doc = new Builder().build(BROKEN_DATE, null);
        Report report = TeikitValidation.teikit().validate(doc, "doc.xml");
        assertEquals(List.of("date-invalid"), report.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void validatesAFileAndNamesItAsGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("doc.xml");
        Files.writeString(file, BROKEN_DATE);
        Report report = TeikitValidation.teikit().validate(file);
        assertEquals(file.toString(), report.file());
        assertTrue(report.findings().get(0).textLine().startsWith(file + ":" + lineOf(BROKEN_DATE, "1970-02-30") + ":"));
    }

    @Test
    void aSchemasOwnValidatorChecksOnlyThatSchema() {
        String emptyP = Fixtures.read(Fixtures.SHAPE).replace("<p>Rights as stated", "<p/><p>Rights as stated");
        Report schemaOnly = Fixtures.teikitGrammar().newValidator().validate(emptyP, "x.xml");
        Report withChecks = TeikitValidation.teikit().validate(emptyP, "x.xml");
        assertTrue(schemaOnly.findings().stream().noneMatch(f -> f.ruleId().equals("p-empty")));
        assertTrue(withChecks.findings().stream().anyMatch(f -> f.ruleId().equals("p-empty")));
    }

    @Test
    void warningsCountAgainstValidityOnlyWhenStrict() {
        String emptyP = Fixtures.read(Fixtures.SHAPE).replace("<p>Rights as stated", "<p/><p>Rights as stated");
        Report report = TeikitValidation.builder().schemas(List.of(Fixtures.teikitGrammar())).build().validate(emptyP, "x.xml");
        assertEquals(1, report.warnings());
        assertTrue(report.isValid(false));
        assertFalse(report.isValid(true));
    }

    @Test
    void manyThreadsShareOneCompiledSchemaAndAgree() throws Exception {
        TeikitValidation validation = TeikitValidation.teikit();
        List<String> expected = validation.validate(BROKEN_DATE, "doc.xml").textLines();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) results.add(pool.submit(() -> validation.validate(BROKEN_DATE, "doc.xml").textLines()));
            for (Future<List<String>> r : results) assertEquals(expected, r.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSchemaThatDoesNotCompileIsOneClearError(@TempDir Path dir) throws Exception {
        Path rng = dir.resolve("broken.rng");
        Files.writeString(rng, "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start><ref name=\"nowhere\"/></start></grammar>");
        TeikitException e = assertThrows(TeikitException.class, () -> SchemaCompiler.standard().compile(SchemaSource.of(rng)));
        assertTrue(e.oneLine().contains("nowhere"), e.oneLine());
        assertTrue(e.oneLine().startsWith(rng + ":1:"), e.oneLine());
    }

    @Test
    void aSchematronThatDoesNotCompileIsOneClearError(@TempDir Path dir) throws Exception {
        Path sch = dir.resolve("broken.sch");
        Files.writeString(sch, "<schema xmlns=\"http://purl.oclc.org/dsdl/schematron\" queryBinding=\"xslt2\">"
                + "<pattern><rule context=\"p[\"><assert test=\"true()\">x</assert></rule></pattern></schema>");
        TeikitException e = assertThrows(TeikitException.class, () -> SchemaCompiler.standard().compile(SchemaSource.of(sch)));
        assertTrue(e.oneLine().contains("do not compile"), e.oneLine());
    }

    static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
