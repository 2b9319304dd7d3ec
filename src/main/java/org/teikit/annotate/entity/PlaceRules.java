package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.EntityType;
import org.teikit.source.BlockKind;

/**
 * Places the gazetteer does not know, from their context: a word that makes a name a place
 * ("Khabarovsk region", "Damansky Island"), a preposition or phrase before it ("in Huicheon",
 * "the provinces of Anhui and Gansu", and the lists that follow: "in Sinuiju, Manpo and
 * Chongjin"), the first words of a dateline line ("Tolbukhin, 3 May 1970"), and an alternative
 * spelling in brackets after a known name ("Erlian [Erenhot]").
 */
final class PlaceRules {
    private static final int MAX_WORDS = 3;
    private static final int MAX_LIST = 8;
    /** A count of things has at most three figures; four are a year. */
    private static final int MAX_COUNT_DIGITS = 3;
    /** A word in capitals shorter than this is initials ("FYI", "NSC"), not a name. */
    private static final int MIN_CAPITALS_NAME = 5;

    private final Lexicon lexicon;
    private final NameReader names;

    PlaceRules(Lexicon lexicon, NameReader names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** "Khabarovsk region", "Damansky Island": the place word stays in the name. */
    List<NameFound> withPlaceWords(TextScan s, Hits hits) {
        List<NameFound> out = listedBeforePluralPlaceWord(s, hits);
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (!s.free(i)) continue;
            PhraseSet.Match<KnownEntity> hit = hits.at(i);
            PhraseSet.Match<KnownEntity> part = hits.at(i + 1);
            if (hit == null && part != null && part.value().type() == EntityType.PLACE && t.get(i).isCapitalised()
                    && lexicon.isRegionPart(t.get(i).text()) && t.adjacent(i + 1) && s.free(i, part.to())) {
                // "West Java", "Upper Laos", "Greater Budapest": a word that places a part before a place names that part
                out.add(claimRegion(s, i, part.to()));
                i = part.to() - 1;
                continue;
            }
            int run = hit != null && hit.value().type() == EntityType.PLACE ? knownPlaceRun(s, hit) : nameRun(s, i);
            PhraseSet.Match<Boolean> word = null;
            // "Red River Delta": a known place's own place word ("River") is no end of a longer name
            for (int end = hit != null && hit.value().type() == EntityType.PLACE ? hit.to() : i + 1; end <= run && word == null; end++) {
                if (end < t.size() && t.adjacent(end) && s.free(i, end)) word = lexicon.placeWords.matchAt(t, end);
            }
            PhraseSet.Match<Boolean> feature = word == null && hit == null && t.get(i).isCapitalised()
                    ? lexicon.featureWordsBeforeOf.matchAt(t, i) : null;
            PhraseSet.Match<Boolean> opener = word == null && hit == null && t.get(i).isCapitalised()
                    ? lexicon.featureWordsBeforeName.matchAt(t, i) : null;
            if (opener != null && opener.to() < t.size() && t.adjacent(opener.to())) {
                // "Lake Fertő", "Mount Kumgang": the form's word opens the name, the name words after it end it
                int end = nameRun(s, opener.to());
                if (end > opener.to()) {
                    out.add(claimRegion(s, i, end));
                    i = end - 1;
                    continue;
                }
            }
            if (feature != null) {
                // "Bay of Bengal", "Strait of Otranto": the form's word opens the name, "of" and a name end it
                int of = feature.to();
                int end = ofTheName(s, of);
                if (end > of) {
                    out.add(claimRegion(s, i, end));
                    i = end - 1;
                    continue;
                }
            }
            // "Gus Hall" is a person; "Sándor Bródy Street", a forename and a surname before the word, a street named after one
            if (word == null || lexicon.isForename(t.get(i).text()) && word.from() - i < 2) continue;
            int end = ofTheName(s, word.to());
            out.add(claimRegion(s, regionStart(s, i), end));
            i = end - 1;
        }
        return out;
    }

