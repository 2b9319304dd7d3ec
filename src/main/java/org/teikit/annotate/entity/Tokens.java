package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A text cut into {@link Token}s. A word is a run of letters and digits, with inner hyphens
 * ("Dong-geon"), inner question marks that stand for characters an OCR could not read
 * ("S?ucza?ski") and inner apostrophes ("O'Neill"); a possessive "'s" and every other mark is a
 * token of its own, so "W[illiam]" is four tokens and "People's" two.
 */
public final class Tokens {
    private final String text;
    private final List<Token> list;
    /**
     * Each token's {@link PhraseSet#key}, made when first asked for: every word list looks a token
     * up by it, so it is worked out once per token, not once per list.
     */
    private final String[] keys;

    private Tokens(String text, List<Token> list) {
        this.text = text;
        this.list = List.copyOf(list);
        this.keys = new String[list.size()];
    }

    public static Tokens of(String text) {
        return of(text, (word, next) -> false);
    }

    /**
     * The tokens of {@code text}, where a hyphenated word that {@code splitsPair} says joins two
     * names before the word after it ("the Rusk-Dobrynin talks") is cut into its names and the
     * hyphen, three tokens touching one another, so each name can be a mention of its own.
     */
    public static Tokens of(String text, java.util.function.BiPredicate<String, String> splitsPair) {
        Tokens whole = words(text);
        List<Token> out = new ArrayList<>();
        List<Token> in = whole.list;
        boolean any = false;
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            Token next = i + 1 < in.size() ? in.get(i + 1) : null;
            int hyphen = t.text().indexOf('-');
            if (hyphen <= 0 || next == null || !next.isWord() || next.lineStart() || !splitsPair.test(t.text(), next.text())) {
                out.add(t);
                continue;
            }
            int at = t.start() + hyphen;
            out.add(new Token(t.text().substring(0, hyphen), t.start(), at, t.lineStart()));
            out.add(new Token("-", at, at + 1, false));
            out.add(new Token(t.text().substring(hyphen + 1), at + 1, t.end(), false));
            any = true;
        }
        return any ? new Tokens(text, out) : whole;
    }

    private static Tokens words(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        boolean newline = false;
        int lastSentenceEnd = Math.max(text.lastIndexOf('.'), Math.max(text.lastIndexOf('!'), text.lastIndexOf('?')));
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n') newline = newline || !softWrap(text, i, lastSentenceEnd);
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || joins(text, i))) {
                    i++;
                }
            } else if (isApostrophe(c) && i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                i += 2;
            } else {
                i++;
            }
            out.add(new Token(text.substring(start, i), start, i, newline));
            newline = false;
        }
        return new Tokens(text, out);
    }

    /**
     * The shortest line taken for a line of prose that a page copy wrapped, not a line of its own (a
     * name in a list of names, a heading, a signature).
     */
    private static final int WRAPPED_LINE_MIN = 40;

    /**
     * Whether the line break at {@code nl} only wraps a sentence, as a hard-wrapped page copy does
     * ("… Premier Pham Van" / "Dong received …", "the National Front for the Liberation" / "of
     * South Vietnam"): the line before is long and ends on no mark that closes a sentence, a label
     * or a bracket; the next line goes straight on and is long too, or ends the paragraph (the last
     * line of the text, or one before a blank line); and a sentence closes further on. The words
     * either side of it then stand on one line, as they were written: every rule reads a name, a
     * body or a list across the break alike. Short lines (headings, addresses, letterheads, a list
     * of names one per line) still end what is on them.
     */
    private static boolean softWrap(String text, int nl, int lastSentenceEnd) {
        int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
        int end = nl;
        while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end - lineStart < WRAPPED_LINE_MIN || ".:;!?)]\"\u201d".indexOf(text.charAt(end - 1)) >= 0) return false;
        if (nl + 1 >= text.length() || Character.isWhitespace(text.charAt(nl + 1))) return false;
        // the next line is long too, or ends the paragraph: a short line before another ("Pyongyang" / "21.XI.1977") stands alone
        int nextEnd = text.indexOf('\n', nl + 1);
        if (nextEnd >= 0 && nextEnd - nl - 1 < WRAPPED_LINE_MIN && !blankLineAt(text, nextEnd)) return false;
        // the sentence ends further on: a letterhead's lines ("Embassy of the Hungarian People's Republic" / "Pyongyang") end on none.
        // Where the text's last sentence ends is found once, not by a scan from every line break (a long text without a full stop).
        return lastSentenceEnd > nl;
    }

    /** Whether the line that token {@code j} opens follows a line as long as wrapped prose ({@link #WRAPPED_LINE_MIN}). */
    boolean followsLongLine(int j) {
        int end = get(j - 1).end();
        int start = text.lastIndexOf('\n', end - 1) + 1;
        return end - start >= WRAPPED_LINE_MIN;
    }

    /** Whether the line after the break at {@code nl} is blank (or there is none). */
    private static boolean blankLineAt(String text, int nl) {
        for (int k = nl + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }

    /** A hyphen, '?' or apostrophe between two letters belongs to the word, except a possessive "'s". */
    private static boolean joins(String text, int i) {
        char c = text.charAt(i);
        if (c != '-' && c != '?' && !isApostrophe(c)) return false;
        if (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))) return false;
        if (isApostrophe(c)) {
            boolean possessive = (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)));
            return !possessive;
        }
        return true;
    }

    /** Whether the token at {@code i} opens with an apostrophe ("'s", "’s" after a name); false past the end. */
    boolean possessiveAt(int i) {
        Token next = at(i);
        return next != null && (next.text().startsWith("'") || next.text().startsWith("\u2019"));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    public String text() {
        return text;
    }

    public int size() {
        return list.size();
    }

    public Token get(int i) {
        return list.get(i);
    }

    public List<Token> list() {
        return list;
    }

    /** The key phrases starting with token {@code i} are filed under. */
    String key(int i) {
        String k = keys[i];
        if (k == null) {
            k = PhraseSet.key(list.get(i).text());
            keys[i] = k;
        }
        return k;
    }

    /** The token at {@code i}, or {@code null} outside the text. */
    public Token at(int i) {
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }

    /** The source text from the start of token {@code from} to the end of token {@code to - 1}. */
    public String span(int from, int to) {
        return text.substring(list.get(from).start(), list.get(to - 1).end());
    }

    /**
     * Whether tokens {@code i-1} and {@code i} stand on one line with at most one space between them,
     * or either side of the break of a hard-wrapped line ({@link #softWrap}).
     */
    public boolean adjacent(int i) {
        if (i <= 0 || i >= list.size()) return false;
        Token t = list.get(i);
        if (t.lineStart()) return false;
        int from = list.get(i - 1).end();
        return t.start() - from <= 1 || text.lastIndexOf('\n', t.start() - 1) >= from;
    }

    /** Whether a full stop follows token {@code i} without a space ("V." of a heading, "N." of an initial). */
    public boolean isDotAfter(int i) {
        return i + 1 < list.size() && list.get(i + 1).is(".") && touching(i + 1);
    }

    /** What ends a sentence, or opens a clause of its own after a label ("Subject: Talks"). */
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ":");
    /** Opening quotation marks: a quotation opens a sentence of its own. */
    private static final Set<String> OPENING_QUOTES = Set.of("\"", "\u201c");

    /**
     * Whether token {@code i} opens a sentence: it is the first of the text or of a line, or comes
     * after a full stop, "!", "?" or a colon. A capital there says nothing about a name.
     */
    public boolean opensSentence(int i) {
        return i == 0 || list.get(i).lineStart() || SENTENCE_ENDS.contains(list.get(i - 1).text());
    }

    /**
     * {@link #opensSentence}, or after an opening quotation mark ("\u201cDuda added"): where a
     * person rule asks whether one capitalised word may be only a sentence's first word, a
     * quotation's first word is one too. The places and further mentions keep to {@link #opensSentence}.
     */
    public boolean opensSentenceOrQuotation(int i) {
        return opensSentence(i) || OPENING_QUOTES.contains(list.get(i - 1).text());
    }

    /** Whether tokens {@code i-1} and {@code i} touch with no space at all ("W[", "U.N"). */
    public boolean touching(int i) {
        return i > 0 && i < list.size() && list.get(i).start() == list.get(i - 1).end();
    }
}
