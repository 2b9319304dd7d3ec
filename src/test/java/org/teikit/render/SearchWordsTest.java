package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void foldsCaseAndAccentsAsTheSearchBoxDoes() {
        assertEquals(List.of("uber", "zurich", "malmo"), SearchWords.of("Über ZÜRICH, Malmö"));
    }

    @Test
    void capitalIIsIWhateverTheLocale() {
        assertEquals(List.of("imre", "istanbul"), SearchWords.of("IMRE İstanbul"));
        assertEquals(List.of("istanbul", "kelvin"), SearchWords.of("İSTANBUL \u212AELVIN"));
    }

    @Test
    void cutsAtAnythingButLettersAndDigitsAndKeepsTwoOrMore() {
        assertEquals(List.of("1976", "ddr", "bonn"), SearchWords.of("1976: a DDR—Bonn"));
        assertEquals(List.of("bahn"), SearchWords.of("S-Bahn"));
    }

    @Test
    void eachWordOnceInTheOrderItFirstCame() {
        assertEquals(List.of("the", "note", "and"), SearchWords.of("The note and the NOTE"));
    }

    @Test
    void greekCapitalsFoldAsTheBrowserFoldsThem() {
        // Java and JavaScript both give the final sigma at the end of a word.
        assertEquals(List.of("λογος"), SearchWords.of("ΛΟΓΟΣ"));
    }

    @Test
    void aLetterAndItsAccentWrittenApartFoldAsTheLetterWrittenWhole() {
        assertEquals(List.of("ete"), SearchWords.of("e\u0301te\u0301 \u00e9t\u00e9 \u00c9T\u00c9"));
        // Hangul syllables decompose into their letters, as NFD over the whole text has them.
        assertEquals(List.of(java.text.Normalizer.normalize("\ud55c\uad6d", java.text.Normalizer.Form.NFD)), SearchWords.of("\ud55c\uad6d!"));
    }

    @Test
    void lettersBeyondTheBasicPlaneAreLetters() {
        assertEquals(List.of("𝔞𝔟"), SearchWords.of("𝔞𝔟 𝔠"));
    }

    @Test
    void theStylesheetsCallIt() {
        var tei = Renderer.get().reader().read("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
                <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
                <text><body><p>Grüße aus <placeName>Köln</placeName>, x.</p></body></text></TEI>""", "t.xml");
        String json = Renderer.get().summaryJson(tei, null);
        assertTrue(json.contains("\"words\":\"gruße aus koln\""), json);
        // Each word once, in order of first use: the search index reads them back as a list.
        assertEquals(List.of("gruße", "aus", "koln"), CorpusSite.parse(json, DocumentSummary.Words.class).list());
    }

    @Test
    void eachTextNodeEndsAWordAndTheHeaderIsNotRead() {
        var tei = Renderer.get().reader().read("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Headerword</title></titleStmt>
                <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
                <text>
                  <body>
                    <p>Ein<hi>fach</hi> ΟΔΟΣ</p>
                    <p>ein</p>
                  </body>
                </text></TEI>""", "t.xml");
        String json = Renderer.get().summaryJson(tei, null);
        // As the text nodes joined by spaces would give: "Ein" and "fach" stay apart, the final sigma is folded as in a whole text.
        assertEquals(List.of("ein", "fach", "οδος"), CorpusSite.parse(json, DocumentSummary.Words.class).list());
    }
}
