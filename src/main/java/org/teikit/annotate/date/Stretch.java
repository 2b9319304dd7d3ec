package org.teikit.annotate.date;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One window of a text that the date patterns read, answering what the patterns' {@link Need}s ask
 * of it: whether a piece matches in it, whether it holds a literal. A match inside the window
 * holds all its pattern needs, so a pattern whose need fails is not run there. Each answer is
 * worked out once. Mutable: one per window, used by one thread.
 */
final class Stretch {
    private final String text;
    private final int start;
    private final int end;
    private final Map<Pattern, Boolean> found = new IdentityHashMap<>();
    private String lower;

    Stretch(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /**
     * Whether {@code piece} matches in the window, read as a whole pattern reads it: looking beyond
     * the window's ends, so the piece's look-arounds judge the same characters they do in a match.
     */
    boolean finds(Pattern piece) {
        return found.computeIfAbsent(piece,
                p -> p.matcher(text).region(start, end).useTransparentBounds(true).useAnchoringBounds(false).find());
    }

    /** Whether the window holds {@code lowerCase}, compared in lower case. */
    boolean contains(String lowerCase) {
        if (lower == null) lower = lower(text.substring(start, end));
        return lower.contains(lowerCase);
    }

    /** Lower case one character at a time, so a literal's characters line up with the text's. */
    static char lower(char c) {
        return Character.toLowerCase(c);
    }

    static String lower(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) cs[i] = lower(cs[i]);
        return new String(cs);
    }
}
