package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cities and regions of the atlas found in a text: names of two words or more after a place cue,
 * claimed before the persons are read, and the rest on the tokens still free once they are.
 */
final class AtlasPlaces {
    private final Lexicon lexicon;
    private final NameReader names;
    private final PlaceCues cues;

    AtlasPlaces(Lexicon lexicon, NameReader names, PlaceCues cues) {
        this.lexicon = lexicon;
        this.names = names;
        this.cues = cues;
    }

    /**
     * Cities and regions of the atlas on the tokens still free once persons are known: not a word
     * the document uses for a person ({@code isPerson}), not a word inside a longer run of names
     * ("Nur Ahmad Wardak"), and one that {@code needsCue} says is named like a common word or a
     * forename only after a place cue ("in Reading", not "Reading the report"). An adjective
     * ("Balkan") or the first word of a law or treaty's name ("Brandon Amendment") is no place.
     */
    List<NameFound> fromAtlas(TextScan s, Hits atlasHits, Predicate<String> isPerson,
                              Predicate<KnownEntity> needsCue) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            PhraseSet.Match<KnownEntity> m = atlasHits.at(i);
            if (m == null || !s.free(m.from(), m.to()) || isPerson.test(s.span(m.from(), m.to()))
                    || lexicon.isDemonym(s.span(m.from(), m.to())) || cues.namesAnInstrument(t, m.to())
                    || m.to() - m.from() == 1 && lexicon.notNames.matchAt(t, m.from()) != null) {
                // "Para" of "in Para 2" is the paragraph, not the Brazilian state
                continue;
            }
            boolean inRun = t.adjacent(i) && names.isNameWord(t, i - 1) || t.adjacent(m.to()) && names.isNameWord(t, m.to());
            boolean cued = cues.afterCue(t, i);
            KnownEntity e = m.value();
            boolean speaks = lexicon.personCuesAfter.matchAt(t, m.to()) != null;
            if (!cued && (inRun || speaks || needsCue.test(e) || lexicon.isForename(t.get(i).text()))) continue;
            NameFound place = NameFound.known(s, m.from(), m.to(), e);
            out.add(place);
            s.claim(m.from(), m.to(), place);
            i = m.to() - 1;
        }
        return out;
    }

    /**
     * Atlas names of two words or more right after a place cue ("near Nam Dinh", "in Thai Nguyen"),
     * claimed before the persons are read: their words may look like a person's (a family name and
     * a given name), but a city the atlas knows by all of them, where the text says "near" or "in",
     * is that city. Not after "to" or "from", which also take persons ("wrote to Ho Chi Minh"), nor
     * where a known person starts or a further name word runs on. So is a town of one word right
     * after "in" or "near" ("the staff in Lviv asked"), also one that is a forename ("lived in Florence"),
     * but not one that is an English word or another forename.
     */
    List<NameFound> cuedAtlasNames(TextScan s, Hits atlasHits, Hits known) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (int i = 1; i < t.size(); i++) {
            PhraseSet.Match<KnownEntity> m = atlasHits.at(i);
            // "lived in Florence": a town the atlas shares with a forename (place-forenames.txt) is the town right
            // after "in" or "near", though "Florence was ill" makes a person of the word elsewhere in the text
            // "the staff in Lviv asked": so is any town of one word there, though a verb after it is what
            // the person rules read after a surname
            boolean townAfterIn = m != null && m.to() - m.from() == 1 && t.adjacent(i)
                    && lexicon.isPlaceOnlyCueAt(t, i - 1) && !(m.to() < t.size() && t.get(m.to()).text().matches("['\u2019]s?"))
                    && (lexicon.isPlaceForename(t.get(i).text()) || !Lexicon.isEnglishWord(t.get(i).text()) && !lexicon.isForename(t.get(i).text())
                        // "in Balkan politics", "in Para 2": an adjective, or a word of a document's parts
                        && !lexicon.isDemonym(t.get(i).text()) && lexicon.notNames.matchAt(t, i) == null);
            if (m == null || wordsIn(t, m.from(), m.to()) < 2 && !townAfterIn || !s.free(m.from(), m.to()) || known.startsAt(i)) continue;
            if (!cues.afterCue(t, i) || PlaceCues.afterPersonCue(t, i) || t.adjacent(m.to()) && names.isNameWord(t, m.to())) continue;
            NameFound place = NameFound.known(s, m.from(), m.to(), m.value());
            out.add(place);
            s.claim(m.from(), m.to(), place);
            i = m.to() - 1;
        }
        return out;
    }

    private static int wordsIn(Tokens t, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) if (t.get(k).isWord()) n++;
        return n;
    }

}
