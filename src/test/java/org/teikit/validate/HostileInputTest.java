package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/** Broken, strange and hostile XML: a clear finding each, never a crash, never a read outside the file. */
@Integration
class HostileInputTest {
    private static final String SECRET = "TOP-SECRET-8d41c1";

    private static Report validate(Path file) {
        return TeikitValidation.builder().schemas(TeikitValidation.teikitSchema(SchemaCompiler.standard())).build().validate(file);
    }

    private static List<String> rules(Report r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void aMalformedFileGivesLineAndColumnAndTheNextFileIsStillChecked(@TempDir Path dir) {
        Path broken = Docs.write(dir, "a-broken.xml", Docs.withParagraph("one <date>two</p>"));
        Path fine = Docs.write(dir, "b-fine.xml", Docs.withParagraph("Fine."));
        Cli cli = Cli.run("validate", "--schema", "teikit", broken.toString(), fine.toString());
        assertEquals(1, cli.exit());
        assertTrue(cli.out().startsWith(broken + ":13:"), cli.out());
        assertTrue(cli.out().contains("not well-formed XML: The element type \"date\" must be terminated by the matching end-tag \"</date>\" [xml-malformed]"), cli.out());
        assertTrue(cli.out().endsWith("2 files, 1 valid, 1 invalid, 1 error, 0 warnings\n"), cli.out());
    }

    @Test
    void aTruncatedFileSaysWhichElementsWereLeftOpen(@TempDir Path dir) {
        String whole = Docs.withParagraph("A paragraph that is cut off here");
        Path cut = Docs.write(dir, "cut.xml", whole.substring(0, whole.indexOf("here") + 4));
        Report r = validate(cut);
        assertEquals(List.of("xml-truncated"), rules(r));
        String message = r.findings().get(0).message();
        assertTrue(message.contains("<p> (opened at line 13)") && message.contains("never closed"), message);
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty(@TempDir Path dir) throws IOException {
        assertEquals(List.of("file-empty"), rules(validate(Docs.write(dir, "empty.xml", ""))));
        assertEquals(List.of("xml-no-element"), rules(validate(Docs.write(dir, "blank.xml", "  \n\n  "))));
        assertEquals(List.of("xml-no-element"), rules(validate(Docs.write(dir, "decl.xml", "<?xml version=\"1.0\"?>\n<!-- nothing -->"))));
    }

    @Test
    void filesThatAreNotXmlAreSaidToBeNotXml(@TempDir Path dir) throws IOException {
        Path text = Docs.write(dir, "letter.xml", "Dear Comrade,\nthis is a letter, not XML.\n");
        Path png = dir.resolve("image.xml");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertEquals(List.of("xml-not-xml"), rules(validate(text)));
        assertFalse(validate(png).isValid());
        assertEquals(1, validate(png).findings().size());
    }

    @Test
    void bytesThatAreNotInTheDeclaredEncodingAreSaidToBeSo(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.xml");
        Files.write(f, Docs.withParagraph("M\u00fcller").getBytes(StandardCharsets.ISO_8859_1));
        Report r = validate(f);
        assertEquals(List.of("xml-encoding"), rules(r));
        assertTrue(r.findings().get(0).message().contains("save it as UTF-8"), r.findings().get(0).message());
        Path declared = dir.resolve("declared.xml");
        Files.write(declared, Docs.withParagraph("M\u00fcller").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(), validate(declared).textLines());
        Path utf16 = dir.resolve("utf16.xml");
        Files.write(utf16, Docs.withParagraph("M\u00fcller").replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                .getBytes(StandardCharsets.UTF_16));
        assertEquals(List.of(), validate(utf16).textLines());
    }

    @Test
    void aFileInTheWrongNamespaceIsToldWhichNamespace(@TempDir Path dir) {
        Path f = Docs.write(dir, "nons.xml", Docs.withParagraph("x").replace(" xmlns=\"http://www.tei-c.org/ns/1.0\"", ""));
        Report r = validate(f);
        assertEquals("rng-namespace", r.findings().get(0).ruleId());
        assertTrue(r.findings().get(0).message().contains("xmlns=\"http://www.tei-c.org/ns/1.0\""));
    }

    @Test
    void aFileThatIsNotTeiSaysWhatRootWasExpected(@TempDir Path dir) {
        Path f = Docs.write(dir, "page.xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Hello</p></body></html>");
        Report r = validate(f);
        assertEquals(1, r.errors());
        assertTrue(r.findings().get(0).message().contains("<TEI>"), r.findings().get(0).message());
    }

    @Test
    void anExternalEntityPointingAtALocalFileIsReportedAndNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Docs.write(dir, "secret.txt", SECRET);
        String doc = Docs.withParagraph("Leak: &xxe;").replaceFirst("\\?>\n",
                "?>\n<!DOCTYPE TEI [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n");
        Path f = Docs.write(dir, "xxe.xml", doc);
        for (String format : List.of("text", "json", "svrl")) {
            Cli cli = Cli.run("validate", "--schema", "teikit", "--format", format, f.toString());
            assertFalse(cli.all().contains(SECRET), format + ": the secret leaked:\n" + cli.all());
            assertTrue(cli.all().contains("xml-external-entity"), cli.all());
            assertEquals(1, cli.exit());
        }
    }

    @Test
    void externalEntitiesAndDtdsOnTheNetworkAreNeverFetched(@TempDir Path dir) throws IOException {
        try (Traps web = new Traps()) {
            String doc = Docs.withParagraph("Leak: &remote;").replaceFirst("\\?>\n", "?>\n<!DOCTYPE TEI SYSTEM \"" + web.url("tei.dtd")
                    + "\" [ <!ENTITY remote SYSTEM \"" + web.url("secret") + "\"> <!ENTITY % p SYSTEM \"" + web.url("p") + "\"> %p; ]>\n");
            Path f = Docs.write(dir, "remote.xml", doc);
            Report r = validate(f);
            assertEquals(0, web.requests());
            assertTrue(rules(r).containsAll(List.of("xml-external-dtd", "xml-external-entity")), r.textLines().toString());
            assertFalse(r.textLines().toString().contains("LEAKED"));
        }
    }

    @Test
    void anXmlStylesheetInstructionIsIgnored(@TempDir Path dir) throws IOException {
        try (Traps web = new Traps()) {
            Path f = Docs.write(dir, "styled.xml", Docs.withProlog("<?xml-stylesheet type=\"text/xsl\" href=\"" + web.url("x.xsl") + "\"?>", "Fine."));
            assertEquals(List.of(), validate(f).textLines());
            assertEquals(0, web.requests());
        }
    }

    @Test
    void anEntityExpansionBombIsStoppedQuicklyWithAClearError(@TempDir Path dir) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE TEI [\n <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        Path f = Docs.write(dir, "bomb.xml", Docs.withParagraph("&lol9;").replaceFirst("\\?>\n", "?>\n" + dtd));
        Report r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> validate(f));
        assertEquals(List.of("xml-entity-limit"), rules(r));
        assertTrue(r.findings().get(0).message().contains("entity-expansion bomb"));
    }

