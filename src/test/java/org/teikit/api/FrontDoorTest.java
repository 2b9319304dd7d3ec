package org.teikit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;
import org.teikit.TeikitException;
import org.teikit.pipeline.SiteBuild;
import org.teikit.render.Customization;
import org.teikit.render.Format;
import org.teikit.render.Reading;
import org.teikit.validate.Finding;
import org.teikit.validate.Report;

/** The API's options, failures, findings and outputs (that they are the commands' bytes: cli.ApiGivesTheCommandsBytesTest). */
class FrontDoorTest {
    private static final String LETTER = ApiLetter.TEXT;

    @TempDir
    Path dir;

    @Test
    void structureOnlyLeavesNamesUntaggedAndReadsNoAuthorityFile() {
        Encoder bare = Encoder.standard().withStructureOnly(true).withAuthorities(List.of(dir.resolve("missing.tsv")));
        String xml = bare.encode(LETTER, "letter.txt").xml();
        assertFalse(xml.contains("<persName"), xml);
        assertTrue(xml.contains("Comrade Rassendyll informed the Embassy"), xml);
    }

    @Test
    void badOptionsFailWhereTheyAreGivenInOneLine() {
        TeikitException charset = assertThrows(TeikitException.class, () -> Encoder.standard().withEncoding("no-such-charset"));
        assertTrue(charset.oneLine().contains("unknown encoding 'no-such-charset'"), charset.oneLine());
        TeikitException authority = assertThrows(TeikitException.class,
                () -> Encoder.standard().withAuthorities(List.of(dir.resolve("missing.tsv"))));
        assertTrue(authority.oneLine().contains("missing.tsv"), authority.oneLine());
    }

    @Test
    void anEmptyTextIsRefusedNamingIt() {
        TeikitException e = assertThrows(TeikitException.class, () -> Encoder.standard().encode("", "empty.txt"));
        assertTrue(e.oneLine().startsWith("empty.txt"), e.oneLine());
    }

    @Test
    void validationFindingsAreValuesWithLineAndRule() {
        String tei = Encoder.standard().encode(LETTER, "letter.txt").xml();
        assertTrue(Validator.standard().validate(tei, "letter.xml").isValid());

        String broken = tei.replaceFirst("<p>", "<p><p>");
        Report report = Validator.standard().withSchema("teikit").validate(broken, "letter.xml");
        assertFalse(report.isValid());
        Finding first = report.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
        assertEquals("letter.xml", first.file());
        assertTrue(first.line() > 0 && !first.ruleId().isEmpty(), first.textLine());
    }

    @Test
    void aSchemaFileThatIsNotThereFailsAtPrepare() {
        Validator v = Validator.standard().withSchema(dir.resolve("none.rng").toString());
        TeikitException e = assertThrows(TeikitException.class, v::prepare);
        assertTrue(e.oneLine().contains("schema file not found"), e.oneLine());
    }

    @Test
    void rendersTheSameTeiAsPageAndAsText() throws Exception {
        Path tei = dir.resolve("letter.xml");
        Encoder.standard().encode(LETTER, "letter.txt").writeTo(tei);
        String page = Renderer.html().render(tei);
        assertTrue(page.contains("<html") && page.contains("Rassendyll"), page);
        String text = Renderer.text().withReading(Reading.DIPLOMATIC).withWidth(30).render(Files.readString(tei), "letter.xml");
        assertTrue(text.contains("Rassendyll"), text);
    }

    @Test
    void aCustomisationChangesThePagesAndNoneGivesTeikitsOwnBack() throws Exception {
        Customization project = Customization.NONE.withStylesheet(fixture("project.xsl"));
        String tei = Encoder.standard().encode(LETTER, "letter.txt").xml();
        String page = Renderer.html().withCustomization(project).render(tei, "letter.xml");
        assertTrue(page.contains("<p>Edited by the Marsh Valley Letters project.</p></footer>"), page);
        String footer = Renderer.html().withCustomization(project.withParam("footer-text", "Draft.")).render(tei, "letter.xml");
        assertTrue(footer.contains("<p>Draft.</p></footer>"), footer);
        assertEquals(Renderer.html().render(tei, "letter.xml"),
                Renderer.html().withCustomization(project).withCustomization(Customization.NONE).render(tei, "letter.xml"));
    }

    @Test
    void aCustomisationOfTheTextViewServesTextAloneAndFailsWhereItIsGiven() throws Exception {
        Customization text = Customization.NONE.withStylesheet(fixture("plain-text.xsl")).withParam("mv-signature", "MV");
        String tei = Encoder.standard().encode(LETTER, "letter.txt").xml();
        Renderer r = Renderer.text().withCustomization(text);
        assertTrue(r.render(tei, "letter.xml").endsWith("-- MV\n"), r.render(tei, "letter.xml"));
        TeikitException html = assertThrows(TeikitException.class, () -> Renderer.html().withCustomization(text));
        assertTrue(html.oneLine().contains("the stylesheet customises text.xsl"), html.oneLine());
        assertThrows(TeikitException.class, () -> r.withFormat(Format.HTML));
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(FrontDoorTest.class.getResource("/fixtures/customization/" + name).toURI());
    }

    @Test
    @Integration // writes a whole site
    void buildsASiteFromADirectoryAndSaysWhatIsMissing() throws Exception {
        Path in = Files.createDirectories(dir.resolve("letters"));
        Files.writeString(in.resolve("letter.txt"), LETTER);
        SiteBuild.Result r = Site.standard().withThreads(1).build(dir.resolve("site"), List.of(in, dir.resolve("gone")));
        assertEquals(1, r.encoded());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).oneLine().startsWith(dir.resolve("gone").toString()), r.problems().get(0).oneLine());
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
        assertTrue(Files.readString(dir.resolve("site/letter.html")).contains("Rassendyll"));
    }
}
