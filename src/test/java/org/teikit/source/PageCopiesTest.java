package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages as users copy them from the browser (issue 12): menus, breadcrumbs, buttons, banners,
 * the page's lists and footer around the text, the archive's blocks above or below it, other
 * archives' pages. Each class of what a copy carries is read as furniture or as a header field,
 * never as body, and the body is exactly the document's text. The fixtures are invented.
 */
class PageCopiesTest {

    private static String text(Field f) {
        return f == null ? null : f.text();
    }

    /** The body's text, lines joined by newlines. */
    private static String body(ArchiveRecord r) {
        return String.join("\n", r.body().stream().map(Block::text).toList());
    }

    private static List<String> furniture(ArchiveRecord r) {
        return r.lines().stream().filter(l -> l.role() == SourceLine.Role.FURNITURE || l.role() == SourceLine.Role.LABEL)
                .map(l -> l.text(r.source())).toList();
    }

    private static ArchiveRecord parse(String fixture) {
        ParsedPage page = Fixtures.analyse(fixture);
        LosslessTest.assertLossless(page);
        return page.record();
    }

    @Test
    void menusBreadcrumbsBannersAndButtonsAboveTheTextAreFurniture() {
        ArchiveRecord r = parse("layouts/new-site-furniture.txt");
        Metadata m = r.metadata();
        assertEquals(Layout.NEW_SITE, m.layout());
        assertEquals("May 4, 1961", text(m.date()));
        assertEquals("Note on the Wool Harvest in Ruritania", text(m.title()));
        assertEquals("Example Fund", m.funder());
        assertTrue(body(r).startsWith("Embassy of Elbonia\nStrelsau, 4 May 1961"), body(r));
        List<String> furniture = furniture(r);
        for (String line : List.of("Main navigation", "Breadcrumb", "PDF (120.5 KB)", "Accept all cookies", "Facebook",
                "We use cookies to improve this site. By continuing you accept our cookie policy.")) {
            assertTrue(furniture.contains(line), line + " is not furniture: " + furniture);
        }
    }

    @Test
    void thePagesListsInformationBlockAndFooterBelowTheTextAreNotBody() {
        ArchiveRecord r = parse("layouts/new-site-furniture.txt");
        Metadata m = r.metadata();
        assertTrue(body(r).endsWith("Rassendyll"), body(r));
        assertEquals("The Embassy reports a poor wool harvest and a request for shearing machines.", text(m.summary()));
        assertEquals("Invented for a test.", text(m.rights()));
        assertEquals("Archive X (AX)", m.citation().repository());
        List<String> furniture = furniture(r);
        for (String line : List.of("Associated Places", "Ruritania", "Record ID", "900412", "Related Documents",
                "Note on the Visit of a Trade Delegation to Strelsau", "Strelsau 10001",
                "© 2024 Example Center. All rights reserved.", "Sign up for our newsletter")) {
            assertTrue(furniture.contains(line), line + " is not furniture: " + furniture);
        }
    }

    @Test
    void aSentenceAmongThePagesListsBelowTheTextIsNotDroppedAsFurniture() {
        // A copy that repeats a sentence of the text under "Record ID" (as a careless paste may):
        // the page's lists would take it as an entry of theirs.
        String copy = Fixtures.read("layouts/new-site-furniture.txt").text()
                .replace("Record ID\n900412", "Record ID\nThe wool harvest of this year is a third below the plan.\n900412");
        ParsedPage page = RecordParser.analyse(SourceReader.auto().decode("page.txt", copy.getBytes(StandardCharsets.UTF_8)));
        LosslessTest.assertLossless(page);
        assertFalse(furniture(page.record()).contains("The wool harvest of this year is a third below the plan."));
        assertEquals(2, body(page.record()).split("The wool harvest of this year", -1).length - 1, body(page.record()));
    }

    @Test
    void aCitationUnderToCiteInThePagesInformationBlockIsTheCitation() {
        String copy = Fixtures.read("layouts/new-site-furniture.txt").text().replace("Rights\nInvented for a test.\n",
                "Rights\nInvented for a test.\nTo Cite\n\"Note on the Wool Harvest in Ruritania,\" May 4, 1961, Example Digital Archive, "
                        + "Archive X (AX), Fond 3, file 41. Translated by Ann Lee. https://archive.example.org/document/900412\n");
        ParsedPage page = RecordParser.analyse(SourceReader.auto().decode("page.txt", copy.getBytes(StandardCharsets.UTF_8)));
        LosslessTest.assertLossless(page);
        Citation c = page.record().metadata().citation();
        assertEquals("https://archive.example.org/document/900412", c.url());
        assertEquals("Note on the Wool Harvest in Ruritania", c.title());
        assertEquals("Ann Lee", c.translator());
        assertTrue(body(page.record()).endsWith("Rassendyll"), body(page.record()));
    }

