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
    private static final int MAX_WORDS = 5;

    private ContentsEntry() { }

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
