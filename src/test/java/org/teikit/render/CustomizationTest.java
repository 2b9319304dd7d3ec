package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TeikitException;

/** A project's own stylesheet and parameter values, through the render API. */
class CustomizationTest {
    private static final String DEFAULT_FOOTER_START = "<footer class=\"tk-footer\"><p>Made with teikit";
    private static final String MARK = "<sup class=\"mv-person\">*</sup>";

    @TempDir
    Path dir;

    private static Path customization(String name) {
        return Fixtures.path("customization/" + name);
    }

    private static Renderer with(Customization c) {
        return Renderer.get().customized(c);
    }

    @Test
    void aCustomisationOverridesOneTemplateAndOneParameterAndLeavesTheRestOfThePageAsItWas() {
        XdmNode tei = Fixtures.read("tei/shape.xml");
        String plain = Renderer.get().render(tei, RenderOptions.html());
        String custom = with(Customization.NONE.withStylesheet(customization("project.xsl"))).render(tei, RenderOptions.html());

        assertTrue(custom.contains("<footer class=\"tk-footer\"><p>Edited by the Marsh Valley Letters project.</p></footer>"), custom);
        assertTrue(custom.contains("Kowalski</a>" + MARK), custom);
        // Without the template's marks and with teikit's footer back, the page is teikit's own, byte for byte.
        String restored = custom.replace(MARK, "").replaceFirst("<footer class=\"tk-footer\"><p>[^<]*</p></footer>",
                java.util.regex.Matcher.quoteReplacement(footerOf(plain)));
        assertEquals(plain, restored);
        // Only persons are marked; places and organisations are not.
        assertFalse(custom.contains("USSR</a>" + MARK), custom);
    }

