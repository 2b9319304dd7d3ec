package org.teikit.annotate.editorial;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pair of square brackets in a text: {@code open} is the index of "[", {@code close} that of "]".
 * Pairs nest; a "[" that is never closed, or a "]" never opened, belongs to no pair and stays text.
 */
record Bracket(int open, int close) {

    /** Every balanced pair of {@code text}, in order of their opening bracket. */
    static List<Bracket> all(String text) {
        return scan(text).pairs();
    }

    /** Every "[" of {@code text} that no "]" closes, in order. */
    static List<Integer> unclosed(String text) {
        return scan(text).unclosed();
    }

    private record Scan(List<Bracket> pairs, List<Integer> unclosed) { }

    /** One pass that matches each "]" with the latest "[" still open. */
    private static Scan scan(String text) {
        List<Bracket> pairs = new ArrayList<>();
        Deque<Integer> opened = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                opened.push(i);
            } else if (c == ']' && !opened.isEmpty()) {
                pairs.add(new Bracket(opened.pop(), i));
            }
        }
        pairs.sort(Comparator.comparingInt(Bracket::open));
        List<Integer> unclosed = new ArrayList<>(opened);
        unclosed.sort(Comparator.naturalOrder());
        return new Scan(pairs, unclosed);
    }

    int start() {
        return open;
    }

    int end() {
        return close + 1;
    }

    String content(String text) {
        return text.substring(open + 1, close).strip();
    }

    /** Whether only white space stands before the bracket: the label of a footnote's own text. */
    boolean opensText(String text) {
        return text.substring(0, open).isBlank();
    }

    /** Whether a letter touches the bracket on either side, as in "W[illiam]". */
    boolean glued(String text) {
        return (open > 0 && Character.isLetter(text.charAt(open - 1)))
                || (close + 1 < text.length() && Character.isLetter(text.charAt(close + 1)));
    }

    /** The word just before the bracket and one space, or {@code ""} where something else stands there. */
    String wordBefore(String text) {
        if (open < 2 || text.charAt(open - 1) != ' ') return "";
        int start = open - 1;
        while (start > 0 && isWordChar(text.charAt(start - 1))) start--;
        return text.substring(start, open - 1);
    }

    /**
     * The stretch of the word or figure just before the bracket, at most one space away
     * ("delegaton [sic]", "1867[sic]"), or {@code null} where none stands there.
     */
    int @Nullable [] tokenBefore(String text) {
        int end = open > 0 && text.charAt(open - 1) == ' ' ? open - 1 : open;
        int start = end;
        while (start > 0 && (isWordChar(text.charAt(start - 1)) || Character.isDigit(text.charAt(start - 1)))) start--;
        // A hyphen or apostrophe at either edge is punctuation, not part of the slip.
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) start++;
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) end--;
        return start == end ? null : new int[] {start, end};
    }

    /** Whether a capitalised word follows the bracket after one space ("[Werner] Krolikowski"). */
    boolean capitalisedWordAfter(String text) {
        int i = close + 2;
        return i < text.length() && text.charAt(close + 1) == ' ' && Character.isUpperCase(text.charAt(i));
    }

    /** Whether a word in small letters follows the bracket after one space ("[Pak spoke] about"). */
    boolean lowerCaseWordAfter(String text) {
        int i = close + 2;
        return i < text.length() && text.charAt(close + 1) == ' ' && Character.isLowerCase(text.charAt(i));
    }

    static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '-' || c == '\'' || c == '’';
    }
}
