package org.teikit.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line is an entry of the archive's "Contents:" list ("Translation - English",
 * "English Translation", "Original Scan"). Copies often put the document's first line straight
 * under "Contents:" (a paragraph, an address, a line in Chinese): that line is body, and taking
 * it for a contents entry would take it out of the text.
 */
final class ContentsEntry {
    private static final WordList KINDS = WordList.load("contents-kinds.txt");
    private static final WordList OTHER_WORDS = WordList.load("contents-entries.txt");
    private static final int MAX_WORDS = 8;
    /** What stands between an entry's words: "Translation - English", "Transcript/Scan". */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-–—:,/()]+");
    private static final Pattern WORD = Pattern.compile("[^\\s\\-–—:,/()]+");
    /** Words that join an entry's words but do not end an entry. */
    private static final Set<String> SMALL = Set.of("of", "and");

    private ContentsEntry() { }

    /**
     * The length of the contents entry that opens {@code text} when the document's text follows on
     * the same line (a page flattened onto one line: "English Translation The delegation …"), or
     * -1: at least two entry words, one of them a kind, ending on a word that is not a small one.
     */
    static int prefix(String text) {
        Matcher w = WORD.matcher(text);
        int words = 0;
        boolean kind = false;
        int end = -1;
        while (w.find() && words < MAX_WORDS) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (!isEntryWord(word)) break;
            words++;
            kind |= KINDS.contains(word);
            if (kind && words >= 2 && !SMALL.contains(word)) end = w.end();
        }
        return end;
    }

    static boolean is(String line) {
        String[] words = SEPARATORS.split(line.strip().toLowerCase(Locale.ROOT));
        if (words.length == 0 || words.length > MAX_WORDS) return false;
        boolean kind = false;
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (!isEntryWord(w)) return false;
            kind |= KINDS.contains(w);
        }
        return kind;
    }

    private static boolean isEntryWord(String word) {
        return KINDS.contains(word) || OTHER_WORDS.contains(word);
    }
}