    @Test
    void theArchivesBlocksBelowTheTextAreHeader() {
        ArchiveRecord r = parse("layouts/export-citation-below.txt");
        Metadata m = r.metadata();
        assertEquals("June 8, 1962", m.citation().date());
        assertEquals("Archive X (AX)", m.citation().repository());
        assertEquals("Ann Lee", m.citation().translator());
        assertTrue(body(r).endsWith("for lack of cement."), body(r));
        assertTrue(furniture(r).containsAll(List.of("Keywords:", "harbour", "Associated Places:", "Strelsau")), furniture(r).toString());
    }

    @Test
    void aCitationOnItsOwnBelowOrAboveTheTextIsTheCitation() {
        ArchiveRecord below = parse("layouts/text-citation-below.txt");
        assertEquals("Ciphergram from Strelsau, No. 311", below.metadata().citation().title());
        assertEquals("https://archive.example.org/document/630702", below.metadata().citation().url());
        assertTrue(body(below).startsWith("Ciphergram No. 311") && body(below).endsWith("Rassendyll"), body(below));

        ArchiveRecord above = parse("layouts/text-citation-above.txt");
        assertEquals("Letter from the Elbonian Minister of Trade, on Cement", above.metadata().citation().title());
        assertNull(above.metadata().title());
        assertTrue(body(above).startsWith("Embassy of Ruritania in Elbonia"), body(above));
    }

    @Test
    void aSentenceThatHappensToQuoteAndDateIsNotACitation() {
        assertFalse(PageTail.isBareCitation("\"We will come,\" May 4, 1961, he said, and left."));
        assertTrue(PageTail.isBareCitation("\"A Note,\" May 4, 1961, Example Digital Archive, Archive X (AX), F-1."));
    }

    @Test
    void anInformationBlockWithColonsAndACallNumber() {
        ArchiveRecord r = parse("layouts/information-block-colon-labels.txt");
        Metadata m = r.metadata();
        assertEquals(Layout.NEW_SITE, m.layout());
        assertEquals("September 1964", text(m.date()));
        assertEquals("Elbonian", text(m.originalLanguage()));
        assertEquals("Archive X (AX)", m.citation().repository());
        assertEquals("Fond 3/12", m.citation().idno());
        assertEquals("The report describes the railway talks of Ruritania and Elbonia in September 1964.", text(m.summary()));
        assertEquals("The talks were held in an open atmosphere.\nBoth sides agreed to open the line to the coast in the spring.",
                body(r));
    }

    @Test
    void aPrintCopyHasItsDateUnderTheTitleAndItsPrintLinesAreFurniture() {
        ArchiveRecord r = parse("layouts/print-copy.txt");
        Metadata m = r.metadata();
        assertEquals("October 10, 1963", text(m.date()));
        assertEquals("Telegram from the Embassy in Strelsau on the Harbour Works", text(m.title()));
        assertEquals("Telegram from the Embassy in Strelsau on the Harbour Works", m.citation().title());
        assertEquals("The harbour works have started again.", body(r));
        assertTrue(furniture(r).containsAll(List.of("Printed from https://archive.example.org/document/631010", "Page 1 of 1")));
    }

    @Test
    void anotherArchivesPageWithBreadcrumbsAndASourceLine() {
        ArchiveRecord r = parse("layouts/other-archive-breadcrumbs.txt");
        Metadata m = r.metadata();
        assertEquals("Memorandum for the Record, Meeting on Elbonia, 12 January 1968", text(m.title()));
        assertEquals("January 12, 1968", text(m.date()));
        assertEquals("Example Presidential Library, Country File, Elbonia, box 12", text(m.source()));
        assertTrue(body(r).startsWith("SECRET") && body(r).endsWith("incidents on the border."), body(r));
        assertTrue(furniture(r).containsAll(List.of("Elbonia", "»", "Tweet", "Download PDF (1.3 MB)", "Phone: 202/555-0100")),
                furniture(r).toString());
    }

    @Test
    void anotherArchivesPageWithItsTitleBelowTheMenuAndItsSourceNoteBelowTheText() {
        ArchiveRecord r = parse("layouts/other-archive-title-below-menu.txt");
        Metadata m = r.metadata();
        assertEquals("142. Telegram From the Embassy in Elbonia to the Ministry", text(m.title()));
        assertEquals("Central Files 1964–66, POL 33 ELB. Confidential.", text(m.source()));
        assertTrue(body(r).startsWith("Strelsau, March 4, 1965, 0410Z.") && body(r).endsWith("Brown"), body(r));
        assertTrue(furniture(r).contains("Foreign Relations of Ruritania, 1964–1968, Volume IX, Elbonia"), furniture(r).toString());
    }

