package org.teikit.annotate.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RecognitionContext;
import org.teikit.annotate.Recogniser;
import org.teikit.annotate.Span;
import org.teikit.annotate.WordTable;

/**
 * Finds quantities with a unit ("475 million Rubles", "300.000 metric tons", "ninety miles",
 * "$5 million") and gives each its plain decimal quantity and the unit's short code. The units
 * and number words are data ({@code measure-words.tsv}); a number with no unit after it (a head
 * count, "12,000 workers") or with a unit of time (a duration) is not a measure. The span covers
 * the number and the unit.
 */
public final class MeasureRecogniser implements Recogniser {
    private static final String NOT_AFTER_A_WORD = "(?<![\\p{L}\\p{N}.,])";

    private final WordTable words;
    private final NumberReader numbers;
    private final Pattern unitAfter;
    private final Pattern unitBefore;

    public MeasureRecogniser() {
        this.words = WordTable.load(MeasureRecogniser.class, "measure-words.tsv");
        this.numbers = new NumberReader(words);
        String quantity = numbers.numberPattern() + "(?:\\s" + numbers.scalePattern() + ")?";
        this.unitAfter = Pattern.compile(NOT_AFTER_A_WORD + quantity
                + "\\s(?<unit>" + words.alternation("unit") + ")(?![\\p{L}\\p{N}])");
        this.unitBefore = Pattern.compile(NOT_AFTER_A_WORD + "(?<unit>" + words.alternation("prefix") + ")\\s?"
                + quantity);
    }

    @Override
    public List<Span> find(String text, RecognitionContext context) {
        List<Span> spans = new ArrayList<>();
        collect(unitAfter, "unit", text, spans);
        collect(unitBefore, "prefix", text, spans);
        return spans;
    }

    private void collect(Pattern pattern, String unitKind, String text, List<Span> spans) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String unit = words.value(unitKind, m.group("unit")).orElseThrow();
            String quantity = numbers.read(m.group("num"), m.group("scale")).stripTrailingZeros().toPlainString();
            spans.add(new Span(m.start(), m.end(), new Mark.Measure(quantity, unit)));
        }
    }
}
