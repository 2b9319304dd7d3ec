package org.teikit.annotate.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RecognitionContext;
import org.teikit.annotate.Span;

class MeasureRecogniserTest {
    private static final MeasureRecogniser MEASURES = new MeasureRecogniser();

    /** Each measure found, as "surface=quantity unit". */
    private static List<String> found(String text) {
        return MEASURES.find(text, RecognitionContext.none()).stream().map(s -> show(text, s)).toList();
    }

    private static String show(String text, Span s) {
        Mark.Measure m = (Mark.Measure) s.mark();
        return text.substring(s.start(), s.end()) + "=" + m.quantity() + " " + m.unit();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a credit of 620 million Rubles was granted      | 620 million Rubles=620000000 RUB",
        "some 2.4 million cubic meters of timber          | 2.4 million cubic meters=2400000 m3",
        "a border of 2,210 kilometers                     | 2,210 kilometers=2210 km",
        "they asked for 250.000 metric tons of maize      | 250.000 metric tons=250000 t",
        "about 750,000 tons of coal                       | 750,000 tons=750000 t",
        "flats of 42,000 square meters                    | 42,000 square meters=42000 m2",
        "a loan of 35 million rubles                      | 35 million rubles=35000000 RUB",
        "debts of 1.7 billion US dollars                  | 1.7 billion US dollars=1700000000 USD",
        "credit of 60 million dollars                     | 60 million dollars=60000000 USD",
        "a loan of 15 million Czechoslovak crowns         | 15 million Czechoslovak crowns=15000000 CSK",
        "only seventy miles from the coast                | seventy miles=70 mi",
        "a fee of USD 40,000 was paid                     | USD 40,000=40000 USD",
        "a plant worth $3 million                         | $3 million=3000000 USD",
        "goods for 2,5 million forints                    | 2,5 million forints=2500000 HUF",
    })
    void readsQuantityAndUnit(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "About 8,000 Vietnamese students study here.",
        "The talks lasted two and a half hours.",
        "He has lived there for twenty years.",
        "The 1969 harvest was poor.",
    })
    void headCountsDurationsAndYearsAreNotMeasures(String text) {
        assertEquals(List.of(), found(text));
    }

    @Test
    void findsEveryMeasureOfASentence() {
        assertEquals(List.of("300 tons=300 t", "12 kilometers=12 km"), found("It carries 300 tons over 12 kilometers."));
    }
}
