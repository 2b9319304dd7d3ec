package org.teikit.annotate.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Phrases of one or more tokens, each with a value, found in tokenised text: the one mechanism
 * behind every word list and gazetteer here. A phrase token matches a text token of the same
 * letters with or without diacritics ("Kadar" = "Kádár"), in any case when the text token has no
 * lower-case letter ("HANOI", "PEOPLE'S"), and, where the phrase asks for it, with the slips an OCR
 * makes ({@link #slipEquals}).
 */
public final class PhraseSet<V> {

    /** One phrase and what it stands for. */
    public record Phrase<V>(List<String> tokens, List<Boolean> touching, String text, V value) { }

    /** A phrase found at tokens {@code [from, to)}; {@code slip} when it matched only through an OCR slip. */
    public record Match<V>(int from, int to, Phrase<V> phrase, boolean slip) {
        public V value() {
            return phrase.value();
        }
    }

    private final Map<String, List<Phrase<V>>> byFirst = new HashMap<>();
    private final boolean slips;

    public PhraseSet() {
        this(false);
    }

    /** @param slips whether phrases of two or more words may match through OCR slips ("Kim II Sung") */
    public PhraseSet(boolean slips) {
        this.slips = slips;
    }

    /** Adds a phrase unless one of the same text is there already: the first added wins. */
    public PhraseSet<V> add(String phrase, V value) {
        Tokens t = Tokens.of(phrase);
        if (t.size() == 0) return this;
        List<String> words = new ArrayList<>();
        List<Boolean> touching = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            words.add(t.get(i).text());
            touching.add(t.touching(i));
        }
        List<Phrase<V>> list = byFirst.computeIfAbsent(key(words.get(0)), k -> new ArrayList<>());
        String text = String.join(" ", words);
        if (list.stream().anyMatch(p -> p.text().equals(text))) return this;
        list.add(new Phrase<>(words, touching, phrase, value));
        list.sort(Comparator.comparingInt((Phrase<V> p) -> p.tokens().size()).reversed());
        return this;
    }

    public boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /**
     * The longest phrase starting at token {@code i}, or {@code null}. Exact matches beat slips;
     * a slip never touches the first word.
     */
    public @Nullable Match<V> matchAt(Tokens tokens, int i) {
        Token first = tokens.at(i);
        if (first == null) return null;
        List<Phrase<V>> candidates = byFirst.get(tokens.key(i));
        if (candidates == null) return null;
        for (Phrase<V> p : candidates) {
            Match<V> m = tryMatch(tokens, i, p, false);
            if (m != null) return m;
        }
        if (!slips) return null;
        for (Phrase<V> p : candidates) {
            Match<V> m = p.tokens().size() > 1 ? tryMatch(tokens, i, p, true) : null;
            if (m != null) return m;
        }
        return null;
    }

    /** Whether the text token at {@code i} alone is a one-word phrase of this set. */
    public boolean contains(Tokens tokens, int i) {
        Match<V> m = matchAt(tokens, i);
        return m != null && m.to() == i + 1;
    }

    /** Whether a single word is a one-word phrase of this set. */
    public boolean containsWord(String word) {
        List<Phrase<V>> list = byFirst.get(key(word));
        return list != null && list.stream().anyMatch(p -> p.tokens().size() == 1 && tokenEquals(word, p.tokens().get(0)));
    }

    /** Every longest match, left to right, not overlapping. */
    public List<Match<V>> findAll(Tokens tokens) {
        List<Match<V>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Match<V> m = matchAt(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private @Nullable Match<V> tryMatch(Tokens tokens, int i, Phrase<V> p, boolean allowSlip) {
        int n = p.tokens().size();
        if (i + n > tokens.size()) return null;
        boolean slipped = false;
        boolean exactWord = false;
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(i + k);
            String want = p.tokens().get(k);
            if (k > 0) {
                if (t.lineStart() || tokens.touching(i + k) != p.touching().get(k)) return null;
                if (!tokens.touching(i + k) && !tokens.adjacent(i + k) && t.start() - tokens.get(i + k - 1).end() > 2) return null;
            }
            if (tokenEquals(t.text(), want)) {
                if (Character.isLetter(want.charAt(0))) exactWord = true;
            } else if (allowSlip && slipEquals(t.text(), want)) {
                slipped = true;
            } else {
                return null;
            }
        }
        if (allowSlip && (!slipped || !exactWord)) return null;
        return new Match<>(i, i + n, p, slipped);
    }

    static boolean tokenEquals(String text, String phrase) {
        if (text.equals(phrase)) return true;
        String a = fold(text);
        String b = fold(phrase);
        if (a.equals(b)) return true;
        return !hasLowerCase(text) && a.toUpperCase(Locale.ROOT).equals(b.toUpperCase(Locale.ROOT));
    }

    /**
     * The slips OCR makes in names: a capital I read for a lower-case l ("Kim II Sung"), a digit
     * for a letter, a '?' for a letter it could not read ("S?ucza?ski").
     */
    static boolean slipEquals(String text, String phrase) {
        String a = fold(text);
        String b = fold(phrase);
        if (a.length() != b.length()) {
            return false;
        }
        for (int k = 0; k < a.length(); k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x == y || x == '?') continue;
            boolean il = (x == 'I' && y == 'l') || (x == 'l' && y == 'I') || (x == '1' && (y == 'l' || y == 'I'));
            boolean o0 = x == '0' && (y == 'O' || y == 'o');
            if (!(il || o0) || k == 0) return false;
        }
        return true;
    }

    /** The word with a capital first letter, as it stands at the start of a sentence ("governor" → "Governor"). */
    static String capitalised(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1);
    }

    static boolean hasLowerCase(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLowerCase(s.charAt(k))) return true;
        }
        return false;
    }

    /** Letters without diacritics: "Kádár" → "Kadar", "Ştefan" → "Stefan", "Łódź" → "Lodz". */
    public static String fold(String s) {
        // Most words are plain ASCII, which folds to itself: skip the normaliser and the regex for them.
        if (isAscii(s)) return s;
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return d.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D')
                .replace('ø', 'o').replace('Ø', 'O').replace('ß', 's').replace('\u2019', '\'');
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) return false;
        }
        return true;
    }

    /** What phrases are filed under by their first word: its letters without diacritics, in capitals. */
    static String key(String word) {
        return fold(word).toUpperCase(Locale.ROOT);
    }
}
