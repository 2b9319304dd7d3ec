package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.EntityType;
import org.teikit.source.BlockKind;

/**
 * Places the gazetteer does not know, read from a cue before them ("in Huicheon", "the provinces
 * of Anhui and Gansu", and the lists that follow: "in Sinuiju, Manpo and Chongjin") and from the
 * first words of a dateline line ("Tolbukhin, 3 May 1970"), unless the words around them show a
 * person, a title, a label, a verb or the attribute of a thing.
 */
final class CuedPlaces {
    private static final int MAX_LIST = 8;
    /** A word in capitals shorter than this is initials ("FYI", "NSC"), not a name. */
    private static final int MIN_CAPITALS_NAME = 5;

    private final Lexicon lexicon;
    private final PlaceNameRun words;
    private final PlaceCues cues;

    CuedPlaces(Lexicon lexicon, PlaceNameRun words, PlaceCues cues) {
        this.lexicon = lexicon;
        this.words = words;
        this.cues = cues;
    }

    /**
     * Places after a cue ("in X", "provinces of X, Y and Z") and at the head of dateline lines.
     * {@code isPerson} rejects words the document uses for a person.
     */
    List<NameFound> fromContext(TextScan s, Predicate<String> isPerson) {
        return fromContext(s, isPerson, false);
    }

    /**
     * Before the persons are read: places after a cue of a place's surroundings or people, which no
     * person's name follows ("west of Do Luong", "the miners of Lupeni and Petroșani", "near Ginir"),
     * so that a guess of a person from the verb after them ("Lupeni and Petroșani had held") does not
     * take them. "in" is left to the later pass, which knows the persons ("in Zhou's view").
     */
    List<NameFound> beforePersons(TextScan s, Predicate<String> isCommon) {
        return fromContext(s, isCommon, true);
    }

