package org.teikit.annotate.measure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.teikit.annotate.WordTable;

/**
 * Reads the number of a measure as written: "1,340" and "300.000" (a point between groups of
 * three is a European thousands separator), "3.8" and "1,5" (decimals), "ninety", "two hundred",
 * each times an optional scale word ("million").
 */
final class NumberReader {
    private static final Pattern GROUPED_BY_COMMA = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern GROUPED_BY_POINT = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");

    private final WordTable words;

    NumberReader(WordTable words) {
        this.words = words;
    }

    /** A regular expression for a number in figures or words, as group {@code num}. */
    String numberPattern() {
        String word = "(?:" + words.alternation("number") + ")";
        String wordOrScale = "(?:" + words.alternation("number") + "|hundred|thousand)";
        return "(?<num>\\d{1,3}(?:[,.]\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?"
                + "|" + word + "(?:[ -](?:and )?" + wordOrScale + ")*)(?![\\p{L}\\d])";
    }

    /** A regular expression for a scale word, as group {@code scale}. */
    String scalePattern() {
        return "(?<scale>" + words.alternation("scale") + ")(?!\\p{L})";
    }

    /** The value of {@code number} times {@code scale} (which may be {@code null}). */
    BigDecimal read(String number, String scale) {
        BigDecimal n = Character.isDigit(number.charAt(0)) ? figures(number) : spelled(number);
        if (scale != null) n = n.multiply(new BigDecimal(words.value("scale", scale).orElseThrow()));
        return n;
    }

    private static BigDecimal figures(String s) {
        if (GROUPED_BY_COMMA.matcher(s).matches()) return new BigDecimal(s.replace(",", ""));
        if (GROUPED_BY_POINT.matcher(s).matches()) return new BigDecimal(s.replace(".", ""));
        return new BigDecimal(s.replace(',', '.'));
    }

    /** "two hundred thousand": numbers add up, hundred multiplies what stands before it, thousand closes a group. */
    private BigDecimal spelled(String s) {
        long total = 0;
        long current = 0;
        for (String w : s.toLowerCase(Locale.ROOT).split("[ -]+")) {
            if (w.equals("and")) continue;
            if (w.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (w.equals("thousand")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else {
                current += Long.parseLong(words.value("number", w).orElseThrow());
            }
        }
        return BigDecimal.valueOf(total + current);
    }
}
