package org.teikit.annotate.entity;

/**
 * The words that could name a place the gazetteer does not know: a run of free capitalised words,
 * stopping at initials, doctrines, compound adjectives, forenames (not right after a word that opens a
 * place's name: "Deir Yassin") and the next label, which every
 * rule that reads a place from its context shares.
 */
final class PlaceNameRun {
    /** The most words of a place's name read from the shape of the text. */
    static final int MAX_WORDS = 3;

    private final Lexicon lexicon;
    private final NameReader names;

    PlaceNameRun(Lexicon lexicon, NameReader names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** The end of a run of up to three free capitalised words that could name a place, or {@code from} if none. */
    int nameRun(TextScan s, int from) {
        Tokens t = s.tokens;
        int k = from;
        int abbreviated = abbreviatedOpening(s, from);
        if (abbreviated > from) {
            // "St. George's": the stop and the name after it, a forename too, with its possessive
            k = abbreviated + 1;
            if (t.touching(k) && t.possessiveAt(k)) k++;
            return k;
        }
        // "St." whose name word another reading took first names nothing alone
        if (k < t.size() && lexicon.isPlaceAbbreviation(t.get(k).text()) && t.isDotAfter(k)) return from;
        while (k < t.size() && k - from < MAX_WORDS && s.free(k) && (k == from || t.adjacent(k))) {
            Token tok = t.get(k);
            if (!names.isNameWord(t, k) || tok.isAllCaps() || lexicon.isDoctrine(tok.text())
                    || isCompoundAdjective(tok.text()) && !beforeGloss(t, k + 1)
                    || k > from && lexicon.isForename(tok.text()) && !(k == from + 1 && lexicon.isPlaceOpener(t.get(from).text()))) {
                break;
            }
            // "Location: Zhongnanhai, Xihuating Participants: Zhou Enlai": where labels run into the
            // text, a word before a colon is the next label, not a word of the name
            if (k > from && t.at(k + 1) != null && t.at(k + 1).is(":")) break;
            k++;
        }
        return k;
    }

    /** The token of the name word after "St." at {@code from}, or {@code from} if the run opens with no such abbreviation. */
    private int abbreviatedOpening(TextScan s, int from) {
        Tokens t = s.tokens;
        int word = from + 2;
        if (word >= t.size() || !lexicon.isPlaceAbbreviation(t.get(from).text()) || !t.isDotAfter(from) || !s.free(word)
                || !t.adjacent(word) || !t.get(word).isCapitalised() || t.get(word).isAllCaps()) return from;
        return word;
    }

    /**
     * "Ping-hsiang [Pingxiang]": a word joined by hyphens and followed by a bracket is a name in
     * Wade-Giles (its syllables in small letters) with the editor's pinyin, not an adjective.
     */
    static boolean beforeGloss(Tokens t, int k) {
        Token open = t.at(k);
        Token inside = t.at(k + 1);
        return open != null && open.is("[") && inside != null && inside.isCapitalised();
    }

    /** "Soviet-controlled", "Arab-Israeli": adjectives made of two words, never a place. */
    private boolean isCompoundAdjective(String w) {
        if (!w.contains("-") || Lexicon.isArticleName(w)) return false;
        for (String part : w.split("-")) {
            if (part.isEmpty() || Character.isLowerCase(part.charAt(0)) || lexicon.isDemonym(part)) return true;
        }
        return false;
    }

}
