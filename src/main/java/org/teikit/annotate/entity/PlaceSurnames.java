package org.teikit.annotate.entity;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.teikit.annotate.EntityType;

/**
 * Surnames that are also the names of places: "Harrison Salisbury", "Jacques Paris". A known
 * forename, or a ruler's title ("Sheikh Sabah"; place-name-titles.txt), right before one word the
 * gazetteer knows as a place makes that word the name of a person, so the place is not taken there
 * and the person rules read the whole name. The forename
 * must be known ("Saint Louis", "San Salvador" open with no forename), the place one word that
 * no further name word follows ("Harrison Salisbury Street" is left alone), and the forename and
 * the place together no place of their own.
 */
final class PlaceSurnames {
    /** Titles of rulers that stand only before their bearer's own name: the monarchs' and the sheikhs' (place-name-titles.txt). */
    private static final Set<String> RULERS_TITLES = Stream.concat(DataFile.lines("monarch-titles.txt").stream(),
            DataFile.lines("place-name-titles.txt").stream()).collect(Collectors.toUnmodifiableSet());
    private final Lexicon lexicon;

    PlaceSurnames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the known name {@code m} is a place word used as the surname after a known forename. */
    boolean isSurname(TextScan s, PhraseSet.Match<KnownEntity> m) {
        Tokens t = s.tokens;
        int f = m.from() - 1;
        if (m.value().type() != EntityType.PLACE || m.to() - m.from() != 1 || f < 0 || !t.adjacent(m.from()) || !s.free(f)) return false;
        Token forename = t.get(f);
        if (!forename.isCapitalised() || !PhraseSet.hasLowerCase(forename.text())) return false;
        if (!lexicon.isForename(forename.text()) && !rulersTitle(t, f)) return false;
        // "Jacques Paris Street": a further name word makes the whole a name of something else
        Token next = t.at(m.to());
        return next == null || !t.adjacent(m.to()) || !next.isCapitalised();
    }

    /**
     * "Sheikh Sabah al-Salim al-Sabah": a ruler's title right before the place word is that person's
     * title, so the word is the person's name. Offices stay out: "Soviet Ambassador Prague" is the
     * telegraphese of the ambassador in Prague.
     */
    private static boolean rulersTitle(Tokens t, int f) {
        return RULERS_TITLES.contains(t.get(f).text());
    }
}
