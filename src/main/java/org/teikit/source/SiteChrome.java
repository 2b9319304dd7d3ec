package org.teikit.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words an archive's web page puts around a document ("Search in", "get citation",
 * "• share document", "Skip to content"): never body text. The list is data
 * ({@code chrome.txt}); bullets and case do not matter.
 */
final class SiteChrome {
    private static final WordList CHROME = WordList.load("chrome.txt");
    /** Menus, buttons and banners: furniture only around the document, never inside it. */
    private static final WordList NAVIGATION = WordList.load("navigation.txt");
    private static final List<Pattern> PATTERNS = WordList.lines("furniture-patterns.txt").stream()
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    /** Headings of the lists a page prints around the document ("Related Documents", "Keywords"). */
    private static final WordList SECTIONS = WordList.load("page-sections.txt");
    private static final int MAX_PLACED_CHARS = 160;
    private static final Pattern SEPARATOR = Pattern.compile("[>/»›|]");
    private static final Pattern TRAILING_COLON = Pattern.compile("\\s*:$");
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

    /**
     * Whether the line is page furniture where it stands around the document (above its first
     * line or below its last): chrome, or a menu entry, button, banner or footer line.
     */
    static boolean isFurniture(String line) {
        if (line.isEmpty() || line.length() > 200) return false;
        if (isChrome(line)) return true;
        String n = normalise(line);
        if (n.length() <= 60 && NAVIGATION.contains(n)) return true;
        for (Pattern p : PATTERNS) {
            if (p.matcher(n).matches()) return true;
        }
        return false;
    }

    /** Whether the line is a breadcrumb trail's separator standing alone ("»", "/", ">"). */
    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line.strip()).matches();
    }

    /**
     * Whether a line not known as furniture may still be taken for it by its place on the page (an
     * entry of a page list, a breadcrumb, a repeat of the title): never a sentence of prose, never a
     * citation. Document text has those; a menu, a list of related titles or a footer does not.
     */
    static boolean mayBePlacedFurniture(String line) {
        if (line.length() > MAX_PLACED_CHARS || CitationParser.looksLikeCitation(line)) return false;
        return !Sentence.isProse(line);
    }

    /**
     * Whether the line is furniture of a page's header: furniture, or a download link named like a
     * "Contents:" entry ("Original Document (Chinese)"). Only above the text: a page that is
     * nothing but such entries is text.
     */
    static boolean isHeaderFurniture(String line) {
        return isFurniture(line) || (line.length() <= 60 && ContentsEntry.is(normalise(line)));
    }

    /** Whether the line heads one of the lists a page prints around the document ("Related Documents"). */
    static boolean isSectionHeading(String line) {
        return !line.isEmpty() && line.length() <= 60
                && SECTIONS.contains(TRAILING_COLON.matcher(normalise(line)).replaceFirst(""));
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
