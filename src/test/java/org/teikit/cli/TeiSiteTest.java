package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/**
 * A site built from other projects' TEI: the index from each teiHeader, registers from the
 * files' own markup (ids in the file or its header, a register file, names without ids), the
 * characters of a play with their speeches, and the search pieces.
 */
@Integration
class TeiSiteTest {
    @TempDir
    static Path dir;
    static Path site;
    static CommandRun run;

    @BeforeAll
    static void build() throws IOException {
        Path in = TeiBuildTest.fixtures(dir.resolve("in"));
        Path register = dir.resolve("persons.xml");
        try (InputStream r = TeiSiteTest.class.getResourceAsStream("/fixtures/site-register/persons.xml")) {
            Files.copy(r, register);
        }
        site = dir.resolve("site");
        run = CommandRun.of("build", in.toString(), "--register", register.toString(), "-o", site.toString(),
                "--store", Files.createDirectories(dir.resolve("store")).toString());
        assertEquals(0, run.status(), run.toString());
    }

    static Document page(String name) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void theIndexListsEachFileWithTitleAuthorsDateAndTypeFromItsHeader() throws IOException {
        Document index = page("index.html");
        List<String> rows = index.select("#tk-docs tbody tr").eachText();
        assertEquals(4, rows.size(), rows.toString());
        // Dates written as @when, as a print event's year and in words all read alike, in date order.
        assertEquals(List.of("1851 Die Laterne Ida Muster Comedy",
                "26 July 1952 A Note on the Sorting of the Boxes Amos Quill",
                "4 May 1961 Memorandum on the Archive Survey, May 1961 Edna Hollis",
                "— A Ledger With an Odd Element not valid TEI"), rows);
        assertEquals(List.of("All authors", "Amos Quill", "Edna Hollis", "Ida Muster"), index.select("#tk-author option").eachText());
        assertEquals(List.of("All types", "Comedy"), index.select("#tk-type option").eachText());
    }

    @Test
    void theSearchIndexIsInPiecesByTheFirstTwoLettersOfEachWord() throws IOException {
        String docs = Files.readString(site.resolve("data/docs-0.js"), StandardCharsets.UTF_8);
        assertTrue(docs.startsWith("window.tkIndexData.docs(0, ["), docs);
        String la = Files.readString(site.resolve("data/words-la.js"), StandardCharsets.UTF_8);
        assertTrue(la.contains("\"laterne\":[0]"), la);
        // Accents folded as the page's script folds the query: "gelöscht" is found as "geloscht".
        assertTrue(Files.readString(site.resolve("data/words-ge.js"), StandardCharsets.UTF_8).contains("\"geloscht\":[0]"));
        assertFalse(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8).contains("geloscht"),
                "the words are not in the index page itself");
    }

    @Test
    void aPlaysCharactersAreListedWithTheirSpeechesLinked() throws IOException {
        Document characters = page("characters.html");
        Element greta = characters.getElementById("lantern-play.cast.greta");
        assertNotNull(greta, characters.html());
        assertEquals("Greta", greta.selectFirst(".tk-entry-name").text());
        assertEquals("2 speeches", greta.selectFirst(".tk-mentions").text());
        assertEquals(List.of("lantern-play.html#tk-sp-1", "lantern-play.html#tk-sp-3"), greta.select(".tk-kwic a").eachAttr("href"));
        assertEquals(List.of("speech 1", "speech 2"), greta.select(".tk-kwic a").eachAttr("aria-label"));
        assertEquals("Die Laterne", characters.selectFirst("section h2").text(), "characters are grouped by their play");
        Document play = page("lantern-play.html");
        assertNotNull(play.getElementById("tk-sp-1"));
        assertNotNull(play.getElementById("tk-sp-3"));
    }

    @Test
    void personsComeFromTheHeadersListAndNamesWithoutIdsAreGroupedByName() throws IOException {
        Document persons = page("persons.html");
        Element hollis = persons.getElementById("p-hollis");
        assertNotNull(hollis, "@corresp resolved against the header's particDesc");
        assertEquals("2 mentions in 1 document", hollis.selectFirst(".tk-mentions").text());
        assertEquals("viaf.org/viaf/12345678", hollis.selectFirst("a.tk-authority").text());
        Element finch = persons.getElementById("name-person-harold-finch");
        assertNotNull(finch, "names without an id meet by their normalised name");
        assertEquals("2 mentions in 1 document", finch.selectFirst(".tk-mentions").text());
        assertNotNull(finch.selectFirst(".tk-grouped"));
        assertTrue(persons.selectFirst(".tk-grouped-note").text().contains("grouped by name"));
        Document places = page("places.html");
        assertNotNull(places.getElementById("pl-dayton"), "a place from the header's settingDesc");
        assertNotNull(places.getElementById("name-place-baltimore"));
    }

    @Test
    void namesPointIntoTheRegisterFileByKeyAndByRef() throws IOException {
        Element quill = page("persons.html").getElementById("per-quill");
        assertNotNull(quill);
        assertEquals("Amos Quill", quill.selectFirst(".tk-entry-name").text());
        assertEquals("2 mentions in 1 document", quill.selectFirst(".tk-mentions").text());
        assertTrue(quill.text().contains("Archivist"));
        assertEquals("d-nb.info/gnd/118540238", quill.selectFirst("a.tk-authority").text());
        assertFalse(Files.exists(site.resolve("persons-document.html")), "the register file is not a document of the site");
    }

    @Test
    void everyRegisterLinkLandsOnAnAnchorOfItsDocument() throws IOException {
        for (String register : List.of("persons.html", "places.html", "characters.html")) {
            for (String href : page(register).select(".tk-kwic a").eachAttr("href")) {
                String[] parts = href.split("#", 2);
                assertNotNull(page(parts[0]).getElementById(parts[1]), register + " → " + href);
            }
        }
    }

    @Test
    void everyPageHoldsAllTheTextOfItsFile() throws IOException {
        for (String name : TeiBuildTest.FIXTURES) {
            org.jsoup.nodes.Document tei;
            try (InputStream in = TeiSiteTest.class.getResourceAsStream("/fixtures/site/" + name)) {
                tei = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "", org.jsoup.parser.Parser.xmlParser());
            }
            String page = page(name.replace(".xml", ".html")).selectFirst("main").text().replaceAll("\\s+", "");
            String text = tei.selectFirst("text").text().replaceAll("\\s+", "");
            // Every word of every text node, wherever the page puts it (a footnote goes to the notes).
            for (Element e : tei.selectFirst("text").select("*")) {
                for (org.jsoup.nodes.TextNode t : e.textNodes()) {
                    for (String word : t.text().trim().split("\\s+")) {
                        assertTrue(page.contains(word), name + ": " + word + " is missing from the page");
                    }
                }
            }
            assertFalse(text.isEmpty());
        }
    }

    @Test
    void theDocumentPageHasATableOfContentsAndFootnotesWithBackLinks() throws IOException {
        Document memo = page("survey-memo.html");
        List<String> toc = memo.select("nav.tk-toc a").eachText();
        assertEquals(List.of("Memorandum From Edna Hollis to Walter Marsh", "The survey", "Next steps"), toc);
        for (String href : memo.select("nav.tk-toc a").eachAttr("href")) {
            assertNotNull(memo.getElementById(href.substring(1)), href);
        }
        Element back = memo.selectFirst(".tk-notelist a.tk-backref");
        assertNotNull(back);
        assertNotNull(memo.getElementById(back.attr("href").substring(1)), "the back-link lands on the note's call");
    }
}
