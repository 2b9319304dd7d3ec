package org.teikit.source;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a line is an entry of the archive's "Contents:" list ("Translation - English",
 * "English Translation", "Original Scan"). Copies often put the document's first line straight
 * under "Contents:" (a paragraph, an address, a line in Chinese): that line is body, and taking
 * it for a contents entry would take it out of the text.
 */
final class ContentsEntry {
    private static final WordList WORDS = WordList.load("contents-entries.txt");
    /** The words an entry is named by; one of them must be there (a language name alone is not an entry). */
    private static final Set<String> KINDS = Set.of("translation", "transcript", "transcription", "original", "scan");
    private static final int MAX_WORDS = 8;
    /** Words that join an entry's words but do not end an entry. */
    private static final Set<String> SMALL = Set.of("of", "and");

    private ContentsEntry() { }

    /**
     * The length of the contents entry that opens {@code text} when the document's text follows on
     * the same line (a page flattened onto one line: "English Translation The delegation …"), or
     * -1: at least two entry words, the last of them a kind or a language, not a small word.
     */
    static int prefix(String text) {
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("[^\\s\\-–—:,/()]+").matcher(text);
        int words = 0;
        int end = -1;
        boolean kind = false;
        int kindEnd = -1;
        while (w.find() && words < MAX_WORDS) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (!WORDS.contains(word)) break;
            words++;
            kind |= KINDS.contains(word);
            if (!SMALL.contains(word)) end = w.end();
            if (kind && words >= 2 && !SMALL.contains(word)) kindEnd = end;
        }
        return kindEnd;
    }

    static boolean is(String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("[\\s\\-–—:,/()]+");
        if (words.length == 0 || words.length > MAX_WORDS) return false;
        boolean kind = false;
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (!WORDS.contains(w)) return false;
            kind |= KINDS.contains(w);
        }
        return kind;
    }
}
