package org.teikit.annotate.entity;

/**
 * The words before and after a name that make it a place or keep it from being one: a place cue
 * ("in", "the province of") not part of an office, whether the cue also takes persons, and the noun
 * of a law or treaty after the name. Shared by the atlas pass and the context pass.
 */
final class PlaceCues {
    private final Lexicon lexicon;

    PlaceCues(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the cue before token {@code i} is "to" or "from", which name persons as often as places. */
    static boolean afterPersonCue(Tokens t, int i) {
        String w = t.get(i - 1).text();
        return w.equalsIgnoreCase("to") || w.equalsIgnoreCase("from");
    }

    /**
     * Whether the cue is one no person follows: a word of place-only-cues.txt ("in", "near") or a
     * phrase ending in "of" ("the town of", "west of"); "to", "from" and "visited" take persons too,
     * but not after a route's noun ("the railway from Dong Dang", "the road to Choibalsan":
     * route-nouns.txt), for a letter goes from a person, a railway from a place.
     */
    boolean placeOnly(Tokens t, PhraseSet.Match<Boolean> cue) {
        String last = t.get(cue.to() - 1).text();
        return cue.to() - cue.from() > 1 && last.equals("of")
                || cue.to() - cue.from() == 1 && (lexicon.isPlaceOnlyCueAt(t, cue.to() - 1) || lexicon.routeCueBefore(t, cue.to()));
    }

    /** Whether a place cue ends right before token {@code i} ("in", "the province of"). */
    boolean afterCue(Tokens t, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            PhraseSet.Match<Boolean> cue = lexicon.placeCues.matchAt(t, k);
            if (cue != null && cue.to() == i && t.adjacent(i) && !afterOffice(t, k)) return true;
        }
        return false;
    }

    /**
     * "effects of Findley Amendment", "from Treasury Circular 655": a name the context would make a
     * place, followed by the noun of a law, treaty or document (not-names.txt), names that instrument
     * after its author or subject, not a place.
     */
    boolean namesAnInstrument(Tokens t, int end) {
        return end < t.size() && t.adjacent(end) && lexicon.notNames.matchAt(t, end) != null
                && lexicon.placeWords.matchAt(t, end) == null;
    }

    /**
     * "Ambassador at Large", "Officer in Charge": a cue right after an office is part of the office; but
     * "in" with a name after it that completes no title ("the President in Chungnanhai") says where.
     */
    boolean afterOffice(Tokens t, int cue) {
        if (cue <= 0 || !t.adjacent(cue) || lexicon.offices.matchAt(t, cue - 1) == null) return false;
        Token next = t.at(cue + 1);
        return !t.get(cue).is("in") || next == null || !t.adjacent(cue + 1) || lexicon.isOfficeComplement(next.text());
    }

}
