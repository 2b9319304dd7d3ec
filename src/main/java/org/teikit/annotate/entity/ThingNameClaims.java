package org.teikit.annotate.entity;

import org.teikit.annotate.EntityType;

/**
 * Capitalised words that name a thing rather than a place, claimed before any pass could tag them:
 * a known place that opens the name of a treaty, plan, event or war ("the Helsinki Final Act",
 * "the Camp David Accords", "the Prague Spring"; named-after-place.txt), and the name of a ship or
 * an operation after its kind ("the tanker Bucharest", "Operation Danube"; vessel-words.txt).
 * Archive translations name ships after towns and plans after capitals; tagging the town there
 * puts a place in the register that the text never mentions.
 */
final class ThingNameClaims {
    /** The words a ship's or an operation's name may run on for ("Admiral Senyavin", "Blue Ridge"). */
    private static final int MAX_THING_WORDS = 3;
    /** How far back from the noun a known place may start ("Camp David" before "Accords"). */
    private static final int MAX_PLACE_WORDS = 4;
    /** The owner of a thing's words: no name may take them. */
    static final Object THING = new Object();

    private final Lexicon lexicon;

    ThingNameClaims(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Claims, in {@code s}, the words of things named after places ({@code hits}: the known places and bodies) and of ships. */
    void claim(TextScan s, Hits hits) {
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            PhraseSet.Match<Boolean> noun = lexicon.namedAfterPlace.matchAt(t, i);
            if (noun != null && t.adjacent(i)) {
                int from = placeEndingAt(hits, i);
                if (from >= 0 && s.free(from, i)) s.claim(from, i, THING);
            }
            PhraseSet.Match<Boolean> vessel = lexicon.vesselWords.matchAt(t, i);
            if (vessel != null) {
                int k = vessel.to();
                // "the tanker "Tuapse"": the name may stand in quotes
                if (k < t.size() && t.get(k).is("\"") && t.adjacent(k)) k++;
                int end = k;
                while (end < t.size() && end - k < MAX_THING_WORDS && t.adjacent(end) && t.get(end).isWord() && t.get(end).isCapitalised()
                        && !lexicon.isStopword(t.get(end).text())) {
                    end++;
                }
                if (end > k && s.free(k, end)) s.claim(k, end, THING);
            }
        }
    }

    /** The first token of a known place that ends right before token {@code end}, or -1. */
    private static int placeEndingAt(Hits hits, int end) {
        for (int from = end - 1; from >= 0 && from >= end - MAX_PLACE_WORDS; from--) {
            PhraseSet.Match<KnownEntity> m = hits.at(from);
            if (m != null && m.to() == end && m.value().type() == EntityType.PLACE) return from;
        }
        return -1;
    }
}