    @Test
    void aQuadraticBlowupIsStoppedToo(@TempDir Path dir) {
        String big = "x".repeat(100_000);
        Path f = Docs.write(dir, "quadratic.xml", Docs.withParagraph("&big;".repeat(1_000))
                .replaceFirst("\\?>\n", "?>\n<!DOCTYPE TEI [ <!ENTITY big \"" + big + "\"> ]>\n"));
        Report r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> validate(f));
        assertEquals(List.of("xml-entity-limit"), rules(r));
    }

    @Test
    void deeplyNestedElementsDoNotOverflowTheStack(@TempDir Path dir) throws IOException {
        int depth = 200_000;
        Path f = dir.resolve("deep.xml");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            String doc = Docs.withBody("<div type=\"section\">@</div>");
            String[] halves = doc.split("@");
            w.write(halves[0]);
            for (int i = 0; i < depth; i++) w.write("<div type=\"section\">");
            w.write("<p>Deep.</p>");
            for (int i = 0; i < depth; i++) w.write("</div>");
            w.write(halves[1]);
        }
        Report r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> validate(f));
        assertTrue(r.isValid(), r.textLines().toString());
        assertEquals(List.of("schematron-skipped"), rules(r));
    }

    @Test
    void aHugeFileStreamsThroughTheGrammarCheckInLittleMemory(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("huge.xml");
        String[] halves = Docs.withBody("@").split("@");
        long bytes;
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(halves[0]);
            String p = "<p>A paragraph of a very long document, with a <date when=\"1976-05-13\">date</date> in it.</p>\n";
            for (int i = 0; i < 600_000; i++) w.write(p);
            w.write(halves[1]);
        }
        bytes = Files.size(f);
        assertTrue(bytes > 50_000_000, "the file should be large: " + bytes);
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-cp", System.getProperty("java.class.path"), "org.teikit.cli.Main",
                "validate", "--grammar-only", "--schema", "teikit", f.toString())
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(120, TimeUnit.SECONDS), "took too long");
        assertEquals(0, java.exitValue(), output);
        assertTrue(output.contains("1 file, 1 valid"), output);
    }
}
