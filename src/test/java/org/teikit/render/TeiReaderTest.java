package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TeikitException;

class TeiReaderTest {
    private static final String TEI_OPEN = "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>T</title>"
            + "</titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() throws Exception {
        Path bad = file("bad.xml", TEI_OPEN + "\n<text><body>\n  <p>open</div>\n</body></text></TEI>");
        TeikitException e = assertThrows(TeikitException.class, () -> Renderer.get().read(bad));
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.oneLine().startsWith(bad + ":3:"), e.oneLine());
        assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
    }

    @Test
    void truncatedFileIsReported() throws Exception {
        Path cut = file("cut.xml", TEI_OPEN + "<text><body><p>and then");
        TeikitException e = assertThrows(TeikitException.class, () -> Renderer.get().read(cut));
        assertTrue(e.line() >= 1, e.oneLine());
    }

    @Test
    void externalEntityPointingAtALocalFileIsNeverRead() throws Exception {
        Path secret = file("secret.txt", "TOP-SECRET-CONTENT");
        Path xxe = file("xxe.xml", "<!DOCTYPE TEI [<!ENTITY leak SYSTEM '" + secret.toUri() + "'>]>"
                + TEI_OPEN + "<text><body><p>before &leak; after</p></body></text></TEI>");
        var tei = Renderer.get().read(xxe);
        String html = Renderer.get().html(tei, Reading.NORMALISED);
        String text = Renderer.get().text(tei, Reading.NORMALISED, 72, true);
        assertFalse(html.contains("TOP-SECRET"));
        assertFalse(text.contains("TOP-SECRET"));
        assertTrue(text.contains("before after") || text.contains("before  after"), text);
    }

    @Test
    void externalDtdOnTheNetworkIsNeverFetched() throws Exception {
        // Port 9 on loopback: a fetch would fail loudly; not fetching reads fine.
        Path dtd = file("dtd.xml", "<!DOCTYPE TEI SYSTEM 'http://127.0.0.1:9/tei.dtd'>" + TEI_OPEN
                + "<text><body><p>fine</p></body></text></TEI>");
        assertTrue(Renderer.get().text(Renderer.get().read(dtd), Reading.NORMALISED, 72, true).contains("fine"));
    }

    @Test
    void entityExpansionBombIsStoppedQuickly() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE TEI [<!ENTITY a0 'ha'>");
        for (int i = 1; i <= 12; i++) {
            dtd.append("<!ENTITY a").append(i).append(" '").append(("&a" + (i - 1) + ";").repeat(10)).append("'>");
        }
        dtd.append("]>");
        Path bomb = file("bomb.xml", dtd + TEI_OPEN + "<text><body><p>&a12;</p></body></text></TEI>");
        TeikitException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(TeikitException.class, () -> Renderer.get().read(bomb)));
        assertTrue(e.getMessage().contains("entity"), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() throws Exception {
        int depth = 100_000;
        Path deep = file("deep.xml", TEI_OPEN + "<text><body>" + "<hi>".repeat(depth) + "x" + "</hi>".repeat(depth)
                + "</body></text></TEI>");
        TeikitException e = assertThrows(TeikitException.class, () -> Renderer.get().read(deep));
        assertTrue(e.getMessage().contains("depth"), e.getMessage());
    }

    @Test
    void nestingJustUnderTheLimitStillRenders() throws Exception {
        int depth = TeiReader.MAX_DEPTH - 10;
        String xml = TEI_OPEN + "<text><body><p>" + "<hi>".repeat(depth) + "inmost" + "</hi>".repeat(depth)
                + "</p></body></text></TEI>";
        Path deep = file("deepish.xml", xml);
        FileRenderer renderer = new FileRenderer(Renderer.get(), RenderOptions.html(), 1);
        FileRenderer.Outcome outcome = renderer.renderAll(java.util.List.of(deep), dir.resolve("out"));
        assertTrue(outcome.ok(), () -> outcome.failures().get(0).oneLine());
        assertTrue(Fixtures.string(outcome.written().get(0)).contains("inmost"));
    }

    @Test
    void deepNestingRendersWhicheverThreadAsks() throws Exception {
        int depth = TeiReader.MAX_DEPTH - 10;
        Path deep = file("deepish.xml", TEI_OPEN + "<text><body><p>" + "<hi>".repeat(depth) + "inmost" + "</hi>".repeat(depth)
                + "</p></body></text></TEI>");
        var tei = Renderer.get().read(deep);
        assertTrue(Renderer.get().html(tei, Reading.NORMALISED).contains("inmost"));
        assertTrue(Renderer.get().text(tei, Reading.NORMALISED, 72, false).contains("inmost"));
    }

    @Test
    void xmlStylesheetInstructionIsIgnored() {
        String html = Renderer.get().html(Fixtures.read("render/foreign/varia.xml"), Reading.NORMALISED);
        assertFalse(html.contains("evil.xsl"));
    }

    @Test
    void teiWithoutItsNamespaceIsRefusedWithAHint() throws Exception {
        Path plain = file("plain.xml", "<TEI><text><body><p>x</p></body></text></TEI>");
        TeikitException e = assertThrows(TeikitException.class, () -> Renderer.get().read(plain));
        assertTrue(e.oneLine().contains("not in the TEI namespace"), e.oneLine());
        assertTrue(e.hint().contains("http://www.tei-c.org/ns/1.0"), e.hint());
    }

    @Test
    void otherXmlIsRefused() throws Exception {
        Path html = file("page.xml", "<html><body>hi</body></html>");
        TeikitException e = assertThrows(TeikitException.class, () -> Renderer.get().read(html));
        assertTrue(e.getMessage().contains("not a TEI document"), e.getMessage());
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path empty = file("empty.xml", "");
        TeikitException e = assertThrows(TeikitException.class, () -> Renderer.get().read(empty));
        assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
    }

    @Test
    void missingFileIsRefused() {
        TeikitException e = assertThrows(TeikitException.class, () -> Renderer.get().read(dir.resolve("nope.xml")));
        assertEquals("no such file", e.getMessage());
    }
}