    private List<NameFound> fromContext(TextScan s, Predicate<String> isPerson, boolean surroundingsOnly) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        boolean placesInCapitals = writesPlacesInCapitals(s);
        for (int i = 0; i < t.size(); i++) {
            PhraseSet.Match<Boolean> cue = lexicon.placeCues.matchAt(t, i);
            if (surroundingsOnly && (cue == null || !namesSurroundings(t, cue))) continue;
            boolean dateline = !surroundingsOnly && s.kind == BlockKind.DATELINE && (i == 0 || t.get(i).lineStart());
            boolean coordinated = cue == null && !dateline && opensListWithKnownPlace(s, i);
            if (cue == null && !dateline && !coordinated || cue != null && (cues.afterOffice(t, i) || inTitleCase(s, i) || afterAddresseeVerb(t, i))) continue;
            int k = cue != null ? cue.to() : i;
            // "north of / Loc Ninh": a cue at the end of a hard-wrapped line still reads the name on the next
            for (int item = 0; item < MAX_LIST && k < t.size() && (t.adjacent(k) || k == i); item++) {
                int end;
                if (s.owner(k) instanceof NameFound n && n.type() == EntityType.PLACE) {
                    end = k;
                    while (end < t.size() && s.owner(end) == n) end++;
                } else {
                    end = withParticles(s, words.nameRun(s, k), k);
                    boolean placeOnlyCue = cue != null && cues.placeOnly(t, cue);
                    if (end <= k && placesInCapitals && (placeOnlyCue || item > 0) && isPlaceInCapitals(s, k)) end = k + 1;
                    if (end <= k || isPerson.test(s.span(k, end)) || followedByName(t, end) || looksLikePerson(t, k, end, placeOnlyCue && !surroundingsOnly)
                            || cues.namesAnInstrument(t, end) || opensAnOfPhrase(t, end) || namesAnEvent(t, end)
                            || end - k == 1 && lexicon.hasAdjectiveEnding(t.get(k).text())
                            || cue != null && (looksLikeVerb(t, cue, end) || endsLabel(t, i, end))) {
                        break;
                    }
                    if (dateline && (end >= t.size() || !t.get(end).is(","))) break;
                    String surface = s.span(k, end);
                    NameFound place = new NameFound(s.index, k, end, EntityType.PLACE, null, null,
                            NameFound.normalise(surface), surface, Certainty.MEDIUM);
                    out.add(place);
                    s.claim(k, end, place);
                }
                if (dateline) break;
                int next = listNext(t, end, item);
                if (next < 0) break;
                k = next;
            }
        }
        return out;
    }

    /**
     * A cue of a place's surroundings or people: a phrase ending in "of" ("west of", "the miners
     * of", "the villages of"), "near", "outside", "around", or "In" opening a sentence; not "in" in
     * it, "to", "from", "at".
     */
    private boolean namesSurroundings(Tokens t, PhraseSet.Match<Boolean> cue) {
        if (cues.afterOffice(t, cue.from())) return false;
        // "in Bir Zeit", "in Deir Yassin": a word that opens a place's name says it before any guess of a person
        Token first = t.at(cue.to());
        if (first != null && t.adjacent(cue.to()) && lexicon.isPlaceOpener(first.text()) && t.adjacent(cue.to() + 1)
                && t.get(cue.to() + 1).isCapitalised()) return true;
        if (!cues.placeOnly(t, cue)) return false;
        String last = t.get(cue.to() - 1).text();
        // "In Sam Neua the radio announced": "In" opening a sentence sets the scene; "confidence in Khrushchev" names a person
        if (last.equals("In")) return t.opensSentence(cue.from());
        return !last.equalsIgnoreCase("in");
    }

    /**
     * "except Asmara and Massawa", "the mines of Ostrava and Příbram": a place found before, at
     * {@code i}, followed by "and" or a comma, opens a list whose other names are places too,
     * as after a cue: a known city or region, in running text.
     */
    private boolean opensListWithKnownPlace(TextScan s, int i) {
        if (!(s.owner(i) instanceof NameFound n) || n.type() != EntityType.PLACE || i > 0 && s.owner(i - 1) == n) return false;
        // a state heads the lists of filing lines and subjects ("Country File, Romania, Cables"; "Czechoslovakia
        // and Arms Limitation"): only a city or a region, in running text
        if ("state".equals(n.subtype()) || n.known() == null || !inRunningText(s.tokens, i)) return false;
        int end = i;
        while (end < s.tokens.size() && s.owner(end) == n) end++;
        Token next = s.tokens.at(end);
        return next != null && (next.is("and") || next.is(",") || isRouteDash(s.tokens, end));
    }

    /**
     * Whether the text writes the places it knows in capitals, as ciphered telegrams do ("landed at
     * INCHON and is moving toward SEOUL"): then a word in capitals after a cue no person follows
     * may be a place it does not know ("near KANGGYE").
     */
    private static boolean writesPlacesInCapitals(TextScan s) {
        for (int k = 0; k < s.tokens.size(); k++) {
            Token tok = s.tokens.get(k);
            if (tok.isAllCaps() && tok.text().length() >= MIN_CAPITALS_NAME && s.owner(k) instanceof NameFound n && n.type() == EntityType.PLACE) return true;
        }
        return false;
    }

    /** A free word in capitals, long enough and with a vowel to be a name rather than initials, that names no known body. */
    private boolean isPlaceInCapitals(TextScan s, int k) {
        Token tok = s.tokens.get(k);
        return s.free(k) && tok.isAllCaps() && tok.text().length() >= MIN_CAPITALS_NAME && tok.text().chars().allMatch(Character::isLetter)
                && tok.text().matches(".*[AEIOUY].*[AEIOUY].*") && !lexicon.isStopword(tok.text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A name's run continued over particles in small letters and the name words after them ("near
     * Sagua la Grande", "in Castellón de la Plana", "in Čierna nad Tisou"), from the end of its first words.
     */
    private int withParticles(TextScan s, int end, int from) {
        Tokens t = s.tokens;
        int k = end;
        while (k > from && k < t.size() && t.adjacent(k) && lexicon.isPlaceParticle(t.get(k).text())) k++;
        if (k == end || k >= t.size() || !t.adjacent(k)) return end;
        int more = words.nameRun(s, k);
        return more > k ? more : end;
    }

    /** "in Velkor meeting", "as in Marinsky conversation": a name before the noun of an event or message is its attribute. */
    private boolean namesAnEvent(Tokens t, int end) {
        return end < t.size() && t.adjacent(end) && lexicon.eventNouns.matchAt(t, end) != null;
    }

    /** "talked to Velkor", "explained to Marinsky": after a verb of speaking or handing, "to" names a person. */
    private boolean afterAddresseeVerb(Tokens t, int cue) {
        Token cueWord = t.get(cue);
        return cue > 0 && cueWord.text().equalsIgnoreCase("to") && t.adjacent(cue) && lexicon.isAddresseeVerb(t.get(cue - 1).text());
    }

    /**
     * "to Heads of Government", "visiting Members of Congress", "in Executive Session of the
     * Committee": an unknown capitalised word the context would make a place, followed by "of", is
     * the head of a title or a body's phrase. Places named with "of" are known ("Republic of
     * Austria") or carry a place word ("Gulf of Tonkin"), which earlier passes take.
     */
    private static boolean opensAnOfPhrase(Tokens t, int end) {
        return end < t.size() && t.adjacent(end) && t.get(end).is("of");
    }

    /**
     * "Options to Integrate the DPRK", "Committee to Support Korea": in a heading every word is
     * capitalised, so a capital after the cue says nothing; a capitalised word before the cue shows it.
     * In running text, where words in small letters came before in the sentence ("the followers of
     * the Dalai Lama in Kalimpong", "spread to the Tractor Station in Beeskow"), that word ends a
     * name and the cue is one; "to" alone may still open a body's purpose there ("founded the
     * Committee to Support Korea").
     */
    private boolean inTitleCase(TextScan s, int cue) {
        Token before = s.at(cue - 1);
        boolean afterCapital = before != null && s.tokens.adjacent(cue) && before.isWord() && before.isCapitalised()
                && !s.tokens.opensSentence(cue - 1) && !(s.owner(cue - 1) instanceof NameFound);
        return afterCapital && (s.tokens.get(cue).text().equalsIgnoreCase("to") || !inRunningText(s.tokens, cue));
    }

    /** Whether a word of four letters or more in small letters, no stopword, stands before {@code cue} in its sentence. */
    private boolean inRunningText(Tokens t, int cue) {
        for (int k = cue - 1; k >= 0; k--) {
            Token tok = t.get(k);
            if (tok.isWord() && tok.isLowerCase() && tok.text().length() >= 4 && !lexicon.isStopword(tok.text())) return true;
            // the "Atoms in Action" exhibit: a quoted title is written in title case
            if (t.opensSentenceOrQuotation(k)) return false;
        }
        return false;
    }

    /**
     * "Chinese in Attendance:", "Officer in Charge:": a cue after a line's first word, and a word
     * ending the label there, are the label's words, not a place.
     */
    private static boolean endsLabel(Tokens t, int cue, int end) {
        Token next = t.at(end);
        if (next == null || !next.is(":")) return false;
        int line = cue;
        while (line > 0 && !t.get(line).lineStart()) line--;
        return cue - line == 1;
    }

    /** "to Integrate the DPRK": after "to", a word followed by an article is a verb. */
    private boolean looksLikeVerb(Tokens t, PhraseSet.Match<Boolean> cue, int end) {
        Token next = t.at(end);
        return t.get(cue.to() - 1).text().equalsIgnoreCase("to") && next != null
                && lexicon.opensNounPhrase(next.text());
    }

    /**
     * "to Lawrence Devlin", "to George", "from the South", "among Americans": a forename starts a
     * person, so does one word with a surname's ending that no gazetteer or atlas knows as a place
     * ("to Zabolotnev", "to D'Orlandi"), a compass word alone is a direction, a plural in -ans is a people, and so is a name
     * ending in a people's plural ("influencing Czechs", "the East Germans"); a name before ", Jr."
     * is a person's.
     */
    private boolean looksLikePerson(Tokens t, int from, int end, boolean placeOnlyCue) {
        String first = t.get(from).text();
        if (beforeGenerationalSuffix(t, end)) return true;
        if (end - from == 1 && (lexicon.isCompassWord(first) || first.endsWith("ans"))) return true;
        if (lexicon.isPeople(t.get(end - 1).text())) return true;
        // "received in Snagov", "the town of Tambov": after a cue no person follows, a surname's ending says nothing
        if (end - from == 1 && (lexicon.hasSurnameEnding(first) || lexicon.isElidedSurname(first)) && !placeOnlyCue) return true;
        return lexicon.isForename(first);
    }

    /** "Orme Wilson, Jr.": a name with a generational suffix after its comma is a person's. */
    private boolean beforeGenerationalSuffix(Tokens t, int end) {
        Token comma = t.at(end);
        Token suffix = t.at(end + 1);
        return comma != null && comma.is(",") && suffix != null && lexicon.isGenerationalSuffix(suffix.text().replace(".", ""));
    }

    /** A name that runs on into a body or a possessive is no place of its own ("Kim Il Sung's", "Tatra trucks" is fine). */
    private boolean followedByName(Tokens t, int end) {
        return t.at(end) != null && t.adjacent(end) && (t.possessiveAt(end) || lexicon.orgHeads.matchAt(t, end) != null);
    }

    /** A dash standing apart, with a space on each side ("Namibe - Lubango"), not a hyphen inside a word. */
    private static boolean isRouteDash(Tokens t, int k) {
        return (t.get(k).is("-") || t.get(k).is("\u2013")) && !t.touching(k) && k + 1 < t.size() && !t.touching(k + 1);
    }

    /**
     * After a place in a list: the next item's first token (", Y", "and Y", ", and Y"), or -1.
     * ", and" after the first item opens a clause, not a list ("at Kalgan, and Ulanfu was in Harbin"):
     * a list with its comma before "and" has at least three items.
     */
    private static int listNext(Tokens t, int end, int item) {
        int k = end;
        // "Hsi-hua-t'ing [Xihuating], Chung-nan-hai": the editor's gloss of a place stays with it
        if (PlaceNameRun.beforeGloss(t, k)) {
            while (k < t.size() && !t.get(k).is("]")) k++;
            k++;
        }
        // "the line Namibe - Lubango - Menongue": a dash with spaces joins the stops of a route as a comma does
        boolean comma = k < t.size() && (t.get(k).is(",") || isRouteDash(t, k));
        if (comma) k++;
        if (k < t.size() && t.get(k).is("and")) {
            if (comma && item == 0) return -1;
            k++;
        }
        return k > end && k < t.size() && t.get(k).isCapitalised() ? k : -1;
    }
}
