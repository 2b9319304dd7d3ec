package org.teikit.source;

import java.util.regex.Pattern;

/**
 * The words an archive's web page puts around a document ("Search in", "get citation",
 * "• share document", "Skip to content"): never body text. The list is data
 * ({@code chrome.txt}); bullets and case do not matter.
 */
final class SiteChrome {
    private static final WordList CHROME = WordList.load("chrome.txt");
    private static final Pattern BULLET = Pattern.compile("^[•·▪►*\\-]\\s*");
    /** A trailing dash some pages put after a row of buttons ("CITATION SHARE DOWNLOAD-"). */
    private static final Pattern TRAILING_DASH = Pattern.compile("\\s*[-–]$");
    /** A button glued to the end of a line after a dash ("… /document/116616 - Share"). */
    private static final Pattern BUTTON_AT_END = Pattern.compile("\\s[-–]\\s*(\\p{L}[\\p{L} ]{1,30})$");
    /** The archive's funding sentence: metadata (credits), not body. */
    private static final Pattern CREDITS = Pattern.compile(
            "(?i)^this document was made possible (?:with|by|through)\\b.*");

    private SiteChrome() { }

    static boolean isChrome(String line) {
        return !line.isEmpty() && line.length() <= 60 && CHROME.contains(normalise(line));
    }

    /** Whether the line is the given chrome phrase ("share document" matches "  • share document"). */
    static boolean is(String line, String phrase) {
        return line.length() <= 60 && normalise(line).equalsIgnoreCase(phrase);
    }

    private static String normalise(String line) {
        return TRAILING_DASH.matcher(BULLET.matcher(line).replaceFirst("").strip()).replaceFirst("");
    }

    /** Where a site button glued to the end of the line begins (its dash), or -1 when there is none. */
    static int trailingButton(String line) {
        java.util.regex.Matcher m = BUTTON_AT_END.matcher(line);
        return m.find() && isChrome(m.group(1)) ? m.start() : -1;
    }

    static boolean isCredits(String line) {
        return CREDITS.matcher(line).matches();
    }
}
