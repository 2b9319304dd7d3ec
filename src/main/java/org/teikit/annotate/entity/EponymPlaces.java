package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import org.teikit.annotate.EntityType;

/**
 * "near Choibalsan", "in Kim Chaek": a city the period named after a leader, by the leader's own
 * name, where a one-word cue no person follows stands before it ("in", "near"; not "the fall of",
 * which takes a person as well: "the fall of Brezhnev"), where "where" follows it ("travelled to
 * Brezhnev, where the lorry works are"), or where it closes a list of places ("the factories of
 * Brașov, Cluj and Gheorghe Gheorghiu-Dej"). Read before
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

    /** @param hits the known places and bodies of the text (gazetteer and atlas), for the lists of places */
    List<NameFound> find(TextScan s, Hits hits) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (int i = 1; i < t.size(); i++) {
            PhraseSet.Match<KnownEntity> m = cities.matchAt(t, i);
            if (m == null || !s.free(m.from(), m.to()) || t.possessiveAt(m.to())) continue;
            if (!afterPlaceOnlyCue(t, i) && !beforeWhere(t, m.to()) && !closesListOfPlaces(s, hits, i, m.to())) continue;
            NameFound place = NameFound.known(s, m.from(), m.to(), m.value());
            out.add(place);
            s.claim(m.from(), m.to(), place);
            i = m.to() - 1;
        }
        return out;
    }

    /** "to Brezhnev, where": a relative "where" after the name makes it a place. */
    private static boolean beforeWhere(Tokens t, int end) {
        Token comma = t.at(end);
        Token where = t.at(end + 1);
        return comma != null && comma.is(",") && where != null && where.is("where");
    }

    /**
     * "Brașov, Cluj and Gheorghe Gheorghiu-Dej": after "and" or a comma that follows a known place
     * of the text, the name is one more place of the list. A person follows a place so only across a
     * clause ("in Cluj, Ceaușescu said"): the comma alone needs "and" or another comma after the name.
     */
    private static boolean closesListOfPlaces(TextScan s, Hits hits, int i, int end) {
        Tokens t = s.tokens;
        if (i < 2 || !t.get(i - 1).is("and") && !t.get(i - 1).is(",")) return false;
        if (t.get(i - 1).is(",")) {
            Token next = t.at(end);
            if (next == null || !next.is("and") && !next.is(",")) return false;
        }
        int before = i - 1;
        for (int k = Math.max(0, before - 4); k < before; k++) {
            PhraseSet.Match<KnownEntity> place = hits.at(k);
            if (place != null && place.to() == before && place.value().type() == EntityType.PLACE) return true;
        }
        return s.owner(before - 1) instanceof NameFound n && n.type() == EntityType.PLACE;
    }

    /**
     * "in", "near", "the railway to": one word no person follows, or "to"/"from" after a route's noun;
     * a phrase with "of" takes persons too ("the fall of Brezhnev"), and so does a visit ("paid a visit to Molotov").
     */
    private boolean afterPlaceOnlyCue(Tokens t, int i) {
        return t.adjacent(i) && (lexicon.isPlaceOnlyCueAt(t, i - 1) || lexicon.routeCueBefore(t, i)) && !cues.afterOffice(t, i - 1);
    }
}
