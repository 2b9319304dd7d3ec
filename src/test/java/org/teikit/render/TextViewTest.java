package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextViewTest {
    private static final String MEMO = "render/lossless/memo.xml";

    @Test
    void diplomaticBodyKeepsEverySourceCharacterInOrder() {
        String source = Fixtures.string(Fixtures.path("render/lossless/memo.txt"));
        String body = TextView.diplomaticBody(Fixtures.read(MEMO));
        assertEquals(TextView.withoutWhitespace(source), TextView.withoutWhitespace(body));
    }

    @Test
    void diplomaticTextViewIsLosslessToo() {
        String source = Fixtures.string(Fixtures.path("render/lossless/memo.txt"));
        String view = Renderer.get().text(Fixtures.read(MEMO), Reading.DIPLOMATIC, 40, false);
        // The view adds one heading of its own above the endnotes.
        String withoutHeading = view.replaceFirst("(?m)^Notes$", "");
        assertEquals(TextView.withoutWhitespace(source), TextView.withoutWhitespace(withoutHeading));
    }

    @Test
    void diplomaticBodyOfXomDocumentMatchesTheParsedOne() throws Exception {
        nu.xom.Document xom = new nu.xom.Builder().build(Fixtures.path(MEMO).toFile());
        assertEquals(TextView.diplomaticBody(Fixtures.read(MEMO)), TextView.diplomaticBody(xom));
    }

    @Test
    void diplomaticReadingShowsTheSlipAndTheBrackets() {
        String text = Fixtures.text(MEMO, Reading.DIPLOMATIC, 0);
        assertTrue(text.contains("expects Kim II Sung in [...] autumn."), text);
        assertTrue(text.contains("Nagy [Imre] to the Embassy"), text);
        assertTrue(text.contains("He said [that] the Hungarian"), text);
    }

    @Test
    void normalisedReadingShowsTheCorrectionAndFoldsInsertions() {
        String text = Fixtures.text(MEMO, Reading.NORMALISED, 0);
        assertTrue(text.contains("expects Kim Il Sung in ... autumn."), text);
        assertTrue(text.contains("He said that the Hungarian"), text);
        assertFalse(text.contains("Kim II Sung"), text);
    }

    @Test
    void editorialRemarksKeepTheirBracketsInBothReadings() {
        assertTrue(Fixtures.text(MEMO, Reading.NORMALISED, 0).contains("Comrade Nagy [male] visited"));
        assertTrue(Fixtures.text(MEMO, Reading.DIPLOMATIC, 0).contains("Comrade Nagy [male] visited"));
    }

    @Test
    void wrapsAtTheWidthWithoutSplittingWords() {
        String text = Renderer.get().text(Fixtures.read("render/corpus/note-1976-pyongyang.xml"), Reading.NORMALISED, 30, false);
        for (String line : text.split("\n")) {
            assertTrue(line.length() <= 30 || !line.strip().contains(" "), "too long: " + line);
        }
        assertTrue(text.contains("\nthe DPRK expects 4.2 million") || text.contains("DPRK expects"), text);
        assertFalse(text.contains("millio\n"), text);
    }

    @Test
    void widthZeroKeepsEachParagraphOnOneLine() {
        String text = Fixtures.text(MEMO, Reading.NORMALISED, 0);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("Comrade Nagy [male] visited") && l.endsWith("South were not held.")),
                text);
    }

    @Test
    void headerBlockNamesTitleDateSourceAndCitation() {
        List<String> lines = Fixtures.text("render/corpus/note-1976-pyongyang.xml", Reading.NORMALISED, 0).lines().toList();
        assertTrue(lines.get(0).startsWith("Note from the GDR Embassy in the DPRK"), lines.get(0));
        assertTrue(lines.contains("Date: June 10, 1976 (1976-06-10)"), lines.toString());
        assertTrue(lines.contains("Shelfmark: C 7001"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Citation: \"Note from the GDR Embassy")), lines.toString());
        assertTrue(lines.contains("URL: https://digitalarchive.wilsoncenter.org/document/910001"), lines.toString());
    }

    @Test
    void footnotesBecomeNumberedEndnotes() {
        String text = Fixtures.text("render/corpus/note-1976-pyongyang.xml", Reading.NORMALISED, 0);
        int notes = text.indexOf("\nNotes\n");
        assertTrue(notes > text.indexOf("CC: 2 x Embassy"), text);
        assertTrue(text.indexOf("[1] The date was not yet fixed in June.") > notes, text);
        assertTrue(text.indexOf("[2] See the report of 2 April 1976.") > notes, text);
        assertTrue(text.contains("is expected[1] in the autumn"), text);
    }

    @Test
    void notesInRunningTextAreCalledByNumberAndGivenAtTheEnd() {
        String text = Fixtures.text("render/foreign/varia.xml", Reading.NORMALISED, 0);
        assertTrue(text.contains("Nur ich, der Nachbar[1]. Verzeiht die Stunde."), text);
        assertTrue(text.contains("\n[1] Im Erstdruck: Nachbahr."), text);
    }

    @Test
    void wordBoundariesSurviveInlineAndBlockMarkup() {
        String text = Renderer.get().text(Fixtures.parse(Fixtures.tei(
                "<p>one<hi>two</hi> three<lb/>four <emph>five</emph>six</p>"
                + "<p>Items:<list><item>alpha</item><item>beta</item></list>after</p>")), Reading.NORMALISED, 0, false);
        List<String> lines = Arrays.asList(text.split("\n"));
        assertTrue(lines.contains("onetwo three"), text);
        assertTrue(lines.contains("four fivesix"), text);
        assertTrue(lines.contains("  alpha") && lines.contains("  beta"), text);
        assertTrue(lines.contains("after"), text);
    }

    @Test
    void dramaKeepsSpeakersAndVerseLines() {
        String text = Fixtures.text("render/foreign/varia.xml", Reading.NORMALISED, 72);
        assertTrue(text.contains("Anna.\nWer kommt so spät durch meinen Garten?\nIch hör den Kies, (sie lauscht) ich hör ihn knirschen."),
                text);
        assertTrue(text.contains("  Anna, eine Gärtnerin."), text);
    }

    @Test
    void sameInputGivesTheSameBytes() {
        String once = Fixtures.text(MEMO, Reading.DIPLOMATIC, 50);
        String twice = Fixtures.text(MEMO, Reading.DIPLOMATIC, 50);
        assertEquals(once, twice);
    }
}
