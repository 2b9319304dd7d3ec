package org.teikit.annotate.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RecognitionContext;
import org.teikit.annotate.Span;

class OcrSlipRecogniserTest {
    private static final OcrSlipRecogniser RECOGNISER = new OcrSlipRecogniser();

    private static List<Span> spans(String text) {
        return RECOGNISER.find(text, new RecognitionContext(null, java.util.Set.of()));
    }

    /** The words flagged as corrupt, with no correction. */
    private static List<String> flagged(String text) {
        List<Span> spans = spans(text);
        spans.forEach(s -> assertEquals(new Mark.Sic(null), s.mark()));
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void flagsWordsWithALetterLostToAQuestionMark() {
        assertEquals(List.of("P?ja"), flagged("Comrade P?ja Frigyes, Minister"));
        assertEquals(List.of("G??bi?ski"), flagged("the counsellor (G??bi?ski) said"));
        assertEquals(List.of("KU?ERA"), flagged("[Signed] KU?ERA, Ambassador."));
    }

    @Test
    void aQuestionMarkEndingAWordIsReadAsPunctuation() {
        assertEquals(List.of("S?kou"), flagged("President S?kou Tour? received him"));
        assertEquals(List.of("Kh?vsg?l?"), flagged("Was it Lake Kh?vsg?l?"));
    }

    @Test
    void putsBackTheLettersAScannerReadAsDigits() {
        String text = "the road to Mukal1a and Aden–Lond0n.";
        assertEquals(List.of(new Span(12, 19, new Mark.Sic("Mukalla")), new Span(29, 35, new Mark.Sic("London"))), spans(text));
    }

    @Test
    void leavesNumbersInNamesOfThingsAlone() {
        assertEquals(List.of(), spans("The MiG-21, a T-34, Su7 fighters, B52s and 10th units on 1st May 1970."));
    }

    @Test
    void leavesQuestionsAndAddressesAlone() {
        assertEquals(List.of(), flagged("Will he come? Nobody knows. Was it Kim?"));
        assertEquals(List.of(), flagged("See https://example.org/page.php?id=5&lang=en for more."));
        assertEquals(List.of(), flagged("¿Qué? he asked; 'why?'"));
    }
}
