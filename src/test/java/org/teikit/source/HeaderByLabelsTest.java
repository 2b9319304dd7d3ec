package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The header is read by its labels, whatever subset and order of them a copy has, and the
 * document's own first line is never taken for a header value (issue 12, items 1 and 2).
 */
class HeaderByLabelsTest {

    private static String text(Field f) {
        return f == null ? null : f.text();
    }

    private static String firstBlock(ArchiveRecord r) {
        return r.body().get(0).text();
    }

    /** No header label, header field or site furniture in any body block. */
    private static void assertNoHeaderInBody(ArchiveRecord r, String... headerTexts) {
        for (Block b : r.body()) {
            assertFalse(FieldLabel.of(b.text().strip(), false).isPresent(), "a label in the body: " + b.text());
            assertFalse(SiteChrome.isChrome(b.text().strip()), "site furniture in the body: " + b.text());
            assertFalse(SiteChrome.isCredits(b.text().strip()), "the credits sentence in the body: " + b.text());
            for (String h : headerTexts) assertFalse(b.text().contains(h), "header text in the body: " + h);
        }
    }

    @Test
    void withoutACitationTitleAndDateStillComeFromAboveTheFirstLabel() {
        ArchiveRecord r = Fixtures.parse("layouts/labels-no-citation.txt");
        Metadata m = r.metadata();
        assertEquals("March 14, 1959", text(m.date()));
        assertEquals("Note on a Conversation with the Counselor of the Embassy of Albania, Comrade Hoxha Lame", text(m.title()));
        assertEquals("Leon Marsh Foundation", m.funder());
        assertNull(m.citation());
        assertTrue(firstBlock(r).startsWith("On 12 March I received"), firstBlock(r));
        assertNoHeaderInBody(r, "March 14, 1959", "Note on a Conversation with the Counselor");
    }

    @Test
    void labelsInAnotherOrderWithoutADateLine() {
        ArchiveRecord r = Fixtures.parse("layouts/labels-reordered.txt");
        Metadata m = r.metadata();
        assertNull(m.date());
        assertEquals("Record of a Meeting between the Trade Delegations of Mongolia and Hungary", text(m.title()));
        assertEquals("The delegations discuss wool deliveries for the coming year.", text(m.summary()));
        assertEquals("Hungarian", text(m.originalLanguage()));
        assertEquals("Translation - English", text(m.contents()));
        assertEquals("June 3, 1964", m.citation().date());
        assertEquals("National Archives of Hungary (MNL)", m.citation().repository());
        assertEquals("Budapest, 3 June 1964", firstBlock(r));
        assertNoHeaderInBody(r, "Translation - English");
    }

    @Test
    void aChineseLineStraightAfterContentsIsBody() {
        ArchiveRecord r = Fixtures.parse("layouts/contents-chinese-first.txt");
        assertNull(r.metadata().contents());
        assertEquals("外交部：", firstBlock(r));
    }

    @Test
    void anAddressLineStraightAfterContentsIsBodyInTheMirrorToo() {
        ArchiveRecord r = Fixtures.parse("layouts/contents-address-first.txt");
        assertEquals(Layout.MIRROR, r.metadata().layout());
        assertNull(r.metadata().contents());
        assertEquals("To the Ambassador of the Polish People's Republic in Hanoi", firstBlock(r).lines().findFirst().orElseThrow());
        assertEquals("Letter to the Polish Ambassador in Hanoi", text(r.metadata().title()));
    }

    @Test
    void aParagraphStraightAfterContentsIsBodyEvenWhenItIsTheWholeBody() {
        SourceText one = SourceText.of("one.txt", "May 2, 1970\n\nA Title\n\nContents:\n\nThe only paragraph of the text.\n");
        ArchiveRecord r = RecordParser.parse(one);
        assertEquals("The only paragraph of the text.", firstBlock(r));
        assertEquals("A Title", text(r.metadata().title()));
    }

    @Test
    void aFrusStyleExportHasItsTitleAndItsDatelineInTheBody() {
        ArchiveRecord r = Fixtures.parse("layouts/frus-style.txt");
        assertEquals("May 3, 1966", text(r.metadata().date()));
        assertEquals("41. Memorandum From the Director of Eastern Affairs to the Under Secretary", text(r.metadata().title()));
        assertEquals("Washington, May 3, 1966.", firstBlock(r));
    }

    @Test
    void aRawPageWithAGluedSummaryAndButtons() {
        ArchiveRecord r = Fixtures.parse("layouts/old-site-glued.txt");
        Metadata m = r.metadata();
        assertEquals(Layout.OLD_SITE, m.layout());
        assertEquals("REPORT, EMBASSY OF BULGARIA IN MONGOLIA, \"ON THE WOOL HARVEST\"", text(m.title()));
        assertEquals("The Embassy reports a poor wool harvest and asks for help.", text(m.summary()));
        Citation c = m.citation();
        assertEquals("Report, Embassy of Bulgaria in Mongolia, \"On the Wool Harvest\"", c.title());
        assertEquals("August 9, 1968", c.date());
        assertEquals("Central State Archive, Sofia (TsDA)", c.repository());
        assertEquals("https://archive.example.org/document/680809", c.url());
        assertEquals(1, r.body().size());
        assertNoHeaderInBody(r, "Download", "VIEW DOCUMENT");
        List<SourceLine> buttons = r.lines().stream().filter(l -> l.role() == SourceLine.Role.FURNITURE).toList();
        assertTrue(buttons.stream().anyMatch(l -> l.text(r.source()).equals("- Share") && l.line() == 6), buttons.toString());
    }

