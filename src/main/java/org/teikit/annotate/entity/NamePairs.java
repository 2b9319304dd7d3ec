package org.teikit.annotate.entity;

import java.util.List;
import java.util.function.Predicate;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.EntityType;

/**
 * The person rule "pair" of {@link PersonRules#ORDER}: two names joined by a dash before the noun of
 * a meeting or message ("the Bogdan-Leddy conversation", "Kosygin–Johnson meeting").
 */
final class NamePairs {
    private final PersonRules rules;
    private final Lexicon lexicon;
    private final NameReader names;
    private final Predicate<String> placeWord;

    NamePairs(PersonRules rules, Lexicon lexicon, NameReader names, Predicate<String> placeWord) {
        this.rules = rules;
        this.lexicon = lexicon;
        this.names = names;
        this.placeWord = placeWord;
    }

    /**
     * "the Bogdan-Leddy conversation", "the Velkor–Marinsky talks": two single name words joined by a
     * dash before the noun of a meeting or message are two persons, where neither is a known place,
     * body, office or common word ("the Moscow–Hanoi talks", "Sino-Soviet talks" are none).
     */
    void find(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 0; i + 3 < t.size(); i++) {
            if (!isDash(t, i + 1) || !rules.meetingAt(t, i + 3) || !pairWord(s, hits, i) || !pairWord(s, hits, i + 2)
                    || lexicon.isForename(t.get(i).text())) {
                continue;
            }
            for (int k : new int[] {i, i + 2}) {
                out.add(rules.person(s, hits, new NameReader.Read(k, k + 1, List.of(t.get(k).text())), List.of(), Certainty.MEDIUM, false));
            }
            i += 2;
        }
    }

    /**
     * A capitalised word that may be one of a pair of names: free, a name word, no known place or
     * body, no office or nationality. The pair's first word is no forename besides ("the Gaston–Marin
     * talks" are one man's).
     */
    private boolean pairWord(TextScan s, Hits hits, int k) {
        Tokens t = s.tokens;
        String w = t.get(k).text();
        PhraseSet.Match<KnownEntity> hit = hits.at(k);
        return s.free(k) && t.get(k).isCapitalised() && PhraseSet.hasLowerCase(w) && names.isNameWord(t, k)
                && (hit == null || hit.value().type() == EntityType.PERSON && hit.to() == k + 1)
                && !placeWord.test(w) && !lexicon.isDemonym(w) && !lexicon.isPeople(w) && !lexicon.isRoleStart(w)
                && !lexicon.isCompassWord(w) && !lexicon.isStopword(w);
    }

    /**
     * "the Rusk–Rapacki exchange", "Kosygin–Johnson meeting", "Rusk-Dobrynin talks": a word joined by a
     * dash to another capitalised word, the pair before the noun of a meeting or message.
     */
    boolean pairedBeforeMeeting(Tokens t, int i) {
        boolean first = i + 2 < t.size() && isDash(t, i + 1) && t.get(i + 2).isCapitalised() && rules.meetingAt(t, i + 3);
        boolean second = i >= 2 && isDash(t, i - 1) && t.get(i - 2).isCapitalised() && rules.meetingAt(t, i + 1);
        return first || second;
    }

    private static boolean isDash(Tokens t, int k) {
        return isDash(t.get(k)) && t.adjacent(k) && t.adjacent(k + 1);
    }

    /** A hyphen, en dash or em dash: what joins two names into a pair ("Kosygin–Johnson"). */
    static boolean isDash(Token d) {
        return d.is("-") || d.is("\u2013") || d.is("\u2014");
    }
}
