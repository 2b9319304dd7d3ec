package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.teikit.TeikitException;

class RecordParserTest {

    private static String text(Field f) {
        return f == null ? null : f.text();
    }

    /** The blocks as "KIND first words" lines ("/" where a line broke), for comparing structure at a glance. */
    static String outline(ArchiveRecord record) {
        return record.body().stream()
                .map(b -> b.kind() + (b.n() == null ? "" : "(" + b.n() + ")") + " "
                        + Arrays.stream(b.text().replace("\n", " / ").split("\\s+")).limit(4)
                                .collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void readsTheArchiveExportHeader() {
        ArchiveRecord r = Fixtures.parse("layouts/archive-export.txt");
        Metadata m = r.metadata();
        assertEquals(Layout.ARCHIVE_EXPORT, m.layout());
        assertEquals("wcda-700101", r.id());
        assertEquals("February 9, 1958", text(m.date()));
        assertTrue(text(m.title()).startsWith("Memorandum from the Embassy of Albania in Beijing, \"Record"));
        assertTrue(text(m.summary()).startsWith("Counselor Dervishi reports"));
        assertEquals("This document was made possible with support from the Adriatic History Fund", text(m.credits()));
        assertEquals("Adriatic History Fund", m.funder());
        assertEquals("Albanian", text(m.originalLanguage()));
        assertEquals("Translation - English", text(m.contents()));
        assertEquals("Central State Archive of Albania, Tirana (AQSH)", m.citation().repository());
        assertNull(m.source());
        assertNull(m.rights());
    }

    @Test
    void cutsTheArchiveExportBodyIntoBlocks() {
        assertEquals("""
                DATELINE Embassy of the People's
                NOTE [stamp: Received 20 February
                DATELINE No. 41/58 / Strictly
                HEAD Note
                SUBHEAD on a Conversation with
                PARAGRAPH On 6 February I
                SECTION_HEAD I. Rice Deliveries
                PARAGRAPH Comrade Lin said that
                LIST_ITEM(1.) 1. The delivery of
                LIST_ITEM(2.) 2. A credit of
                LIST_ITEM(3.) 3. The dispatch of
                PARAGRAPH He added that the
                SECTION_HEAD II. The Yugoslav Program
                PARAGRAPH Comrade Lin asked about
                SECTION_HEAD The Position of the
                PARAGRAPH In the opinion of
                SECTION_HEAD Assessment:
                PARAGRAPH The Chinese side is
                SIGNATURE [Signed] Dervishi / Counselor
                DISTRIBUTION Copies: / 1 –""", outline(Fixtures.parse("layouts/archive-export.txt")));
    }

    @Test
    void readsTheMirrorExportWithSingleNewlines() {
        ArchiveRecord r = Fixtures.parse("layouts/mirror.txt");
        Metadata m = r.metadata();
        assertEquals(Layout.MIRROR, m.layout());
        assertEquals("July 21, 1973", text(m.date()));
        assertNull(m.credits(), "this page has no Credits: label");
        assertNull(m.funder());
        assertEquals("Finnish", text(m.originalLanguage()));
        assertEquals("""
                DATELINE Embassy of Finland /
                HEAD Memorandum
                SUBHEAD about a Conversation with
                LABELLED Subject: the ceasefire and
                PARAGRAPH On 19 July I
                LIST_ITEM(1.) 1. Ceasefire. According to
                LIST_ITEM(2.) 2. Food supply. The
                LIST_ITEM(3.) 3. Relations with Peking.
                PARAGRAPH In my opinion the
                FOOTNOTE(*) * In the original
                SIGNATURE Veikko Laine / Chargé
                DISTRIBUTION CC: / 1x Political""", outline(r));
    }

    @Test
    void readsTheOldSiteScrapeAndDropsItsChrome() {
        ParsedPage page = Fixtures.analyse("layouts/old-site.txt");
        Metadata m = page.record().metadata();
        assertEquals(Layout.OLD_SITE, m.layout());
        assertEquals("wcda-691103", page.record().id());
        assertEquals("November 3, 1969", text(m.date()));
        assertNull(m.title(), "the old site has no title line");
        assertNull(m.originalLanguage());
        assertTrue(text(m.summary()).startsWith("Telegram from the Yugoslav Embassy in Ulaanbaatar"));
        assertEquals("Telegram from Ulaanbaatar to Belgrade, No. 773, Strictly Confidential", m.citation().title());
        assertEquals("Northern Lights Foundation", m.funder());
        List<String> chrome = page.furniture().stream().map(Field::text).toList();
        assertEquals(List.of("Search in", "Digital Archive International History Declassified", "• Citation",
                "get citation", "• share document", "English HTML"), chrome);
        String body = page.record().body().stream().map(Block::text).collect(Collectors.joining("\n"));
        for (String c : chrome) assertTrue(!body.contains(c), c + " leaked into the body");
        assertEquals("""
                HEAD TELEGRAM
                LABELLED Sender: Ulaanbaatar
                LABELLED Date: 03.11.1969/14:30
                LABELLED Addressee: Federal Secretariat for
                ADDRESS To the attention of
                LABELLED Classification: STRICTLY CONFIDENTIAL
                LABELLED No. 773
                PARAGRAPH On 31 October I
                LIST_ITEM(1)) 1) Comrade Dugersuren said
                LIST_ITEM(2)) 2) On the border
                LIST_ITEM(3)) 3) He asked whether
                PARAGRAPH Comment: The Mongolian comrades
                SIGNATURE Signed: Dragan Ilić""", outline(page.record()));
    }

    @Test
    void readsTheNewSiteScrapeWithItsInformationBlock() {
        ArchiveRecord r = Fixtures.parse("layouts/new-site.txt");
        Metadata m = r.metadata();
        assertEquals(Layout.NEW_SITE, m.layout());
        assertEquals("new-site", r.id(), "no archive URL: the id comes from the file name");
        assertEquals("April 27, 1963", text(m.date()));
        assertEquals("Record of Conversation between Premier Tsedenbal and the Egyptian Trade Delegation", text(m.title()));
        assertTrue(text(m.summary()).startsWith("Premier Tsedenbal and an Egyptian trade delegation"));
        assertEquals("MFA MPR 3-44-117. Translated by Oyuntsetseg Batbayar.", text(m.source()));
        assertEquals("Archive of the Ministry of Foreign Affairs of the Mongolian People's Republic (MFA MPR)",
                text(m.archive()));
        assertTrue(text(m.rights()).startsWith("The archive welcomes reuse"));
        assertEquals("Mongolian", text(m.originalLanguage()));
        assertEquals("3-44-117", m.citation().idno());
        assertEquals("Oyuntsetseg Batbayar", m.citation().translator());
        Block last = r.body().get(r.body().size() - 1);
        assertEquals("Fahmy: We will sign the agreement in Cairo.", last.text(), "the summary is not body text");
    }

    @Test
    void readsABareBodyWithoutHeader() {
        ArchiveRecord r = Fixtures.parse("layouts/bare.txt");
        assertEquals(Metadata.none(), r.metadata());
        assertEquals("bare", r.id());
        assertEquals("""
                DATELINE EMBASSY OF INDIA IN
                DATELINE From the Diary of
                DATELINE 2 December 1981
                HEAD RECORD OF CONVERSATION
                SUBHEAD with the Ambassador of
                DATELINE 30 November 1981
                PARAGRAPH I called on M.
                PARAGRAPH Kovačević said that the
                PARAGRAPH At the end we
                SIGNATURE First Secretary of the
                FOOTNOTE(1) [1] The Coordinating Bureau
                FOOTNOTE(2) [2] The ministerial meeting""", outline(r));
    }

    @Test
    void givesTheSameRecordWhateverTheEncodingAndLineEnds() {
        assertEquals(outline(Fixtures.parse("layouts/archive-export.txt")),
                outline(Fixtures.parse("encodings/archive-export-crlf.txt")));
        assertEquals(Fixtures.parse("layouts/old-site.txt").metadata(), Fixtures.parse("encodings/old-site-bom.txt").metadata());
        assertEquals(Fixtures.parse("layouts/new-site.txt").metadata(), Fixtures.parse("encodings/new-site-utf16le.txt").metadata());
        assertEquals(Fixtures.parse("layouts/mirror.txt").body(), Fixtures.parse("encodings/mirror-utf16be.txt").body());
        assertEquals(Fixtures.parse("layouts/bare.txt").body(), Fixtures.parse("encodings/bare-cr.txt").body());
    }

    @Test
    void aStrayChromeLineDoesNotChangeTheLayoutNorEnterTheBody() {
        String page = "Skip to content\n\n" + Fixtures.read("layouts/archive-export.txt").text()
                .replace("Contents:\n\nTranslation - English\n", "Contents:\n\nTranslation - English\n\nEnglish HTML\n")
                + "\n• share document\n";
        ArchiveRecord r = Fixtures.parseText(page);
        assertEquals(Layout.ARCHIVE_EXPORT, r.metadata().layout());
        assertEquals(outline(Fixtures.parse("layouts/archive-export.txt")), outline(r));
    }

    @Test
    void refusesAPageWithAHeaderButNoBody() {
        String headerOnly = "May 2, 1961\n\nA title\n\nCitation:\n\n\"A title\", May 2, 1961, Some Archive\n\nSummary:\n\nA summary of it all.\n";
        TeikitException e = assertThrows(TeikitException.class, () -> Fixtures.parseText(headerOnly));
        assertTrue(e.getMessage().contains("no document text"), e.getMessage());
    }
}
