package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlViewTest {
    private static final Document SHAPE = Fixtures.html(Renderer.get().read(Fixtures.shape()));

    @Test
    void namesLinkToTheirRegisterEntryOnThePage() {
        Element name = SHAPE.selectFirst("#tk-m-pers-kowalski-2");
        assertNotNull(name);
        assertEquals("#pers-kowalski", name.attr("href"));
        Element entry = SHAPE.getElementById("pers-kowalski");
        assertEquals("Jan Kowalski", entry.selectFirst(".tk-entry-name").text());
        assertTrue(entry.select(".tk-facts dd").eachText().contains("Kovalski"));
        assertTrue(entry.select(".tk-facts dd").eachText()
                .contains("Deputy Head of the Trade Department of the Polish Foreign Ministry"));
    }

    @Test
    void registerEntryLinksBackToEachMention() {
        List<String> links = SHAPE.select("#pers-kowalski .tk-mentions a").eachAttr("href");
        assertEquals(List.of("#tk-m-pers-kowalski-1", "#tk-m-pers-kowalski-2"), links);
        for (String link : links) assertNotNull(SHAPE.getElementById(link.substring(1)), link);
    }

    @Test
    void authorityLinkGoesToTheGivenUri() {
        Element link = SHAPE.selectFirst("#pers-kim-il-sung a.tk-authority");
        assertEquals("https://www.wikidata.org/wiki/Q39464", link.attr("href"));
    }

    @Test
    void bothReadingsAreOnThePageEachMarked() {
        Element choice = SHAPE.selectFirst(".tk-choice");
        assertEquals("Kim II Sung", choice.selectFirst(".tk-dipl").text());
        assertEquals("Kim Il Sung", choice.selectFirst(".tk-norm").text());
        assertEquals("normalised", SHAPE.selectFirst("html").attr("data-reading"));
    }

    @Test
    void editorialBracketsBelongToTheDiplomaticReading() {
        Element supplied = SHAPE.selectFirst(".tei-supplied");
        assertEquals("of the talk", supplied.text());
        assertEquals("[", supplied.previousElementSibling().text());
        assertTrue(supplied.previousElementSibling().hasClass("tk-dipl"));
        assertTrue(supplied.nextElementSibling().hasClass("tk-dipl"));
    }

    @Test
    void datesCarryTheirIsoValueAndCertainty() {
        Element lastYear = SHAPE.select("time.tk-date").stream().filter(t -> t.text().equals("last year")).findFirst().orElseThrow();
        assertEquals("1970", lastYear.attr("datetime"));
        assertTrue(lastYear.attr("data-tip").contains("certainty: medium"), lastYear.attr("data-tip"));
        Element range = SHAPE.select(".tk-date").stream().filter(t -> t.text().equals("between 1966 and 1970")).findFirst().orElseThrow();
        assertTrue(range.attr("data-tip").contains("1966/1970"), range.attr("data-tip"));
    }

    @Test
    void footnoteCallAndBackLinkPointAtEachOther() {
        Element call = SHAPE.selectFirst("sup.tk-noteref a");
        assertEquals("#fn-1", call.attr("href"));
        assertEquals("fnref-1", call.id());
        Element note = SHAPE.getElementById("fn-1");
        assertTrue(note.text().startsWith("[1] The visit took place later."), note.text());
        assertEquals("#fnref-1", note.selectFirst("a.tk-backref").attr("href"));
    }

    @Test
    void metadataPanelShowsWhatACitationNeeds() {
        List<String> labels = SHAPE.select(".tk-meta dt").eachText();
        List<String> values = SHAPE.select(".tk-meta dd").eachText();
        assertEquals("Political Archive of the Federal Foreign Office, Berlin (PolA AA)", values.get(labels.indexOf("Archive")));
        assertEquals("MfAA", values.get(labels.indexOf("Collection")));
        assertEquals("C 1234", values.get(labels.indexOf("Shelfmark")));
        assertEquals("Anna Example", values.get(labels.indexOf("Translator")));
        assertEquals("Example Foundation", values.get(labels.indexOf("Funder")));
        assertEquals("German", values.get(labels.indexOf("Original language")));
        assertTrue(values.get(labels.indexOf("Licence")).startsWith("Rights as stated"));
        assertEquals("https://digitalarchive.wilsoncenter.org/document/900001", SHAPE.selectFirst(".tk-meta dd a").attr("href"));
        assertTrue(SHAPE.getElementById("tk-citation").text().endsWith("Translated for NKIDP by Anna Example. "
                + "https://digitalarchive.wilsoncenter.org/document/900001"));
    }

    @Test
    void layoutKeepsDatelineHeadingsSignatureAndDistribution() {
        assertEquals("GDR Embassy in Poland Warsaw, 4 March 1971", SHAPE.selectFirst(".tei-opener .tei-dateline").text());
        assertNotNull(SHAPE.selectFirst(".tei-opener .tei-dateline br"));
        assertEquals("Note", SHAPE.selectFirst(".tk-text h2").text());
        assertEquals("I. Relations with Comecon", SHAPE.selectFirst(".tk-text h3").text());
        assertTrue(SHAPE.selectFirst(".tei-closer .tei-signed").text().endsWith("Müller Attache"));
        assertEquals("CC: 3 x Comecon", SHAPE.selectFirst(".r-type-distribution").text());
        assertEquals(2, SHAPE.select(".tk-text ul > li").size());
    }

    @Test
    void pageLoadsNothingFromOutside() {
        String html = Renderer.get().html(Renderer.get().read(Fixtures.shape()), Reading.NORMALISED);
        Document page = org.jsoup.Jsoup.parse(html);
        assertTrue(page.select("link, img, iframe, object, embed, script[src], style[src]").isEmpty());
        assertFalse(html.contains("@import"));
        assertFalse(html.contains("url("));
        assertFalse(page.selectFirst("style").data().isBlank());
        assertFalse(page.selectFirst("script").data().isBlank());
    }

    @Test
    void pageHasLanguageLandmarksAndHeadingsInOrder() {
        assertEquals("en", SHAPE.selectFirst("html").attr("lang"));
        assertNotNull(SHAPE.selectFirst("main"));
        assertNotNull(SHAPE.selectFirst("header"));
        assertNotNull(SHAPE.selectFirst("footer"));
        assertNotNull(SHAPE.selectFirst("aside[aria-labelledby]"));
        int previous = 0;
        for (Element h : SHAPE.select("h1, h2, h3, h4, h5, h6")) {
            int level = Integer.parseInt(h.tagName().substring(1));
            assertTrue(level <= previous + 1, "heading " + h.tagName() + " '" + h.text() + "' skips a level");
            previous = level;
        }
        assertEquals(1, SHAPE.select("h1").size());
    }

    @Test
    void unknownElementsKeepTheirText() {
        Document page = Fixtures.html("render/foreign/varia.xml");
        assertTrue(page.text().contains("unbekannt"));
        assertFalse(page.text().contains("alert('never')"), "script content of the source is not text");
    }

    @Test
    void scriptLinksOfTheSourceAreNotLinked() {
        Document page = Fixtures.html("render/foreign/varia.xml");
        assertTrue(page.select("a[href^=javascript]").isEmpty());
        assertEquals("https://example.org/garten", page.select("a").stream()
                .filter(a -> a.text().equals("sicher")).findFirst().orElseThrow().attr("href"));
    }

    @Test
    void dramaGetsSpeakersStageDirectionsAndLines() {
        Document page = Fixtures.html("render/foreign/varia.xml");
        assertEquals(List.of("Anna.", "Bruno."), page.select(".tei-sp > .tei-speaker").eachText());
        assertEquals(2, page.select(".tei-sp .tei-l").size());
        assertEquals("(sie lauscht)", page.selectFirst(".tei-l .tei-stage").text());
        assertEquals("span", page.selectFirst(".tei-l .tei-stage").tagName());
        assertEquals(List.of("Anna, eine Gärtnerin.", "Bruno, ihr Nachbar."), page.select(".tei-castItem").eachText());
    }

    @Test
    void tablesFiguresAndVariantsRender() {
        Document page = Fixtures.html("render/foreign/varia.xml");
        assertEquals("Ernte", page.selectFirst("table caption").text());
        assertEquals("2", page.select("table th").get(1).attr("colspan"));
        assertEquals("Image (no file named)", page.selectFirst("figure .tk-graphic").text());
        assertEquals("Ein Bild ohne Datei Ein leerer Rahmen.", page.selectFirst("figure figcaption").text());
        Element app = page.selectFirst(".tei-app");
        assertEquals("brachte", app.text());
        assertTrue(app.attr("data-tip").contains("#B: bringe"), app.attr("data-tip"));
        assertEquals("Herr", page.selectFirst("h1 .tk-choice .tk-norm").text());
    }

    @Test
    void aListInsideAParagraphStaysValidHtml() {
        Document page = Fixtures.html("render/foreign/varia.xml");
        Element p = page.select("p").stream().filter(e -> e.text().startsWith("Eine Liste")).findFirst().orElseThrow();
        assertTrue(p.select("ul, ol, li, div").isEmpty(), p.outerHtml());
        assertEquals(2, p.select("span.tei-list > span").size());
    }

    @Test
    void teiCorpusRendersEachDocumentWithItsOwnNotes() {
        Document page = Fixtures.html("render/foreign/anthology.xml");
        assertEquals("Two Little Letters", page.selectFirst("h1").text());
        assertEquals(List.of("First Letter", "Second Letter"), page.select("article header.tk-doc-head h2").eachText());
        assertEquals(2, page.select(".tk-notelist li").size());
        assertEquals(page.select("[id]").size(), page.select("[id]").eachAttr("id").stream().distinct().count(),
                "ids are unique across the documents of a corpus");
    }

    @Test
    void readingSwitchOnlyWhereTheReadingsDiffer() {
        assertNotNull(SHAPE.selectFirst(".tk-toolbar button[data-reading=diplomatic]"));
        assertTrue(Fixtures.html("render/foreign/anthology.xml").select(".tk-toolbar").isEmpty());
    }

    @Test
    void aPlayIsDatedByItsPrintEventWhenTheHeaderGivesNoDate() {
        String play = "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>Stück</title></titleStmt>"
                + "<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>"
                + "<standOff><listEvent><event type='print' when='1842'><desc/></event></listEvent></standOff>"
                + "<text><body><p>x</p></body></text></TEI>";
        Document page = Fixtures.html(Fixtures.parse(play));
        List<String> labels = page.select(".tk-meta dt").eachText();
        assertEquals("1842", page.select(".tk-meta dd").eachText().get(labels.indexOf("Date")));
    }

    @Test
    void sameInputGivesTheSameBytes() {
        var tei = Renderer.get().read(Fixtures.shape());
        assertEquals(Renderer.get().html(tei, Reading.NORMALISED), Renderer.get().html(tei, Reading.NORMALISED));
    }
}
