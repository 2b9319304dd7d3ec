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

    private DateShape() { }

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
