package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.teikit.annotate.EntityType;

/**
 * Known names that the editor's brackets cut in two: letters completed inside a word
 * ("Pyong[yang]", "Kae[song]"), or a word of the name supplied before or after the rest
 * ("[North] Korea", "North [Korea]", "[New] Delhi"). The text is read once more with those
 * brackets taken out, a known name found there is mapped back onto the text's own tokens, the
 * brackets included, and kept only where it runs across a bracket: a name wholly inside the
 * brackets ("[Kusong]") or wholly outside them is found as it stands. Persons are left to the
 * person rules, which read supplied parts of names themselves.
 */
final class BracketedNames {
    /** The most words a bracket may hold and still be part of a name ("[Democratic People's Republic]"). */
    private static final int MAX_WORDS = 3;

    private BracketedNames() { }

    /**
     * The known names of {@code t} read through brackets, each as a match over {@code t}'s tokens
     * from its first token (a "[" where the name opens with one) to its last (a "]" where it ends
     * with one).
     *
     * @param known the longest known name at a token of a text, or {@code null}
     */
    static List<PhraseSet.Match<KnownEntity>> find(Tokens t, BiFunction<Tokens, Integer, PhraseSet.Match<KnownEntity>> known) {
        String text = t.text();
        UnbracketedText u = UnbracketedText.of(text, (open, close) -> holdsWords(text, open + 1, close) && touchesName(text, open, close));
        if (u == null) return List.of();
        Tokens c = Tokens.of(u.clean());
        List<PhraseSet.Match<KnownEntity>> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (!c.get(i).isCapitalised()) continue;
            PhraseSet.Match<KnownEntity> m = known.apply(c, i);
            if (m == null || m.value().type() == EntityType.PERSON) continue;
            int from = u.origin(c.get(m.from()).start());
            int to = u.origin(c.get(m.to() - 1).end() - 1) + 1;
            if (u.removed(from - 1) && text.charAt(from - 1) == '[' && u.partner(from - 1) < to) from--;
            if (u.removed(to) && text.charAt(to) == ']' && u.partner(to) >= from) to++;
            PhraseSet.Match<KnownEntity> back = onTokens(t, from, to, u, m);
            if (back != null) {
                out.add(back);
                i = m.to() - 1;
            }
        }
        return out;
    }

    /** Whether {@code [from, to)} holds one to {@link #MAX_WORDS} words of letters and nothing else. */
    private static boolean holdsWords(String text, int from, int to) {
        if (to <= from || !Character.isLetter(text.charAt(from)) || !Character.isLetter(text.charAt(to - 1))) return false;
        int words = 1;
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (ch == ' ') words++;
            else if (!Character.isLetter(ch) && ch != '-' && ch != '\'' && ch != '\u2019') return false;
        }
        return words <= MAX_WORDS;
    }

    /** Whether the bracket at {@code [open, close]} touches a word or stands one space from one on its line. */
    private static boolean touchesName(String text, int open, int close) {
        boolean before = open > 0 && (Character.isLetter(text.charAt(open - 1))
                || open > 1 && text.charAt(open - 1) == ' ' && Character.isLetter(text.charAt(open - 2)));
        boolean after = close + 1 < text.length() && (Character.isLetter(text.charAt(close + 1))
                || close + 2 < text.length() && text.charAt(close + 1) == ' ' && Character.isLetter(text.charAt(close + 2)));
        return before || after;
    }

    /**
     * The match over {@code t}'s tokens that covers exactly the characters {@code [from, to)}, where
     * they run across a bracket taken out and hold letters outside it; or {@code null}.
     */
    private static PhraseSet.Match<KnownEntity> onTokens(Tokens t, int from, int to, UnbracketedText u, PhraseSet.Match<KnownEntity> m) {
        int depth = 0;
        boolean outside = false;
        for (int k = from; k < to; k++) {
            if (u.removed(k)) {
                depth += t.text().charAt(k) == '[' ? 1 : -1;
            } else if (depth == 0 && Character.isLetter(t.text().charAt(k))) {
                outside = true;
            }
        }
        if (!u.crosses(from, to) || !outside) return null;
        int[] span = UnbracketedText.tokensCovering(t, from, to);
        return span == null ? null : new PhraseSet.Match<>(span[0], span[1], m.phrase(), m.slip());
    }
}
