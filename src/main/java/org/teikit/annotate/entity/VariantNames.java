package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Another spelling of a known place or body in the editor's brackets, after it ("Erlian [Erenhot]")
 * or before it ("Panmunjeom [Panmunjom]"): the same entity.
 */
final class VariantNames {
    private final NameReader names;
    private final PlaceNameRun words;

    VariantNames(NameReader names, PlaceNameRun words) {
        this.names = names;
        this.words = words;
    }

    /** "Ulan Bator [Ulaanbaatar]", "Vietnam Workers' Party [Lao Dong]": the bracketed form names the same entity. */
    List<NameFound> bracketedVariants(TextScan s, List<NameFound> names) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (NameFound n : names) {
            int open = n.to();
            if (open >= t.size() || !t.get(open).is("[") || !s.free(open)) continue;
            int end = words.nameRun(s, open + 1);
            if (end <= open + 1 || end >= t.size() || !t.get(end).is("]")) continue;
            String surface = s.span(open + 1, end);
            NameFound variant = new NameFound(s.index, open + 1, end, n.type(), n.subtype(), n.known(), n.key(), surface, n.cert());
            out.add(variant);
            s.claim(open, end + 1, variant);
        }
        return out;
    }

    /**
     * "Panmunjeom [Panmunjom]": the free name right before a bracket that holds exactly a known place
     * or body is another spelling of it. One word must begin as the bracketed name does (two words
     * or more are a respelling by their shape); the bracket itself is the editor's, supplied.
     */
    List<NameFound> variantsBefore(TextScan s, List<NameFound> found) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (NameFound n : found) {
            int open = n.from() - 1;
            if (open < 1 || !t.get(open).is("[") || n.to() >= t.size() || !t.get(n.to()).is("]") || !t.adjacent(open)) continue;
            if (s.free(open - 1) && spellsInitials(t.get(open - 1), n.surface())) {
                // "IMAR [Inner Mongolian Autonomous Region]": initials before the name they stand for, spelled out by the editor
                NameFound initials = new NameFound(s.index, open - 1, open, n.type(), n.subtype(), n.known(), n.key(), t.get(open - 1).text(), n.cert());
                out.add(initials);
                s.claim(open - 1, open, initials);
                continue;
            }
            int from = open;
            while (from > 0 && open - from < PlaceNameRun.MAX_WORDS && s.free(from - 1) && names.isNameWord(t, from - 1)
                    && !t.get(from - 1).isAllCaps() && (from == open || t.adjacent(from))) {
                from--;
            }
            if (from == open) continue;
            boolean oneWord = open - from == 1;
            char first = Character.toLowerCase(t.get(from).text().charAt(0));
            if (oneWord && Character.toLowerCase(n.surface().charAt(0)) != first) continue;
            String surface = s.span(from, open);
            NameFound variant = new NameFound(s.index, from, open, n.type(), n.subtype(), n.known(), n.key(), surface, n.cert());
            out.add(variant);
            s.claim(from, open, variant);
        }
        return out;
    }

    /**
     * Whether {@code word}, in capitals, is the first letters of the capitalised words of
     * {@code name}, in order ("IMAR" of "Inner Mongolian Autonomous Region").
     */
    static boolean spellsInitials(Token word, String name) {
        if (!word.isAllCaps() || word.text().length() < 2) return false;
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) initials.appendCodePoint(w.codePointAt(0));
        }
        return initials.length() == word.text().length() && initials.toString().equals(word.text());
    }
}
