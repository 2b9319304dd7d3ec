package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/** {@code render --customization FILE.xsl} and {@code --xslt-param NAME=VALUE}, and the same on {@code build}. */
@Integration
class RenderCustomizationCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String fixture(String relative) {
        try {
            return Path.of(RenderCustomizationCommandTest.class.getResource("/fixtures/" + relative).toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String page(Path outDir) throws Exception {
        return Files.readString(outDir.resolve("shape.html"), StandardCharsets.UTF_8);
    }

    @Test
    void aCustomisationsTemplateAndParameterShowOnThePage() throws Exception {
        Path plain = dir.resolve("plain");
        Path custom = dir.resolve("custom");
        assertEquals(0, run("render", fixture("tei/shape.xml"), "--to", "html", "-o", plain.toString()));
        assertEquals(0, run("render", fixture("tei/shape.xml"), "--to", "html", "--customization",
                fixture("customization/project.xsl"), "-o", custom.toString()), err.toString());
        String page = page(custom);
        assertTrue(page.contains("Kowalski</a><sup class=\"mv-person\">*</sup>"), page);
        assertTrue(page.contains("<footer class=\"tk-footer\"><p>Edited by the Marsh Valley Letters project.</p></footer>"), page);
        // The rest of the page is teikit's.
        String before = page(plain);
        assertEquals(before.substring(0, before.indexOf("<footer")),
                page.substring(0, page.indexOf("<footer")).replace("<sup class=\"mv-person\">*</sup>", ""));
    }

    @Test
    void anXsltParamChangesTheOutput() throws Exception {
        Path o = dir.resolve("o");
        assertEquals(0, run("render", fixture("tei/shape.xml"), "--to", "html", "--xslt-param", "footer-text=Draft, not for citation.",
                "--xslt-param", "css-href=../style/project.css", "-o", o.toString()), err.toString());
        String page = page(o);
        assertTrue(page.contains("<p>Draft, not for citation.</p></footer>"), page);
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"../style/project.css\">"), page);
    }

    @Test
    void anXsltParamReachesTheTextView() throws Exception {
        Path o = dir.resolve("t");
        assertEquals(0, run("render", fixture("tei/shape.xml"), "--to", "text", "--xslt-param", "header=false", "-o", o.toString()), err.toString());
        String text = Files.readString(o.resolve("shape.txt"), StandardCharsets.UTF_8);
        assertFalse(text.contains("Anna Example"), text);
    }

    @Test
    void anUndeclaredParameterIsOneLineAndNothingIsWritten() {
        Path o = dir.resolve("none");
        assertEquals(1, run("render", "--to", "html", "--xslt-param", "footer=x", "-o", o.toString(), fixture("tei/shape.xml")));
        assertEquals("teikit: error: no stylesheet parameter footer in html.xsl or text.xsl (parameters you can set: "
                + "html.xsl: css-href, edition-title, footer-text; text.xsl: header)\n", err.toString());
        assertFalse(Files.exists(o));
    }

    @Test
    void aParameterOfTheOtherViewIsRefusedForThisOne() {
        Path o = dir.resolve("none");
        assertEquals(1, run("render", "--to", "text", "--xslt-param", "footer-text=x", "-o", o.toString(), fixture("tei/shape.xml")));
        assertEquals("teikit: error: no stylesheet parameter footer-text in text.xsl (parameters you can set: header)\n", err.toString());
        assertFalse(Files.exists(o));
    }

    @Test
    void aCustomisationThatDoesNotCompileIsOneLineWithFileLineAndColumnAndNothingIsWritten() throws Exception {
        Path o = dir.resolve("none");
        String broken = fixture("customization/broken.xsl");
        assertEquals(1, run("render", "--to", "html", "--customization", broken, "-o", o.toString(), fixture("tei/shape.xml")));
        String line = err.toString();
        assertTrue(line.startsWith("teikit: " + broken + ":9:"), line);
        assertTrue(line.contains("error: the stylesheet does not compile"), line);
        assertEquals(1, line.lines().count(), line);
        assertFalse(Files.exists(o));
    }

    @Test
    void aCustomisationOfTheOtherViewIsRefused() throws Exception {
        Path o = dir.resolve("none");
        assertEquals(1, run("render", "--to", "text", "--customization", fixture("customization/project.xsl"), "-o", o.toString(),
                fixture("tei/shape.xml")));
        assertTrue(err.toString().contains("the stylesheet customises html.xsl, which makes html files, not txt"), err.toString());
        assertFalse(Files.exists(o));
    }

    @Test
    void aBuildsPagesIndexAndRegistersAreMadeWithTheCustomisation() throws Exception {
        Path site = dir.resolve("site");
        assertEquals(0, run("build", "--quiet", "--store", dir.resolve("store").toString(), fixture("tei/shape.xml"), "-o", site.toString(),
                "--customization", fixture("customization/project.xsl"), "--xslt-param", "edition-title=Marsh Valley Letters"), err.toString());
        String page = Files.readString(site.resolve("shape.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<sup class=\"mv-person\">*</sup>"), page);
        for (String corpusPage : new String[] {"index.html", "persons.html"}) {
            String html = Files.readString(site.resolve(corpusPage), StandardCharsets.UTF_8);
            assertTrue(html.contains("<p>Edited by the Marsh Valley Letters project.</p></footer>"), corpusPage);
            assertTrue(html.contains("<a href=\"index.html\">Marsh Valley Letters</a>"), corpusPage);
        }
        // Another value rebuilds the pages: it is part of the build's settings.
        assertEquals(0, run("build", "--quiet", "--store", dir.resolve("store").toString(), fixture("tei/shape.xml"), "-o", site.toString(),
                "--customization", fixture("customization/project.xsl"), "--xslt-param", "edition-title=Letters"), err.toString());
        assertTrue(Files.readString(site.resolve("shape.html"), StandardCharsets.UTF_8).contains("<a href=\"index.html\">Letters</a>"));
        assertTrue(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8).contains("<a href=\"index.html\">Letters</a>"));
    }

    @Test
    void aBuildWithABadCustomisationWritesNothing() {
        Path site = dir.resolve("site");
        assertEquals(1, run("build", "--quiet", "--store", dir.resolve("store").toString(), fixture("tei/shape.xml"), "-o", site.toString(),
                "--customization", fixture("customization/broken.xsl")));
        assertTrue(err.toString().startsWith("teikit: " + fixture("customization/broken.xsl") + ":9:"), err.toString());
        assertFalse(Files.exists(site));
    }
}