    /**
     * "the Tsaribrod and Bosilegrad districts", "in Kunar, Paktia and Herat provinces": names listed
     * before a plural place word each name a place of that kind, without the word.
     */
    private List<NameFound> listedBeforePluralPlaceWord(TextScan s, Hits hits) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            List<int[]> items = new ArrayList<>();
            int k = i;
            boolean closed = false;
            while (items.size() < MAX_LIST && k < t.size() && (k == i || t.adjacent(k))) {
                int end = nameRun(s, k);
                if (end <= k) break;
                items.add(new int[] {k, end});
                if (closed) {
                    if (end < t.size() && t.adjacent(end) && lexicon.isPluralPlaceWord(t.get(end).text())) {
                        for (int[] item : items) out.add(claimPlace(s, hits, item[0], item[1]));
                        i = end;
                    }
                    break;
                }
                int next = end < t.size() && t.get(end).is(",") ? end + 1 : end;
                closed = next < t.size() && t.get(next).is("and");
                if (closed) next++;
                if (next == end) break;
                k = next;
            }
        }
        return out;
    }

    /** Tokens {@code [from, to)} claimed as a place: the gazetteer's where it knows exactly them, else a region of the text's own. */
    private static NameFound claimPlace(TextScan s, Hits hits, int from, int to) {
        PhraseSet.Match<KnownEntity> hit = hits.at(from);
        if (hit == null || hit.to() != to || hit.value().type() != EntityType.PLACE) return claimRegion(s, from, to);
        NameFound place = NameFound.known(s, from, to, hit.value());
        s.claim(from, to, place);
        return place;
    }

    /**
     * The end of the words a known place may open a region's name with: the place alone, or with
     * the words after it where one of them says what kind of region it is ("Xinjiang Uygur
     * Autonomous Region", "Guangxi Zhuang Autonomous Region").
     */
    private int knownPlaceRun(TextScan s, PhraseSet.Match<KnownEntity> hit) {
        Tokens t = s.tokens;
        int after = hit.to();
        if (after >= t.size() || !t.adjacent(after)) return after;
        int run = nameRun(s, after);
        for (int k = after; k < run; k++) {
            if (lexicon.isRegionModifier(t.get(k).text())) return run;
        }
        return after;
    }

    /**
     * "Inner Mongolian Autonomous Region", "Xinjiang Uighur Autonomous Region": a region whose words
     * start with one that names no place alone (region-modifiers.txt) takes in the names and
     * adjectives of nationality before it.
     */
    private int regionStart(TextScan s, int from) {
        Tokens t = s.tokens;
        if (!lexicon.isRegionModifier(t.get(from).text())) return from;
        int k = from;
        while (k > 0 && from - k < MAX_WORDS && t.adjacent(k) && s.free(k - 1) && t.get(k - 1).isWord() && t.get(k - 1).isCapitalised()
                && !t.get(k - 1).isAllCaps() && !lexicon.isStopword(t.get(k - 1).text()) && !t.opensSentence(k - 1)) {
            k--;
        }
        return k;
    }

    private static NameFound claimRegion(TextScan s, int from, int end) {
        String surface = s.span(from, end);
        NameFound place = new NameFound(s.index, from, end, EntityType.PLACE, "region", null,
                NameFound.normalise(surface), surface, null);
        s.claim(from, end, place);
        return place;
    }

    /** "Great Hall of the People", "Plain of Jars": an "of" and name words after a place word stay in the name. */
    private int ofTheName(TextScan s, int end) {
        Tokens t = s.tokens;
        if (end >= t.size() || !t.get(end).is("of") || !t.adjacent(end)) return end;
        int k = end + 1;
        if (k < t.size() && t.get(k).is("the") && t.adjacent(k)) k++;
        int run = nameRun(s, k);
        return run > k && t.adjacent(k) ? run : end;
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
                    || lexicon.isDemonym(s.span(m.from(), m.to())) || namesAnInstrument(t, m.to())
                    || m.to() - m.from() == 1 && lexicon.notNames.matchAt(t, m.from()) != null) {
                // "Para" of "in Para 2" is the paragraph, not the Brazilian state
                continue;
            }
            boolean inRun = t.adjacent(i) && names.isNameWord(t, i - 1) || t.adjacent(m.to()) && names.isNameWord(t, m.to());
            boolean cued = afterCue(t, i);
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
     * where a known person starts or a further name word runs on.
     */
    List<NameFound> cuedAtlasNames(TextScan s, Hits atlasHits, Hits known) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (int i = 1; i < t.size(); i++) {
            PhraseSet.Match<KnownEntity> m = atlasHits.at(i);
            if (m == null || wordsIn(t, m.from(), m.to()) < 2 || !s.free(m.from(), m.to()) || known.startsAt(i)) continue;
            if (!afterCue(t, i) || afterPersonCue(t, i) || t.adjacent(m.to()) && names.isNameWord(t, m.to())) continue;
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

    /** Whether the cue before token {@code i} is "to" or "from", which name persons as often as places. */
    private static boolean afterPersonCue(Tokens t, int i) {
        String w = t.get(i - 1).text();
        return w.equalsIgnoreCase("to") || w.equalsIgnoreCase("from");
    }

    /**
     * Whether the cue is one no person follows: a word of place-only-cues.txt ("in", "near") or a
     * phrase ending in "of" ("the town of", "west of"); "to", "from" and "visited" take persons too.
     */
    private boolean placeOnly(Tokens t, PhraseSet.Match<Boolean> cue) {
        String last = t.get(cue.to() - 1).text();
        return cue.to() - cue.from() > 1 && last.equals("of") || cue.to() - cue.from() == 1 && lexicon.isPlaceOnlyCue(last);
    }

    /** Whether a place cue ends right before token {@code i} ("in", "the province of"). */
    private boolean afterCue(Tokens t, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            PhraseSet.Match<Boolean> cue = lexicon.placeCues.matchAt(t, k);
            if (cue != null && cue.to() == i && t.adjacent(i) && !afterOffice(t, k)) return true;
        }
        return false;
    }

    /**
     * Places after a cue ("in X", "provinces of X, Y and Z") and at the head of dateline lines.
     * {@code isPerson} rejects words the document uses for a person.
     */
    List<NameFound> fromContext(TextScan s, Predicate<String> isPerson) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        boolean placesInCapitals = writesPlacesInCapitals(s);
        for (int i = 0; i < t.size(); i++) {
            PhraseSet.Match<Boolean> cue = lexicon.placeCues.matchAt(t, i);
            boolean dateline = s.kind == BlockKind.DATELINE && (i == 0 || t.get(i).lineStart());
            if (cue == null && !dateline || cue != null && (afterOffice(t, i) || inTitleCase(s, i) || afterAddresseeVerb(t, i))) continue;
            int k = cue != null ? cue.to() : i;
            for (int item = 0; item < MAX_LIST && k < t.size() && (t.adjacent(k) || k == i); item++) {
                int end;
                if (s.owner(k) instanceof NameFound n && n.type() == EntityType.PLACE) {
                    end = k;
                    while (end < t.size() && s.owner(end) == n) end++;
                } else {
                    end = withParticles(s, nameRun(s, k), k);
                    boolean placeOnlyCue = cue != null && placeOnly(t, cue);
                    if (end <= k && placesInCapitals && (placeOnlyCue || item > 0) && isPlaceInCapitals(s, k)) end = k + 1;
                    if (end <= k || isPerson.test(s.span(k, end)) || followedByName(t, end) || looksLikePerson(t, k, end, placeOnlyCue)
                            || namesAnInstrument(t, end) || opensAnOfPhrase(t, end) || namesAnEvent(t, end)
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

    /** "Ulan Bator [Ulaanbaatar]", "Vietnam Workers' Party [Lao Dong]": the bracketed form names the same entity. */
    List<NameFound> bracketedVariants(TextScan s, List<NameFound> names) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (NameFound n : names) {
            int open = n.to();
            if (open >= t.size() || !t.get(open).is("[") || !s.free(open)) continue;
            int end = nameRun(s, open + 1);
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
            int from = open;
            while (from > 0 && open - from < MAX_WORDS && s.free(from - 1) && names.isNameWord(t, from - 1)
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
     * A name's run continued over particles in small letters and the name words after them ("near
     * Sagua la Grande", "in Castellón de la Plana"), from the end of its first words.
     */
    private int withParticles(TextScan s, int end, int from) {
        Tokens t = s.tokens;
        int k = end;
        while (k > from && k < t.size() && t.adjacent(k) && lexicon.isNameParticle(t.get(k).text())) k++;
        if (k == end || k >= t.size() || !t.adjacent(k)) return end;
        int more = nameRun(s, k);
        return more > k ? more : end;
    }

    /** The end of a run of up to three free capitalised words that could name a place, or {@code from} if none. */
    private int nameRun(TextScan s, int from) {
        Tokens t = s.tokens;
        int k = from;
        while (k < t.size() && k - from < MAX_WORDS && s.free(k) && (k == from || t.adjacent(k))) {
            Token tok = t.get(k);
            if (!names.isNameWord(t, k) || tok.isAllCaps() || lexicon.isDoctrine(tok.text())
                    || isCompoundAdjective(tok.text()) && !beforeGloss(t, k + 1)
                    || k > from && lexicon.isForename(tok.text())) {
                break;
            }
            // "Location: Zhongnanhai, Xihuating Participants: Zhou Enlai": where labels run into the
            // text, a word before a colon is the next label, not a word of the name
            if (k > from && t.at(k + 1) != null && t.at(k + 1).is(":")) break;
            k++;
        }
        return k;
    }

    /**
     * "Ping-hsiang [Pingxiang]": a word joined by hyphens and followed by a bracket is a name in
     * Wade-Giles (its syllables in small letters) with the editor's pinyin, not an adjective.
     */
    private static boolean beforeGloss(Tokens t, int k) {
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

    /**
     * "effects of Findley Amendment", "from Treasury Circular 655": a name the context would make a
     * place, followed by the noun of a law, treaty or document (not-names.txt), names that instrument
     * after its author or subject, not a place.
     */
    private boolean namesAnInstrument(Tokens t, int end) {
        return end < t.size() && t.adjacent(end) && lexicon.notNames.matchAt(t, end) != null
                && lexicon.placeWords.matchAt(t, end) == null;
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
     * The names the document gives to things rather than places, folded: a plural name counted by a
     * figure ("10 Drakens"), and a name followed by the noun of its kind in small letters ("Falcon
     * missile", "Greenwich mean time", thing-nouns.txt). A year before a name ("In 1956 Hungary") is
     * no count: only figures of up to three digits count.
     */
    static Set<String> thingNames(List<TextScan> scans, Lexicon lexicon) {
        Set<String> out = new HashSet<>();
        for (TextScan s : scans) {
            Tokens t = s.tokens;
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                if (!tok.isWord() || !tok.isCapitalised() || tok.isAllCaps()) continue;
                Token before = t.at(i - 1);
                boolean counted = before != null && t.adjacent(i) && before.isDigits() && before.text().length() <= MAX_COUNT_DIGITS
                        && !before.text().equals("1") && tok.text().endsWith("s");
                boolean ofAKind = i + 1 < t.size() && t.adjacent(i + 1) && lexicon.thingNouns.matchAt(t, i + 1) != null;
                if (counted || ofAKind) out.add(PersonClusters.fold(tok.text()));
            }
        }
        return out;
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

    /** "Ambassador at Large": a cue right after an office is part of the office. */
    private boolean afterOffice(Tokens t, int cue) {
        return cue > 0 && t.adjacent(cue) && lexicon.offices.matchAt(t, cue - 1) != null;
    }

    /**
     * "to Lawrence Devlin", "to George", "from the South", "among Americans": a forename starts a
     * person, so does one word with a surname's ending that no gazetteer or atlas knows as a place
     * ("to Zabolotnev"), a compass word alone is a direction, a plural in -ans is a people, and so is a name
     * ending in a people's plural ("influencing Czechs", "the East Germans"); a name before ", Jr."
     * is a person's.
     */
    private boolean looksLikePerson(Tokens t, int from, int end, boolean placeOnlyCue) {
        String first = t.get(from).text();
        if (beforeGenerationalSuffix(t, end)) return true;
        if (end - from == 1 && (lexicon.isCompassWord(first) || first.endsWith("ans"))) return true;
        if (lexicon.isPeople(t.get(end - 1).text())) return true;
        // "received in Snagov", "the town of Tambov": after a cue no person follows, a surname's ending says nothing
        if (end - from == 1 && lexicon.hasSurnameEnding(first) && !placeOnlyCue) return true;
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
        Token next = t.at(end);
        return next != null && t.adjacent(end) && (next.text().startsWith("'") || next.text().startsWith("\u2019")
                || lexicon.orgHeads.matchAt(t, end) != null);
    }

    /**
     * After a place in a list: the next item's first token (", Y", "and Y", ", and Y"), or -1.
     * ", and" after the first item opens a clause, not a list ("at Kalgan, and Ulanfu was in Harbin"):
     * a list with its comma before "and" has at least three items.
     */
    private static int listNext(Tokens t, int end, int item) {
        int k = end;
        // "Hsi-hua-t'ing [Xihuating], Chung-nan-hai": the editor's gloss of a place stays with it
        if (beforeGloss(t, k)) {
            while (k < t.size() && !t.get(k).is("]")) k++;
            k++;
        }
        boolean comma = k < t.size() && t.get(k).is(",");
        if (comma) k++;
        if (k < t.size() && t.get(k).is("and")) {
            if (comma && item == 0) return -1;
            k++;
        }
        return k > end && k < t.size() && t.get(k).isCapitalised() ? k : -1;
    }
}
