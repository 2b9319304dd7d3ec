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
        return BULLET.matcher(line).replaceFirst("").strip();
    }

    static boolean isCredits(String line) {
        return CREDITS.matcher(line).matches();
    }
}