    @Test
    void aSingleNewlinePageKeepsItsBodyAndTakesTheLastLineAsSummary() {
        ArchiveRecord r = Fixtures.parse("layouts/new-site-single-newlines.txt");
        assertEquals("The Ambassador records a talk on the stalled Paris negotiations with the Deputy Minister.",
                text(r.metadata().summary()));
        assertTrue(r.body().stream().anyMatch(b -> b.text().contains("talks in Paris have stalled")));
        assertNoHeaderInBody(r, "Author(s)");
    }

    @Test
    void everyLineOfEveryLayoutIsAccountedFor() {
        for (var file : Fixtures.texts("layouts")) {
            ArchiveRecord r = RecordParser.parse(SourceReader.auto().read(file));
            long nonBlank = r.source().text().lines().filter(l -> !l.isBlank()).count();
            long accounted = r.lines().stream().mapToInt(SourceLine::line).distinct().count();
            assertEquals(nonBlank, accounted, file + ": a line without an account");
            assertTrue(r.lines().stream().noneMatch(l -> l.role() == SourceLine.Role.UNPLACED), file + ": " + r.lines());
        }
    }

    @Test
    void aPageFlattenedOntoOneLineIsReadByItsInlineLabels() {
        ArchiveRecord r = Fixtures.parse("layouts/one-line-page.txt");
        Metadata m = r.metadata();
        assertEquals("June 5, 1953", text(m.date()));
        assertEquals("Record of a Conversation between Comrade Ostrov and the Mongolian Delegation", text(m.title()));
        assertEquals("June 5, 1953", m.citation().date());
        assertEquals("Central Archive (CA)", m.citation().repository());
        assertEquals("Ostrov and the delegation discuss grain deliveries.", text(m.summary()));
        assertEquals("Russian", text(m.originalLanguage()));
        assertEquals("English Translation", text(m.contents()));
        assertEquals(1, r.body().size());
        assertTrue(firstBlock(r).startsWith("The delegation arrived"), firstBlock(r));
    }

    @Test
    void aSentenceSayingSummaryIsNotCutIntoLabels() {
        ArchiveRecord r = RecordParser.parse(SourceText.of("s.txt",
                "Note\n\nThe Counselor gave this Summary: the talks went well.\n"));
        assertTrue(r.body().stream().anyMatch(b -> b.text().contains("gave this Summary: the talks")), RecordParserTest.outline(r));
    }

    @Test
    void contentsEntriesAreKnownByTheirWords() {
        assertTrue(ContentsEntry.is("Translation - English"));
        assertTrue(ContentsEntry.is("English Translation"));
        assertTrue(ContentsEntry.is("Original Scan"));
        assertTrue(ContentsEntry.is("English Transcription Scan of Original Document"));
        assertFalse(ContentsEntry.is("English"));
        assertFalse(ContentsEntry.is("Washington, May 3, 1966."));
        assertFalse(ContentsEntry.is("Dear Comrade Ambassador,"));
        assertFalse(ContentsEntry.is("外交部："));
        assertEquals("English Translation".length(), ContentsEntry.prefix("English Translation The delegation arrived"));
        assertEquals(-1, ContentsEntry.prefix("Original text of the note"));
    }

    @Test
    void anInformationBlockAfterTheTextOfALabelledExportIsHeader() {
        ArchiveRecord r = Fixtures.parse("layouts/labels-with-information-block.txt");
        Metadata m = r.metadata();
        assertEquals("AQSH, Fond 14, Dosja 41. Translated by Ann Lee.", text(m.source()));
        assertEquals("Central State Archive of Albania", text(m.archive()));
        assertEquals("Invented for a test.", text(m.rights()));
        assertEquals(2, r.body().size(), RecordParserTest.outline(r));
        assertNoHeaderInBody(r, "Document Information", "Original Archive");
    }

    @Test
    void anInformationBlockRepeatingAFieldStaysInTheBodyRatherThanLoseALine() {
        ArchiveRecord r = RecordParser.parse(SourceText.of("dup.txt", """
                A Title

                Original Language:

                Czech

                Contents:

                The text of the note.

                Document Information

                Original Language

                Slovak
                """));
        assertEquals("Czech", text(r.metadata().originalLanguage()));
        assertTrue(r.body().stream().anyMatch(b -> b.text().equals("Slovak")), RecordParserTest.outline(r));
    }
}
