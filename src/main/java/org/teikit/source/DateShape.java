package org.teikit.source;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a short piece of text is a date as archives write them on their own ("May 13, 1976",
 * "13 May 1976", "1976", "n.d."). Only the shape is judged; reading the value is the date
 * recogniser's job.
 */
final class DateShape {
    private static final String MONTH = monthAlternatives();

    /** A date standing alone, as the regular expression source for use inside larger patterns. */
    static final String DATE = "(?:" + MONTH + "\\.?\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+\\d{4}"
            + "|" + MONTH + "\\.?,?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}(?:-\\d{2})?"
            + "|(?:c\\.|ca\\.|circa)?\\s*\\d{4}s?"
            + "|n\\.\\s?d\\.|undated)";

    private static final Pattern ALONE = Pattern.compile("(?i)" + DATE + "\\.?");
    /** A full date (day, month and year) at the start of a longer line: "February 2, 1947 Record of …". */
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:" + MONTH + "\\.?\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{1,2}\\s+" + MONTH + "\\.?,?\\s+\\d{4})(?=\\s+\\S)");

    /**
     * A time of day after a date on a dateline: "4:05 p.m.", "10 a.m.", "noon", "2103Z", "1600
     * hours", or a span of hours ("12:16–1:50 p.m.").
     */
    private static final String CLOCK = "(?:\\d{1,2}(?:[:.]\\d\\d)?\\s?(?:[ap]\\.\\s?m\\.?|[ap]m\\b)?"
            + "(?:\\s?[–-]\\s?\\d{1,2}(?:[:.]\\d\\d)?)?\\s?(?:[ap]\\.\\s?m\\.?|[ap]m\\b)"
            + "|\\d{4}\\s?(?:Z|hours|hrs\\.?)|(?:12\\s)?(?:noon|midnight|midday))";
    /**
     * A dateline of a telegram or memorandum: a place of up to four capitalised words (and perhaps
     * its state: "Austin, Texas,"), then a full date and perhaps its time ("New York, December 10,
     * 1964, noon."). Its words and its final full stop make it look like a sentence; it is none.
     */
    private static final Pattern PLACE_AND_DATE = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3},\\s?){1,2}"
            + "(?i:" + MONTH + "\\.?\\s+\\d{1,2}(?:\\s?(?:–|-|and)\\s?\\d{1,2})?,\\s?\\d{4}"
            + "|\\d{1,2}\\s+" + MONTH + "\\.?,?\\s+\\d{4})"
            + "(?:,?\\s(?i:" + CLOCK + "))?\\.?(?:\\[\\d{1,3}])?");

    private DateShape() { }

    /** Whether {@code text} is a place, a full date and perhaps its time, as a dateline gives them. */
    static boolean isPlaceAndDate(String text) {
        return text.length() <= 80 && PLACE_AND_DATE.matcher(text.strip()).matches();
    }

    static boolean isDate(String text) {
        return text.length() <= 40 && ALONE.matcher(text.strip()).matches();
    }

    /** The length of a full date that opens a longer line (a date line and a title run together), else -1. */
    static int leadingDate(String text) {
        java.util.regex.Matcher m = LEADING.matcher(text);
        return m.find() ? m.end() : -1;
    }

    private static String monthAlternatives() {
        List<String> names = new ArrayList<>();
        for (Month m : Month.values()) {
            names.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        for (Month m : Month.values()) {
            String shortName = m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            names.add(shortName);
            if (m == Month.SEPTEMBER) names.add("Sept");
        }
        return "(?:" + String.join("|", names) + ")";
    }
}
