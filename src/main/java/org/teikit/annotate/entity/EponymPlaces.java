package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * "near Choibalsan", "in Kim Chaek": a city the period named after a leader, by the leader's own
 * name, where a one-word cue no person follows stands before it ("in", "near"; not "the fall of",
 * which takes a person as well: "the fall of Brezhnev"). Read before
 * the persons, who would otherwise take the name; without such a cue the name stays the leader's
 * ("Choibalsan said"), and so it does before a possessive ("in Choibalsan's view").
 */
final class EponymPlaces {
    private final PhraseSet<KnownEntity> cities = new PhraseSet<>();
    private final Lexicon lexicon;
    private final PlaceCues cues;

    EponymPlaces(Lexicon lexicon, PlaceCues cues, List<KnownEntity> eponymCities) {
        this.lexicon = lexicon;
        this.cues = cues;
        for (KnownEntity e : eponymCities) {
            for (String form : e.forms()) cities.add(form, e);
        }
    }

    List<NameFound> find(TextScan s) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (int i = 1; i < t.size(); i++) {
            PhraseSet.Match<KnownEntity> m = cities.matchAt(t, i);
            if (m == null || !s.free(m.from(), m.to()) || !afterPlaceOnlyCue(t, i) || t.possessiveAt(m.to())) continue;
            NameFound place = NameFound.known(s, m.from(), m.to(), m.value());
            out.add(place);
            s.claim(m.from(), m.to(), place);
            i = m.to() - 1;
        }
        return out;
    }

    /** "in", "near": one word no person follows; a phrase with "of" takes persons too ("the fall of Brezhnev"). */
    private boolean afterPlaceOnlyCue(Tokens t, int i) {
        return t.adjacent(i) && lexicon.isPlaceOnlyCue(t.get(i - 1).text()) && !cues.afterOffice(t, i - 1);
    }
}
