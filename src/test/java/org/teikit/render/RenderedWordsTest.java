package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check CorporaRenderTest runs on the real corpora, tried on invented documents first. */
class RenderedWordsTest {
    private static final String MEMO = "render/lossless/memo.xml";

    @Test
    void theWordsAreThoseOfTheTextAsTransmittedNodeByNode() {
        Map<String, Integer> words = RenderedWords.of(Fixtures.parse(Fixtures.tei(
                "<p>Talks on <choice><sic>Kim II Sung</sic><corr>Kim Il Sung</corr></choice></p><lg><l>one</l><l>two</l></lg>"
                + "<p>one<script>var x;</script></p>")));
        assertEquals(Map.of("Talks", 1, "on", 1, "Kim", 1, "II", 1, "Sung", 1, "one", 2, "two", 1), words);
    }

    @Test
    void everyWordOfTheMemoReachesItsPageAndItsDiplomaticTextView() {
        Map<String, Integer> words = RenderedWords.of(Fixtures.read(MEMO));
        assertEquals(List.of(), RenderedWords.missing(words, Renderer.get().html(Fixtures.read(MEMO), Reading.NORMALISED)));
        assertEquals(List.of(), RenderedWords.missing(words, Renderer.get().text(Fixtures.read(MEMO), Reading.DIPLOMATIC, 40, true)));
    }

    @Test
    void aWordMayArriveGluedToANotesCall() {
        assertEquals(List.of(), RenderedWords.missing(Map.of("Nachbar", 1), "Nur ich, der Nachbar[1]. Verzeiht"));
    }

    @Test
    void aParagraphLeftOutIsFoundEvenWhereItsWordsOccurElsewhere() {
        Map<String, Integer> words = RenderedWords.of(Fixtures.parse(Fixtures.tei("<p>The river rose.</p><p>The river fell.</p>")));
        assertEquals(List.of("The (1 of 2)", "fell. (0 of 1)", "river (1 of 2)"), RenderedWords.missing(words, "The river rose."));
    }

    @Test
    void theNormalisedTextViewLacksTheSlipThatTheDiplomaticOneKeeps() {
        Map<String, Integer> words = RenderedWords.of(Fixtures.read(MEMO));
        assertEquals(List.of("II (0 of 1)"), RenderedWords.missing(words, Renderer.get().text(Fixtures.read(MEMO), Reading.NORMALISED, 40, true)));
    }
}