    @Test
    void buttonsBetweenAValueAndTheNextLabelAreNotPartOfTheValue() {
        ArchiveRecord r = parse("layouts/export-buttons-between-labels.txt");
        Metadata m = r.metadata();
        assertEquals("Archive X (AX)", m.citation().repository());
        assertFalse(m.citation().full().contains("Copy citation"), m.citation().full());
        assertEquals("Example Fund", m.funder());
        assertEquals("The figure of 11 million tons includes the steel of the backyard furnaces.", body(r));
    }

    @Test
    void aLabelWithoutColonAtTheTopOfAPageCopy() {
        ArchiveRecord r = parse("layouts/new-site-summary-label-top.txt");
        Metadata m = r.metadata();
        assertEquals("Memorandum of a Talk with the Elbonian Ambassador", text(m.title()));
        assertEquals("The Elbonian ambassador asks for advice on the land reform.", text(m.summary()));
        assertEquals("Example Fund", m.funder());
        assertEquals("Strelsau, 15 January 1958\nThe ambassador visited me at his request.", body(r));
    }

    @Test
    void linesOfNoBreakSpacesAreBlankAndTabsAndTrailingSpacesDoNotMatter() {
        ArchiveRecord r = parse("encodings/old-site-nbsp-tabs-crlf.txt");
        Metadata m = r.metadata();
        assertEquals(Layout.OLD_SITE, m.layout());
        assertEquals("October 27, 1962", text(m.date()));
        assertEquals("The embassy reports on the mood in Strelsau.", text(m.summary()));
        assertEquals("Ciphergram from the Embassy in Strelsau", m.citation().title());
        assertTrue(body(r).startsWith("TOP SECRET") && body(r).endsWith("RASSENDYLL"), body(r));
        assertTrue(r.body().stream().noneMatch(b -> b.text().isBlank()), body(r));
    }

    @Test
    void titleAndDateLabelsAboveTheExportsLabels() {
        ArchiveRecord r = Fixtures.parseText("""
                Date: 1975-03-12
                Title: Information on a Visit to Strelsau

                Summary:
                A delegation visited Strelsau.

                Contents:
                The delegation visited the harbour.
                """);
        assertEquals("1975-03-12", text(r.metadata().date()));
        assertEquals("Information on a Visit to Strelsau", text(r.metadata().title()));
        assertEquals("The delegation visited the harbour.", body(r));
    }

    @Test
    void aListHeadingInsideTheTextFollowedByTextStaysBody() {
        ArchiveRecord r = Fixtures.parseText("""
                August 10, 1954

                Instructions to the Delegation

                Contents:

                Instructions

                Related Documents

                The delegation shall take with it the texts of the agreements and the maps of the line.

                Keywords

                Every report shall list the keywords of the incident, so that the Ministry can file it.
                """);
        assertTrue(body(r).startsWith("Instructions\nRelated Documents\n"), body(r));
        assertTrue(body(r).contains("\nKeywords\n") && body(r).endsWith("can file it."), body(r));
    }

    @Test
    void aWordOfAMenuInsideTheTextStaysBody() {
        ArchiveRecord r = Fixtures.parseText("""
                May 2, 1961

                A Title

                Contents:

                The first paragraph.

                Home

                The second paragraph.
                """);
        assertEquals("The first paragraph.\nHome\nThe second paragraph.", body(r));
    }

    @Test
    void aLineAReaderLeftNowhereIsReadAsBodyAndNothingIsLost() {
        SourceText source = SourceText.of("slip.txt", "A first line no reader took.\n\nThe text of the note.\n");
        Page page = Page.of(source);
        HeaderReader forgetful = p -> new HeaderBuilder(Layout.ARCHIVE_EXPORT).build(1, p.size()); // skips line 1
        ParsedPage parsed = RecordParser.analyse(source, page, forgetful);
        LosslessTest.assertLossless(parsed);
        assertEquals("A first line no reader took.\nThe text of the note.", body(parsed.record()));
    }

    @Test
    void downloadLinksNamedLikeContentsEntriesAreFurnitureAboveTheText() {
        assertTrue(SiteChrome.isHeaderFurniture("Original Document (Chinese)"));
        assertTrue(SiteChrome.isHeaderFurniture("English Translation"));
        assertFalse(SiteChrome.isHeaderFurniture("The original document was lost."));
    }
}