    @Test
    void aParameterValueChangesEveryPageWithoutAStylesheet() {
        XdmNode tei = Fixtures.read("tei/shape.xml");
        Renderer r = with(Customization.NONE.withParam("css-href", "project.css").withParam("edition-title", "Marsh Valley Letters"));
        String page = r.render(tei, RenderOptions.html());
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"project.css\">"), page);
        assertTrue(page.contains("<p class=\"tk-brand\">Marsh Valley Letters</p>"), page);
        assertFalse(Renderer.get().render(tei, RenderOptions.html()).contains("project.css"));
    }

    @Test
    void aParameterGivenToACustomisationOverridesItsDefault() {
        XdmNode tei = Fixtures.read("tei/shape.xml");
        Renderer r = with(new Customization(customization("project.xsl"), Map.of("footer-text", "Draft: not for citation.")));
        String page = r.render(tei, RenderOptions.html());
        assertTrue(page.contains("<p>Draft: not for citation.</p></footer>"), page);
        assertTrue(page.contains(MARK), page);
    }

    @Test
    void aTextCustomisationChangesTheTextViewAndDeclaresParametersOfItsOwn() {
        XdmNode tei = Fixtures.read("tei/shape.xml");
        String plain = Renderer.get().render(tei, RenderOptions.text());
        Renderer r = with(new Customization(customization("plain-text.xsl"), Map.of("mv-signature", "MV")));
        String text = r.render(tei, RenderOptions.text());
        // Its default for header leaves the header block out; its own parameter signs the view.
        assertTrue(text.endsWith("-- MV\n"), text);
        assertTrue(plain.contains(text.substring(0, 40)), text);
        assertTrue(text.length() < plain.length());
        // The HTML page is teikit's own.
        assertEquals(Renderer.get().render(tei, RenderOptions.html()), r.render(tei, RenderOptions.html()));
        // And the text view's header parameter can be set without a stylesheet.
        String headless = with(Customization.NONE.withParam("header", "false")).render(tei, RenderOptions.text());
        assertTrue(plain.endsWith(headless), headless);
    }

    @Test
    void theSitePagesAreMadeByTheCustomisedStylesheetToo() throws Exception {
        Renderer r = with(Customization.NONE.withStylesheet(customization("project.xsl")));
        String index = r.sitePage("{\"documents\":[],\"total\":0}", null);
        assertTrue(index.contains("Edited by the Marsh Valley Letters project."), index);
        assertTrue(Renderer.get().sitePage("{\"documents\":[],\"total\":0}", null).contains(DEFAULT_FOOTER_START));
    }

    @Test
    void aParameterNoStylesheetDeclaresIsOneClearError() {
        TeikitException e = assertThrows(TeikitException.class, () -> with(Customization.NONE.withParam("footer-txt", "x")));
        assertEquals("error: no stylesheet parameter footer-txt in html.xsl or text.xsl "
                + "(parameters you can set: html.xsl: css-href, edition-title, footer-text; text.xsl: header)", e.oneLine());
    }

    @Test
    void parametersTeikitSetsItselfAreRefused() {
        TeikitException e = assertThrows(TeikitException.class, () -> with(Customization.NONE.withParam("width", "60")));
        assertTrue(e.oneLine().contains("width is set by teikit itself (use --width)"), e.oneLine());
        assertThrows(TeikitException.class, () -> with(Customization.NONE.withParam("css", "body{}")));
    }

    @Test
    void aValueTheDeclaredTypeCannotTakeFailsBeforeAnythingIsRendered() {
        TeikitException e = assertThrows(TeikitException.class, () -> with(Customization.NONE.withParam("header", "maybe")));
        assertEquals("error: the stylesheet parameter header takes xs:boolean, not 'maybe'", e.oneLine());
    }

    @Test
    void aStylesheetThatDoesNotCompileIsNamedWithLineAndColumn() {
        Path broken = customization("broken.xsl");
        TeikitException e = assertThrows(TeikitException.class, () -> with(Customization.NONE.withStylesheet(broken)));
        assertTrue(e.oneLine().startsWith(broken + ":9:"), e.oneLine());
        assertTrue(e.oneLine().contains("$nickname"), e.oneLine());
    }

    @Test
    void aStylesheetThatIsNotWellFormedIsNamedWithLineAndColumn() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.xsl"), "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n"
                + "  <xsl:import href=\"teikit:html.xsl\"/>\n  <xsl:template match=\"/\">\n</xsl:stylesheet>\n");
        TeikitException e = assertThrows(TeikitException.class, () -> with(Customization.NONE.withStylesheet(bad)));
        assertTrue(e.oneLine().startsWith(bad + ":4:"), e.oneLine());
        assertTrue(e.oneLine().contains("not well-formed"), e.oneLine());
    }

    @Test
    void aStylesheetMustImportOneEntryStylesheet() throws Exception {
        Path alone = Files.writeString(dir.resolve("alone.xsl"),
                "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"><xsl:template match=\"/\"/></xsl:stylesheet>");
        TeikitException e = assertThrows(TeikitException.class, () -> with(Customization.NONE.withStylesheet(alone)));
        assertTrue(e.oneLine().contains("imports neither of teikit's html.xsl and text.xsl"), e.oneLine());
    }

    @Test
    void importsComeFromTheJarOrFromDiskButNeverFromTheNetwork() throws Exception {
        // The project's own module beside its customisation, imported by a relative href.
        Files.writeString(dir.resolve("footer.xsl"), "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
                + "<xsl:param name=\"footer-text\" select=\"'From a module of our own.'\"/></xsl:stylesheet>");
        Path main = Files.writeString(dir.resolve("main.xsl"), "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
                + "<xsl:import href=\"teikit:html.xsl\"/><xsl:import href=\"footer.xsl\"/></xsl:stylesheet>");
        String page = with(Customization.NONE.withStylesheet(main)).render(Fixtures.read("tei/shape.xml"), RenderOptions.html());
        assertTrue(page.contains("<p>From a module of our own.</p>"), page);

        Path web = Files.writeString(dir.resolve("web.xsl"), "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
                + "<xsl:import href=\"teikit:html.xsl\"/><xsl:import href=\"http://127.0.0.1:9/x.xsl\"/></xsl:stylesheet>");
        TeikitException e = assertThrows(TeikitException.class, () -> with(Customization.NONE.withStylesheet(web)));
        assertTrue(e.oneLine().contains("from its jar (teikit:html.xsl) and from disk only"), e.oneLine());
    }

    @Test
    void aCustomisationMustFitTheFormatARunRenders() {
        Renderer html = with(Customization.NONE.withStylesheet(customization("project.xsl")));
        html.requireFits(Format.HTML);
        TeikitException e = assertThrows(TeikitException.class, () -> html.requireFits(Format.TEXT));
        assertTrue(e.oneLine().contains("customises html.xsl"), e.oneLine());
        Renderer footer = with(Customization.NONE.withParam("footer-text", "x"));
        assertThrows(TeikitException.class, () -> new FileRenderer(footer, RenderOptions.text(), 1));
    }

    @Test
    void noCustomisationIsTeikitsOwnStylesheets() {
        Renderer r = with(Customization.NONE);
        XdmNode tei = Fixtures.read("tei/shape.xml");
        assertEquals(Renderer.get().render(tei, RenderOptions.html()), r.render(tei, RenderOptions.html()));
        assertSame(Customization.NONE, r.customization());
    }

    private static String footerOf(String page) {
        int start = page.indexOf(DEFAULT_FOOTER_START);
        return page.substring(start, page.indexOf("</footer>", start) + "</footer>".length());
    }

    @Test
    void aTextViewIsWhatTheTextOutputMethodWouldWriteWhateverItsTemplatesReturn() throws Exception {
        // Atomic values side by side are parted by a space, text nodes are not: as Saxon's text
        // serializer writes them, which the text view no longer goes through.
        Path main = Files.writeString(dir.resolve("atoms.xsl"), "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
                + "<xsl:import href=\"teikit:text.xsl\"/>"
                + "<xsl:template match=\"/\"><xsl:sequence select=\"'a', 'b'\"/><xsl:text>c</xsl:text><xsl:sequence select=\"1, 2\"/>"
                + "<xsl:value-of select=\"'\u00e9\u4e2d\ud835\udd04'\"/></xsl:template></xsl:stylesheet>");
        String text = with(Customization.NONE.withStylesheet(main)).render(Fixtures.read("tei/shape.xml"), RenderOptions.text());
        assertEquals("a bc1 2\u00e9\u4e2d\ud835\udd04", text);
    }
}
