package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CitationParserTest {

    @Test
    void takesApartACitationWithAQuotedTitleInsideTheTitle() {
        String full = "\"Letter, Embassy of Norway in Moscow, \"On the Fisheries Talks of 3 May, 1967.\"\", "
                + "May 9, 1967, Fjord Digital Archive, National Archives of Norway, Oslo (RA), UD 25.4, box 7. "
                + "Translated for NORPROJ by Kari Nilsen. https://fjord.example.net/document/123456";
        Citation c = CitationParser.parse(full);
        assertEquals(full, c.full());
        assertEquals("Letter, Embassy of Norway in Moscow, \"On the Fisheries Talks of 3 May, 1967.\"", c.title());
        assertEquals("May 9, 1967", c.date());
        assertEquals("Fjord Digital Archive", c.publisher());
        assertEquals("National Archives of Norway, Oslo (RA)", c.repository());
        assertEquals("UD 25.4", c.collection());
        assertEquals("box 7", c.idno());
        assertEquals("Kari Nilsen", c.translator());
        assertEquals("NORPROJ", c.translatedFor());
        assertEquals("https://fjord.example.net/document/123456", c.url());
    }

    @Test
    void keepsEveryPartAfterTheCollectionInTheShelfmark() {
        Citation c = CitationParser.parse("\"Report on Harbour Works\", 12 August 1959, Fjord Digital Archive, "
                + "Regional Archive of Bergen (SAB), Series II-k Harbour, 14. eske, 3, 001234/1959. "
                + "Translated by Ola Berg. https://fjord.example.net/document/55");
        assertEquals("12 August 1959", c.date());
        assertEquals("Regional Archive of Bergen (SAB)", c.repository());
        assertEquals("Series II-k Harbour", c.collection());
        assertEquals("14. eske, 3, 001234/1959", c.idno());
        assertEquals("Ola Berg", c.translator());
        assertNull(c.translatedFor());
    }

    @Test
    void readsObtainedAndTranslatedForAProject() {
        Citation c = CitationParser.parse("\"Minutes of the Port Commission\", June 30, 1962, Fjord Digital Archive, "
                + "Archive of the Ministry of Trade, Norway (AMT), K-9, t-41. Obtained and translated for NORPROJ by "
                + "Per Hansen. https://fjord.example.net/document/77");
        assertEquals("Archive of the Ministry of Trade, Norway (AMT)", c.repository());
        assertEquals("K-9", c.collection());
        assertEquals("t-41", c.idno());
        assertEquals("Per Hansen", c.translator());
        assertEquals("NORPROJ", c.translatedFor());
    }

    @Test
    void handlesSingleQuotesAndCommasInsideTheTitle() {
        Citation c = CitationParser.parse("\"Note from Oslo to Stockholm, No. 12, Urgent, 'The Ferry Question'\", "
                + "March 3, 1970, Fjord Digital Archive, Swedish National Archives (RA-SE), UD 1970, vol. 3. "
                + "Translated by Eva Lund. https://fjord.example.net/document/88");
        assertEquals("Note from Oslo to Stockholm, No. 12, Urgent, 'The Ferry Question'", c.title());
        assertEquals("March 3, 1970", c.date());
        assertEquals("UD 1970", c.collection());
        assertEquals("vol. 3", c.idno());
    }

    @Test
    void closesTheTitleAtTheQuoteBeforeTheDateNotAtAnInnerQuoteFollowedByAComma() {
        Citation c = CitationParser.parse("\"Cable, \"Fish\", and the Quota Talks\", April 1, 1971, Fjord Digital Archive, "
                + "Archive X (AX), C-1, 2");
        assertEquals("Cable, \"Fish\", and the Quota Talks", c.title());
        assertEquals("April 1, 1971", c.date());
        assertEquals("Archive X (AX)", c.repository());
        assertNull(c.url());
        assertNull(c.translator());
    }

    @Test
    void takesNoUrlThatIsNoUri() {
        Citation c = CitationParser.parse("\"A Note\", May 9, 1967, Fjord Digital Archive, Archive X (AX). https://archive[.example.org/document/1");
        assertNull(c.url());
        assertEquals("A Note", c.title());
    }

    @Test
    void leavesOutWhatTheCitationLacks() {
        Citation c = CitationParser.parse("\"An Undated Note\", Fjord Digital Archive, Archive X (AX)");
        assertEquals("An Undated Note", c.title());
        assertNull(c.date());
        assertEquals("Fjord Digital Archive", c.publisher());
        assertEquals("Archive X (AX)", c.repository());
        assertNull(c.collection());
        assertNull(c.idno());
    }

    @Test
    void readsTheNewSiteSourceNoteThatStartsWithTheArchivesAbbreviation() {
        Citation c = CitationParser.fromSourceNote("NAN HQ 77-0012-03. Translated by Lars Moe.",
                "National Archives of Norway, Headquarters (NAN HQ)");
        assertEquals("National Archives of Norway, Headquarters (NAN HQ)", c.repository());
        assertNull(c.collection());
        assertEquals("77-0012-03", c.idno());
        assertEquals("Lars Moe", c.translator());
        assertNull(c.title());
        assertNull(c.publisher());
    }

    @Test
    void readsTheNewSiteSourceNoteThatRepeatsTheArchivesName() {
        Citation c = CitationParser.fromSourceNote(
                "Regional Archive of Bergen (SAB), Harbour Board, Box 14. Translated by Ola Berg.",
                "Regional Archive of Bergen (SAB)");
        assertEquals("Regional Archive of Bergen (SAB)", c.repository());
        assertEquals("Harbour Board", c.collection());
        assertEquals("Box 14", c.idno());
        assertEquals("Ola Berg", c.translator());
    }

    @Test
    void readsASourceNoteWithoutArchiveLikeACitationsArchivalPart() {
        Citation c = CitationParser.fromSourceNote("Archive X (AX), Fonds 3, file 9.", null);
        assertEquals("Archive X (AX)", c.repository());
        assertEquals("Fonds 3", c.collection());
        assertEquals("file 9", c.idno());
    }

    @Test
    void recognisesACitationLine() {
        assertTrue(CitationParser.looksLikeCitation("\"A Title\", May 1, 1960, Some Archive"));
        assertTrue(CitationParser.looksLikeCitation("“A Title”, May 1, 1960, Some Archive"));
        assertFalse(CitationParser.looksLikeCitation("A summary that mentions \"quotes\", here."));
        assertFalse(CitationParser.looksLikeCitation("\"A quotation without a comma after it.\""));
    }

    @Test
    void findsTheDateAfterATitleWhoseCommaStandsInsideTheQuotes() {
        Citation c = CitationParser.parse("“Note on a Talk with Comrade Varga, Ambassador of Hungary,” March 2, 1962, "
                + "Fjord Digital Archive, RA, UD 25, 4/1/9. Translated by Kari Nilsen. https://fjord.example.net/document/9");
        assertEquals("Note on a Talk with Comrade Varga, Ambassador of Hungary", c.title());
        assertEquals("March 2, 1962", c.date());
        assertEquals("Fjord Digital Archive", c.publisher());
        assertEquals("RA", c.repository());
        assertEquals("UD 25", c.collection());
        assertEquals("4/1/9", c.idno());
    }

    @Test
    void aTitleWithTimesBracketsAndATrailingCommaKeepsItsCollectionApart() {
        String title = "Minutes of the Talks on 4 May, 10:30 a.m. - 12:45 p.m. [Excerpts]";
        String full = "\"" + title + " ,\" May 4, 1960, Fjord Digital Archive, Regional Archive of Bergen (SAB), "
                + "Series 3, 12/60. Translated by Ola Berg.";
        for (String known : new String[] {null, title}) {
            Citation c = CitationParser.parse(full, known);
            assertEquals(title, c.title());
            assertEquals("May 4, 1960", c.date());
            assertEquals("Regional Archive of Bergen (SAB)", c.repository());
            assertEquals("Series 3", c.collection());
            assertEquals("12/60", c.idno());
        }
    }

    @Test
    void theKnownTitleAnchorsTheEndEvenWhereCommasAndQuotesWouldMislead() {
        // Without the title, the first quote followed by a comma and a date looks like the end.
        String title = "Report, \"Talks of May 3, 1961, \" and After";
        String full = "\"" + title + "\", May 9, 1961, Fjord Digital Archive, RA, UD 7, 1.";
        Citation c = CitationParser.parse(full, title);
        assertEquals(title, c.title());
        assertEquals("May 9, 1961", c.date());
        assertEquals("RA", c.repository());
    }

    @Test
    void aTitleInCapitalsStillAnchorsTheCitation() {
        String full = "\"Report, Embassy in Sofia, \"On Wool\"\", August 9, 1968, Fjord Digital Archive, RA, F 1, 3.";
        Citation c = CitationParser.parse(full, "REPORT, EMBASSY IN SOFIA, \"ON WOOL\"");
        assertEquals("Report, Embassy in Sofia, \"On Wool\"", c.title());
        assertEquals("August 9, 1968", c.date());
    }

    @Test
    void findsACitationGluedToTheSummaryBeforeIt() {
        String line = "The Embassy reports on wool.\"Report, Embassy in Sofia,\" August 9, 1968, Fjord Digital Archive";
        assertEquals(line.indexOf("\"Report"), CitationParser.gluedCitationStart(line));
        assertEquals(-1, CitationParser.gluedCitationStart("He said \"no.\" Then he left, angry, on May 2, 1960."));
    }

    @Test
    void anUndatedCitationWithTheCommaInsideTheQuotes() {
        Citation c = CitationParser.parse("\"Record of a Talk with the Elbonian Consul,\" Example Digital Archive, Archive X (AX), "
                + "fond 7, opis 2. Translated by Ann Lee.");
        assertEquals("Record of a Talk with the Elbonian Consul", c.title());
        assertEquals(null, c.date());
        assertEquals("Archive X (AX)", c.repository());
        assertEquals("Ann Lee", c.translator());
        assertTrue(CitationParser.looksLikeCitation(c.full()));
    }

    @Test
    void anAbbreviationGluedToItsShelfmarkIsTheRepositoryAndTheShelfmark() {
        Citation c = CitationParser.parse("\"Cable on Grain,\" June 1, 1960, Example Digital Archive, EFA 104-00123-05, 7-9. "
                + "Translated by Ann Lee.");
        assertEquals("EFA", c.repository());
        assertNull(c.collection());
        assertEquals("104-00123-05, 7-9", c.idno());
        Citation named = CitationParser.parse("\"Cable on Grain,\" June 1, 1960, Example Digital Archive, Archive X (AX), F-1, 2.");
        assertEquals("Archive X (AX)", named.repository());
    }
}
