package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;
import org.teikit.TeikitException;

@Integration
class CorpusSiteTest {
    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        CorpusSite.builder(site).addAll(Fixtures.corpus()).threads(2).build().write();
    }

    private static Document page(String name) {
        return Jsoup.parse(Fixtures.string(site.resolve(name)));
    }

    @Test
    void writesOnePagePerDocumentPlusIndexAndRegisters() throws Exception {
        try (Stream<Path> files = Files.list(site)) {
            assertEquals(List.of("characters.html", "data", "index.html", "note-1976-pyongyang.html", "organisations.html",
                    "persons.html", "places.html", "report-1962-peking.html", "telegram-1968-havana.html"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void indexListsDocumentsByDate() {
        Document index = page("index.html");
        assertEquals(List.of("Report of the Embassy in Peking on Trade in 1962",
                        "Telegram from the GDR Embassy in Cuba on the Talks in Moscow",
                        "Note from the GDR Embassy in the DPRK, \"On a Conversation with Comrade Sorokin on 8 June 1976\""),
                index.select("#tk-docs tbody tr td:eq(1) > a").eachText());
        assertEquals(List.of("1962-12-03", "1968-11-21", "1976-06-10"), index.select("#tk-docs tbody tr").eachAttr("data-sort"));
    }

    @Test
    void indexCarriesTheSearchIndexForEveryDocument() {
        Document index = page("index.html");
        String json = index.getElementById("tk-index").data();
        assertTrue(json.contains("\"page\":\"telegram-1968-havana.html\""), json);
        assertTrue(json.contains("Pyotr Sorokin"), json);
    }

    @Test
    void documentPagesLinkToTheirNeighboursByDate() {
        Document middle = page("telegram-1968-havana.html");
        assertEquals("report-1962-peking.html", middle.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("note-1976-pyongyang.html", middle.selectFirst("a[rel=next]").attr("href"));
        assertTrue(page("report-1962-peking.html").select("a[rel=prev]").isEmpty());
        assertTrue(page("note-1976-pyongyang.html").select("a[rel=next]").isEmpty());
    }

    @Test
    void namesOnDocumentPagesLinkToTheRegisters() {
        Document note = page("note-1976-pyongyang.html");
        assertEquals("persons.html#pers-kim-il-sung", note.selectFirst("#tk-m-pers-kim-il-sung-1").attr("href"));
        assertEquals("places.html#place-moscow", note.selectFirst("#tk-m-place-moscow-1").attr("href"));
        assertEquals("organisations.html#org-comecon", note.selectFirst("#tk-m-org-comecon-1").attr("href"));
    }

    @Test
    void registerEntryGathersEveryMentionAcrossTheCorpus() {
        Element moscow = page("places.html").getElementById("place-moscow");
        assertEquals("4 mentions in 3 documents", moscow.selectFirst(".tk-mentions").text());
        List<String> links = moscow.select(".tk-kwic a").eachAttr("href");
        assertEquals(List.of("report-1962-peking.html#tk-m-place-moscow-1", "telegram-1968-havana.html#tk-m-place-moscow-1",
                "note-1976-pyongyang.html#tk-m-place-moscow-1", "note-1976-pyongyang.html#tk-m-place-moscow-2"), links);
    }

    @Test
    void everyRegisterLinkLandsOnAnExistingAnchor() {
        for (String register : List.of("persons.html", "places.html", "organisations.html")) {
            for (String href : page(register).select(".tk-kwic a").eachAttr("href")) {
                String[] parts = href.split("#");
                assertNotNull(page(parts[0]).getElementById(parts[1]), register + " → " + href);
            }
        }
    }

    @Test
    void registerMergesVariantsRolesAndAuthorityAcrossDocuments() {
        Element kim = page("persons.html").getElementById("pers-kim-il-sung");
        List<String> facts = kim.select(".tk-facts dd").eachText();
        assertTrue(facts.containsAll(List.of("Kim Il-sung", "Kim II Sung", "Premier of the DPRK")), facts.toString());
        assertEquals("https://www.wikidata.org/wiki/Q39464", kim.selectFirst("a.tk-authority").attr("href"));
        Element comecon = page("organisations.html").getElementById("org-comecon");
        assertTrue(comecon.select(".tk-facts dd").eachText().containsAll(List.of("CMEA", "Comecon")));
    }

    @Test
    void mentionsShowTheirContext() {
        Element sorokin = page("persons.html").getElementById("pers-sorokin");
        Element first = sorokin.selectFirst(".tk-kwic a");
        assertEquals("On a Conversation with Comrade Sorokin on 8 June 1976", first.text());
        assertEquals("Sorokin", first.selectFirst("mark").text());
    }

    @Test
    void registersAreSortedBySurname() {
        assertEquals(List.of("Ramón García", "Kim Il Sung", "Lehmann", "Pyotr Sorokin"),
                page("persons.html").select(".tk-entry-name").eachText());
    }

    @Test
    void outputDoesNotDependOnThreadsOrInputOrder(@TempDir Path other) {
        List<Path> shuffled = new ArrayList<>(Fixtures.corpus());
        Collections.reverse(shuffled);
        CorpusSite.builder(other).addAll(shuffled).threads(1).build().write();
        for (String name : List.of("index.html", "persons.html", "places.html", "note-1976-pyongyang.html")) {
            assertEquals(Fixtures.string(site.resolve(name)), Fixtures.string(other.resolve(name)), name);
        }
    }

    @Test
    void aBrokenDocumentStopsTheSiteBeforeAnythingIsWritten(@TempDir Path work) throws Exception {
        Path broken = work.resolve("broken.xml");
        Files.writeString(broken, "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text>");
        Path out = work.resolve("site");
        List<Path> inputs = new ArrayList<>(Fixtures.corpus());
        inputs.add(broken);
        TeikitException e = assertThrows(TeikitException.class, () -> CorpusSite.builder(out).addAll(inputs).build().write());
        assertTrue(e.oneLine().startsWith(broken.toString()), e.oneLine());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aDocumentCalledIndexDoesNotOverwriteTheIndex(@TempDir Path work) throws Exception {
        Path index = work.resolve("index.xml");
        Files.copy(Fixtures.corpus().get(0), index);
        CorpusSite.Result result = CorpusSite.builder(work.resolve("site")).add(index).build().write();
        assertTrue(result.written().contains(work.resolve("site/index-document.html")));
        assertTrue(Fixtures.string(work.resolve("site/index.html")).contains("index-document.html"));
    }

    @Test
    void textViewsCanBeWrittenBesideThePages(@TempDir Path work) {
        CorpusSite.builder(work).add(Fixtures.corpus().get(0)).withTextViews(RenderOptions.text()).build().write();
        assertTrue(Files.exists(work.resolve("note-1976-pyongyang.txt")));
        assertFalse(Fixtures.string(work.resolve("note-1976-pyongyang.txt")).contains("<"));
    }

    @Test
    void aRegisterTooLargeForOnePageListsItsEntriesAndSplitsTheirMentionsIntoParts(@TempDir Path split) {
        CorpusSite.builder(split).addAll(Fixtures.corpus()).mentionsPerPage(2).build().write();
        Document places = Jsoup.parse(Fixtures.string(split.resolve("places.html")));
        assertEquals(page("places.html").select(".tk-entry").eachAttr("id"), places.select(".tk-entry").eachAttr("id"));
        assertTrue(places.select(".tk-kwic").isEmpty(), "the register's own page shows counts, not mentions");
        assertEquals("4 mentions in 3 documents", places.getElementById("place-moscow").selectFirst(".tk-mentions a").text());

        List<String> kwic = new ArrayList<>();
        for (String href : places.select(".tk-mentions a").eachAttr("href")) {
            String[] parts = href.split("#");
            assertTrue(parts[0].matches("places-\\d+\\.html"), href);
            Element entry = Jsoup.parse(Fixtures.string(split.resolve(parts[0]))).getElementById(parts[1]);
            assertNotNull(entry, href);
            kwic.addAll(entry.select(".tk-kwic a").eachAttr("href"));
        }
        assertEquals(page("places.html").select(".tk-kwic a").eachAttr("href"), kwic, "every mention, each once, in register order");
    }

    @Test
    void partsNameTheirRangeAndLinkToEachOther(@TempDir Path split) {
        CorpusSite.builder(split).addAll(Fixtures.corpus()).mentionsPerPage(2).build().write();
        Document first = Jsoup.parse(Fixtures.string(split.resolve("places-1.html")));
        List<String> nav = first.select("nav.tk-parts a").eachAttr("href");
        assertEquals("places.html", nav.get(0));
        assertTrue(nav.size() > 2, nav.toString());
        assertEquals("places-1.html", first.selectFirst("nav.tk-parts a[aria-current]").attr("href"));
        assertTrue(first.title().startsWith("Places: "), first.title());
    }

    @Test
    void aSmallerSiteRemovesThePartsALargerOneLeft(@TempDir Path work) throws Exception {
        Path out = work.resolve("site");
        CorpusSite.builder(out).addAll(Fixtures.corpus()).mentionsPerPage(2).build().write();
        assertTrue(Files.exists(out.resolve("places-2.html")));
        CorpusSite.builder(out).addAll(Fixtures.corpus()).build().write();
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*-\\d+\\.html")).toList());
        }
        assertEquals(Fixtures.string(site.resolve("places.html")), Fixtures.string(out.resolve("places.html")));
    }

    @Test
    void aDocumentNamedLikeARegisterPartGetsAnotherName(@TempDir Path work) throws Exception {
        Path part = work.resolve("persons-1.xml");
        Files.copy(Fixtures.corpus().get(0), part);
        CorpusSite.Result result = CorpusSite.builder(work.resolve("site")).add(part).mentionsPerPage(1).build().write();
        assertTrue(result.written().contains(work.resolve("site/persons-1-document.html")), result.written().toString());
        assertTrue(Files.exists(work.resolve("site/persons-1.html")));
    }
}
