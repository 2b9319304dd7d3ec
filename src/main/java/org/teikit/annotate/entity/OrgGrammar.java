package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.teikit.annotate.EntityType;

/**
 * Organisations as maximal spans, by a small grammar over capitalised words:
 * <pre>
 *   org        = core complement*
 *   core       = modifier* head state?           "GDR Embassy", "1st Far Eastern Department", "KWP CC Politburo"
 *   modifier   = capitalised word | ordinal | known place or body | [ capitalised words ]  ("[Supreme] Court")
 *   head       = Embassy | Ministry | Department | Committee | CC | Party | … | known body
 *   complement = (of | for) the? (org | known place | capitalised words) (member states)?
 *              | (in | to) the? (known place | org)          only after a diplomatic head
 *              | in the? (known state or region)             after a located head ("Forces in Germany")
 *              | at the org                                  not after a bare head ("Commission at the Council of Ministers")
 * </pre>
 * The state after the head is for heads in capitals, as translations from Russian write them
 * ("MID SSSR"). An ordinal before a known body is the number of its session, not part of its name
 * ("the 15th UN General Assembly session").
 * A bare head with nothing before or after it ("the Ministry", "our Embassy") is no name, nor is
 * one after a possessive that only says where it is ("our Embassy in Pyongyang").
 * Places and bodies named inside an organisation's name are kept as nested finds, so the state
 * in "Embassy of the GDR in the DPRK" still reaches the register.
 */
final class OrgGrammar {
    private static final Set<String> OF = Set.of("of", "for", "OF", "FOR");
    /** The last word of the heads that name a congress as a body ("National Congress"), unless numbered. */
    private static final String CONGRESS = "Congress";
    private static final Set<String> IN = Set.of("in", "to", "IN", "TO");
    private static final Set<String> THE = Set.of("the", "THE");
    private static final Set<String> WITH = Set.of("with", "WITH");
    private static final Set<String> POSSESSIVE = Set.of("'s", "\u2019s", "'", "\u2019");
    /** An ordinal in figures ("1st", "38th"); the place rules read it too ("the 38th parallel"). */
    static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Pattern HYPHEN_SMALL = Pattern.compile(".*-\\p{Ll}.*");
    /** The most words in small letters between a works' name and its noun ("the Azovstal metallurgical works"). */
    private static final int MAX_WORKS_WORDS = 2;
    /** Shorter words in small letters are function words ("and", "new"), no description of a works. */
    private static final int MIN_WORKS_WORD = 4;
    /** A verb in -ing has more letters than this ("Organising"); "Ring", "King" and "Wing" are no verbs. */
    private static final int GERUND_MIN = 5;
    /** The most runs of words in one remit ("of Mines, Oil and Geology" has three). */
    private static final int MAX_REMIT_RUNS = 5;
    /** A word in capitals this long or longer is a heading's word, not a body's initials ("EMBASSY", not "NATO"). */
    private static final int MIN_HEADING_WORD = 5;

    private final Lexicon lexicon;

    OrgGrammar(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A parsed organisation: tokens {@code [from, to)} and the places and bodies named inside it.
     *
     * @param placedOnly whether the name is a bare head with only where it is after it ("Embassy in
     *                   Pyongyang"): a description that may stand for the writer's own mission
     * @param own        whether a possessive before it makes it the writer's own mission ("our
     *                   Embassy in Pyongyang"): described, not named
     */
    record Parse(int from, int to, KnownEntity known, List<NameFound> nested, boolean placedOnly, boolean own) { }

    /**
     * The writer's own missions of a whole document, folded ("embassy in pyongyang" of "our Embassy
     * in Pyongyang"): the same words after "the" elsewhere in it ("the staff of the Embassy in
     * Pyongyang") speak of that mission again, and name it no more than the first time.
     */
    Set<String> ownMissions(List<TextScan> scans, List<Hits> hits) {
        Set<String> out = new HashSet<>();
        for (TextScan s : scans) {
            for (int i = 1; i < s.tokens.size(); i++) {
                if (!s.tokens.adjacent(i) || !lexicon.isPossessive(s.tokens.get(i - 1).text())) continue;
                Parse p = s.free(i) ? parse(s, hits.get(s.index), i) : null;
                if (p != null && p.own()) out.add(PersonClusters.fold(s.span(p.from(), p.to())));
            }
        }
        return out;
    }

    /**
     * Finds organisations left to right on free tokens, claims them and returns them with their
     * nested names; none of the writer's {@code ownMissions}.
     */
    List<NameFound> find(TextScan s, Hits hits, Set<String> ownMissions) {
        List<NameFound> out = new ArrayList<>();
        for (int i = 0; i < s.tokens.size(); ) {
            // "President Council of State", "Deputy Director Western Hemisphere Division": the office
            // before a body is a person's title, not a word of the body's name
            Parse p = s.free(i) && !officeBeforeBody(s.tokens, i) ? parse(s, hits, i) : null;
            if (p != null && (p.own() || p.placedOnly() && ownMissions.contains(PersonClusters.fold(s.span(p.from(), p.to()))))) p = null;
            if (p == null || !s.free(p.from(), p.to())) {
                i++;
                continue;
            }
            String surface = s.span(p.from(), p.to());
            NameFound org = new NameFound(s.index, p.from(), p.to(), EntityType.ORG, null, p.known(),
                    NameFound.keyOf(p.known(), surface), surface, null);
            int building = buildingAfter(s, p.to());
            if (building > 0 && p.nested().isEmpty()) {
                // "Mansudae Assembly Hall", "Trade Union Palace": a body's name before a building's or
                // a square's word names that building; the body is no name of its own there
                NameFound place = NameFound.region(s, p.from(), building);
                out.add(place);
                s.claim(p.from(), building, place);
                i = building;
                continue;
            }
            out.add(org);
            out.addAll(p.nested());
            s.claim(p.from(), p.to(), org);
            i = p.to();
        }
        return out;
    }

    Parse parse(TextScan s, Hits hits, int i) {
        return parse(s, hits, i, true);
    }

    /** @param placed whether the name may go on with "in"/"to" + a place: not inside such a complement itself */
    private Parse parse(TextScan s, Hits hits, int i, boolean placed) {
        Tokens t = s.tokens;
        if (isOrdinal(t.get(i).text()) && hits.isAt(i + 1, EntityType.ORG) && t.adjacent(i + 1)) return null;
        Parse named = hits.at(i) == null && lexicon.isHeadBeforeName(t.get(i).text()) ? namedAfterHead(s, hits, i) : null;
        if (named != null) return named;
        List<NameFound> nested = new ArrayList<>();
        int j = i;
        int coreEnd = -1;
        int units = 0;
        int unitsToHead = 0;
        boolean diplomatic = false;
        KnownEntity wholeHit = null;
        while (j < t.size() && (j == i || t.adjacent(j) || t.touching(j))) {
            PhraseSet.Match<KnownEntity> hit = hits.at(j);
            if (hit != null && hit.value().type() != EntityType.PERSON) {
                units++;
                if (namesPartyOfOrgan(t, hit, coreEnd)) {
                    // "CC CPSU", "CC MPRP": an organ's head in capitals, then the party it belongs to
                    nested.add(body(s, hit));
                    coreEnd = j = hit.to();
                    unitsToHead = units;
                    wholeHit = null;
                    continue;
                }
                // "USSR Supreme Soviet", "MPR Great People's Khural": a known body right after its state is named with it,
                // whatever its last word; not after "in" ("in the USSR TASS reported": where the body speaks)
                boolean afterItsState = j > i && coreEnd < 0 && nested.size() == 1 && nested.get(0).from() == i && nested.get(0).to() == j
                        && nested.get(0).type() == EntityType.PLACE && "state".equals(nested.get(0).subtype()) && t.adjacent(j)
                        && !lexicon.placeOnlyCueBefore(t, i > 0 && THE.contains(t.get(i - 1).text()) ? i - 1 : i);
                if (hit.value().type() == EntityType.ORG && (j == i || endsWithHead(t, hit.to()) || afterItsState)) {
                    coreEnd = hit.to();
                    unitsToHead = units;
                    // a body known by its whole name is named by it: "in Korea" after "the Neutral Nations
                    // Supervisory Commission" says where it works, as after "the UN Command"
                    diplomatic = j != i && endsWithDiplomaticHead(t, hit.to());
                    wholeHit = j == i ? hit.value() : null;
                    PhraseSet.Match<KnownEntity> state = hits.at(hit.to());
                    if (t.get(hit.to() - 1).isAllCaps() && endsWithHead(t, hit.to()) && state != null
                            && "state".equals(state.value().subtype()) && t.adjacent(hit.to())) {
                        // "MFA USSR": a known body in capitals with its state after it, as "MID SSSR"
                        nested.add(body(s, hit));
                        nested.add(place(s, state));
                        coreEnd = j = state.to();
                        wholeHit = null;
                        continue;
                    }
                } else {
                    nested.add(place(s, hit));
                }
                j = hit.to();
                continue;
            }
            Token tok = t.get(j);
            if (!tok.isCapitalised() && coreEnd < 0 && j > i && afterTheName(t, i)
                    && (lexicon.worksNouns.contains(tok.text()) || nested.isEmpty() && describedWorksNoun(t, j))) {
                // "the Ganz factory": the word in small letters says the name before it is a works'; the name is the body's.
                // So do "the Azovstal metallurgical works", "the Kama lorry works", where no known place opens the name
                coreEnd = j;
                unitsToHead = units;
                break;
            }
            PhraseSet.Match<Boolean> head = tok.isCapitalised() ? lexicon.orgHeads.matchAt(t, j) : null;
            if (head == null && tok.isCapitalised() && !tok.isAllCaps() && lexicon.isSeatHead(tok.text())) {
                head = new PhraseSet.Match<>(j, j + 1, new PhraseSet.Phrase<>(List.of(), List.of(), tok.text(), Boolean.FALSE), false);
            }
            if (head != null) {
                // "the Fifth National Congress of the CPV": a numbered congress is a meeting, the body is the one it is of
                if (t.get(head.to() - 1).text().equals(CONGRESS) && numbered(t, i, j)) return null;
                units++;
                j = head.to();
                coreEnd = j;
                unitsToHead = units;
                diplomatic = head.value();
                wholeHit = null;
                int seat = seatAfter(t, hits, j);
                if (seat > j) {
                    // "Petrolchemisches Kombinat Schwedt", "Eisenhüttenkombinat Ost": the seat after a combine's head stays in its name
                    PhraseSet.Match<KnownEntity> place = hits.at(j);
                    if (place != null) nested.add(place(s, place));
                    coreEnd = j = seat;
                    continue;
                }
                PhraseSet.Match<KnownEntity> state = hits.at(j);
                if (t.get(j - 1).isAllCaps() && state != null && "state".equals(state.value().subtype()) && t.adjacent(j)) {
                    // "MID SSSR": a head in capitals with its state after it
                    nested.add(place(s, state));
                    coreEnd = j = state.to();
                    continue;
                }
                if (j < t.size() && t.adjacent(j) && RomanNumerals.isOrdinal(t.get(j).text()) && !t.isDotAfter(j)) {
                    coreEnd = ++j;
                    // "Directorate II Europe": the area a numbered office covers ends its name
                    PhraseSet.Match<KnownEntity> area = hits.at(j);
                    if (area != null && area.value().type() == EntityType.PLACE && t.adjacent(j)) {
                        nested.add(place(s, area));
                        coreEnd = j = area.to();
                    }
                }
                continue;
            }
            int supplied = suppliedModifiers(t, hits, j, j > i);
            if (supplied > j && supplied < t.size() && t.adjacent(supplied)) {
                units++;
                j = supplied;
                continue;
            }
            if (j > i && isPluralPossessive(t, j)) {
                j++;
                continue;
            }
            // "Near and Middle East Department": modifiers joined by "and" before the head; a state
            // after "and" opens a body of its own ("Bashev and Bulgarian Government", "President
            // Johnson and U.S. Government"), for a body belongs to one state
            if (j > i && coreEnd < 0 && (tok.is("and") || tok.is("AND")) && t.adjacent(j + 1)
                    && (isModifier(t, j + 1) || hits.at(j + 1) != null) && !namesPerson(t, j - 1) && !namesBodyOrPeople(t, j - 1)
                    && !namesState(t, hits, j + 1)) {
                j++;
                continue;
            }
            if (isModifier(t, j)) {
                units++;
                j++;
                continue;
            }
            break;
        }
        if (coreEnd < 0 || coreEnd < t.size() && t.adjacent(coreEnd) && lexicon.orgClosers.matchAt(t, coreEnd) != null) return null;
        // a core must end at its head: drop trailing modifiers, and the places among them
        int end = coreEnd;
        nested.removeIf(n -> n.from() >= end);
        // "North-East Frontier Agency": a point of the compass inside a name is a direction, whatever
        // district the atlas calls so
        nested.removeIf(n -> n.type() == EntityType.PLACE && lexicon.isCompassWord(n.surface()));
        // "Paris Commune Shipyard": a place before the noun of an event or instrument names that, not itself
        nested.removeIf(n -> n.type() == EntityType.PLACE && n.to() < end && t.adjacent(n.to())
                && lexicon.notNames.matchAt(t, n.to()) != null && lexicon.placeWords.matchAt(t, n.to()) == null);
        // "Far East Department": a region before a desk's head is the desk's remit, not a place mentioned
        if (lexicon.remitHeads.contains(t.get(coreEnd - 1).text())) {
            nested.removeIf(n -> n.type() == EntityType.PLACE && "region".equals(n.subtype()));
        }
        boolean bare = unitsToHead == 1 && wholeHit == null && coreEnd - i == headLength(t, i);
        int k = coreEnd;
        int complements = 0;
        boolean ofComplement = false;
        // "Committee for Solidarity with the Peoples of Indochina": "with" goes on from a "for" complement
        boolean followsFor = false;
        while (k < t.size() && t.adjacent(k)) {
            String w = t.get(k).text();
            // "Committee of Solidarity with the People of Vietnam": so it does after a noun that takes "with"
            boolean withGoesOn = WITH.contains(w) && (followsFor || complements > 0 && lexicon.withNouns.contains(t.get(k - 1).text()));
            if (OF.contains(w) || placed && (diplomatic && IN.contains(w) || locatedIn(t, hits, k)) || withGoesOn) {
                // "the FRG Government of the day": a state's body named with its state before it is named
                if (complements == 0 && OF.contains(w) && lexicon.stateBodyHeads.contains(t.get(coreEnd - 1).text())
                        && nested.stream().anyMatch(n -> n.type() == EntityType.PLACE)) break;
                int np = k + 1;
                if (np < t.size() && THE.contains(t.get(np).text())) np++;
                int npEnd = complement(s, hits, np, OF.contains(w) || WITH.contains(w), nested);
                if (npEnd < 0) break;
                k = membersAfter(t, nested, np, npEnd);
                complements++;
                ofComplement |= OF.contains(w);
                followsFor = w.equalsIgnoreCase("for");
                continue;
            }
            // a bare head ("the Commission at the CC") stays no name
            int attached = bare ? -1 : attachedTo(s, hits, k, nested);
            if (attached > 0) {
                k = attached;
                complements++;
                continue;
            }
            PhraseSet.Match<KnownEntity> city = hits.at(k);
            if (placed && diplomatic && complements == 0 && k == coreEnd && city != null && "city".equals(city.value().subtype())
                    && t.adjacent(k)) {
                nested.add(place(s, city));
                k = city.to();
                complements++;
                continue;
            }
            break;
        }
        if (bare && complements == 0) return null;
        k = withQualifier(t, k);
        // "the Government of India": a state's body with no state named after it is a word of a title,
        // unless its character follows ("the Government of National Reconstruction")
        if (bare && lexicon.stateBodyHeads.contains(t.get(i).text()) && nested.stream().noneMatch(n -> n.type() == EntityType.PLACE)
                && !namedByCharacter(t, coreEnd)) return null;
        // "our Embassy in Pyongyang": the writer's own mission, described by where it is, not named
        boolean placedOnly = bare && !ofComplement;
        boolean own = placedOnly && i > 0 && t.adjacent(i) && lexicon.isPossessive(t.get(i - 1).text());
        // "Provisional Government of National Union": what a state's body is of, if no state, is its
        // character, no body of its own
        if (lexicon.stateBodyHeads.contains(t.get(end - 1).text())) nested.removeIf(n -> n.type() == EntityType.ORG && n.from() >= end);
        int headingEnd = endOfHeadingInCapitals(t, hits, i, k);
        if (headingEnd < k) {
            // "THE ROMANIAN DELEGATION Moscow 3 March 1947": a heading in capitals ends where the dateline's place in
            // small letters begins (a flattened page); the place is read on its own
            k = headingEnd;
            int cut = k;
            nested.removeIf(n -> n.to() > cut);
        }
        KnownEntity known = complements == 0 && unitsToHead == 1 ? wholeHit : null;
        if (known != null) nested.clear();
        return new Parse(i, k, known, nested, placedOnly, own);
    }

    /**
     * "Radio Tanzania", "Radio Venceremos": a head of org-heads-before-name.txt at {@code i} and the
     * name right after it, a known place or capitalised words that open no other body; or null, and
     * the head is read as any other ("Radio Committee", "Radio Study Group", "Czechoslovak Radio").
     */
    private Parse namedAfterHead(TextScan s, Hits hits, int i) {
        Tokens t = s.tokens;
        int k = i + 1;
        if (k >= t.size() || !t.adjacent(k)) return null;
        PhraseSet.Match<KnownEntity> place = hits.at(k);
        if (place != null && place.value().type() == EntityType.PLACE) {
            return new Parse(i, place.to(), null, new ArrayList<>(List.of(place(s, place))), false, false);
        }
        if (place != null) return null;
        int end = k;
        while (end < t.size() && (end == k || t.adjacent(end)) && isModifier(t, end) && !isOrdinal(t.get(end).text())
                && lexicon.orgHeads.matchAt(t, end) == null && hits.at(end) == null && !startsPerson(t, end)) {
            end++;
        }
        // "Radio Study Group": a head after the words makes them the modifiers of that body, read as usual
        boolean headAfter = end < t.size() && t.adjacent(end) && lexicon.orgHeads.matchAt(t, end) != null;
        if (end <= k || headAfter) return null;
        // "VEB Elektrokohle Berlin": a known place right after the name is the enterprise's seat, part of its name
        PhraseSet.Match<KnownEntity> seat = end < t.size() && t.adjacent(end) ? hits.at(end) : null;
        if (seat != null && seat.value().type() == EntityType.PLACE) {
            return new Parse(i, seat.to(), null, new ArrayList<>(List.of(place(s, seat))), false, false);
        }
        return new Parse(i, end, null, new ArrayList<>(), false, false);
    }

    /**
     * Where a body's name that opens with a word in capitals ("EMBASSY", "ROMANIAN") meets a known place
     * written in small letters, with a word in capitals right before it: the token of that place, else {@code end}.
     */
    private int endOfHeadingInCapitals(Tokens t, Hits hits, int from, int end) {
        Token first = t.get(from);
        if (!first.isAllCaps() || first.text().length() < MIN_HEADING_WORD || !first.text().chars().allMatch(Character::isLetter)) return end;
        for (int m = from + 1; m < end; m++) {
            PhraseSet.Match<KnownEntity> place = hits.at(m);
            if (place != null && place.value().type() == EntityType.PLACE && t.get(m - 1).isAllCaps() && !t.get(m).isAllCaps()) return m;
        }
        return end;
    }

    /**
     * The end of a combine's seat right after its head at {@code j} (org-seat-heads.txt: a known
     * place, or a point of the compass), or {@code j}: "Kombinat Schwedt", "Halbleiterwerk
     * Frankfurt (Oder)", "Eisenhüttenkombinat Ost", and a university's town as German names
     * have it ("Karl Marx University Leipzig").
     */
    private int seatAfter(Tokens t, Hits hits, int j) {
        if (j >= t.size() || !t.adjacent(j) || !lexicon.isSeatHead(t.get(j - 1).text())) return j;
        PhraseSet.Match<KnownEntity> place = hits.at(j);
        if (place != null && place.value().type() == EntityType.PLACE) return place.to();
        if (lexicon.takesKnownSeatOnly(t.get(j - 1).text())) return j;
        Token seat = t.get(j);
        if (lexicon.isCompassSeat(seat.text())) return j + 1;
        // "Petrolchemisches Kombinat Schwedt": a town no list knows, one capitalised word that is no function word or title
        boolean town = seat.isWord() && seat.isCapitalised() && !seat.isAllCaps() && !lexicon.isStopword(seat.text())
                && !lexicon.isComradeWord(seat.text()) && lexicon.orgHeads.matchAt(t, j) == null && !t.possessiveAt(j + 1)
                && (j + 1 >= t.size() || !t.adjacent(j + 1) || !t.get(j + 1).isCapitalised());
        return town ? j + 1 : j;
    }

    /**
     * "UN Force in Cyprus", "Association of Korean Residents in Japan": "in" and a known place after a
     * word of org-located-heads.txt, the state or region the body stands in. A city there is only where
     * the body sits ("the Northern Group of Forces in Legnica"), no part of its name, except after the
     * heads marked "town", whose town is their area ("the SED District Leadership in Karl-Marx-Stadt").
     */
    private boolean locatedIn(Tokens t, Hits hits, int k) {
        if (!t.get(k).is("in") || !lexicon.locatedHeads.contains(t.get(k - 1).text())) return false;
        int np = k + 1;
        if (np < t.size() && THE.contains(t.get(np).text())) np++;
        PhraseSet.Match<KnownEntity> place = hits.at(np);
        return place != null && place.value().type() == EntityType.PLACE && t.adjacent(np)
                && (!"city".equals(place.value().subtype()) || lexicon.townLocatedHeads.contains(t.get(k - 1).text()));
    }

    /**
     * "the Planning Commission at the Council of Ministers", "the Institute of History at the CC": "at the"
     * and the body a commission or institute is attached to, as the socialist states name theirs, end the
     * name; the body's own name goes to {@code nested}. "at the" and a place ("the Embassy at the
     * Hague"), or words that name no body, say where it sits. The end, or -1.
     */
    private int attachedTo(TextScan s, Hits hits, int k, List<NameFound> nested) {
        Tokens t = s.tokens;
        if (!t.get(k).is("at") || k + 2 >= t.size() || !THE.contains(t.get(k + 1).text()) || !t.adjacent(k + 1) || !t.adjacent(k + 2)) return -1;
        int np = k + 2;
        PhraseSet.Match<KnownEntity> hit = hits.at(np);
        if (hit != null && hit.value().type() != EntityType.ORG) return -1;
        Parse inner = parse(s, hits, np, false);
        if (inner == null || inner.placedOnly()) return -1;
        String surface = s.span(inner.from(), inner.to());
        nested.add(new NameFound(s.index, inner.from(), inner.to(), EntityType.ORG, null, inner.known(),
                NameFound.keyOf(inner.known(), surface), surface, null));
        nested.addAll(inner.nested());
        return inner.to();
    }

    /**
     * "of the Warsaw Treaty member states": the member states or countries, in small letters, of the
     * alliance or council a complement {@code [np, end)} names are part of the name (org-member-states.txt).
     * After a place ("of Europe member states") or other words they are not. The end, with them or without.
     */
    private int membersAfter(Tokens t, List<NameFound> nested, int np, int end) {
        if (end >= t.size() || !t.adjacent(end)) return end;
        PhraseSet.Match<Boolean> members = lexicon.memberStates.matchAt(t, end);
        boolean body = nested.stream().anyMatch(n -> n.type() == EntityType.ORG && n.from() == np && n.to() == end);
        return members != null && body ? members.to() : end;
    }

    /** The end of a complement's noun phrase starting at {@code np}, or -1; nested names go to {@code nested}. */
    private int complement(TextScan s, Hits hits, int np, boolean of,
                           List<NameFound> nested) {
        Tokens t = s.tokens;
        if (np >= t.size() || !t.adjacent(np)) return -1;
        PhraseSet.Match<KnownEntity> hit = hits.at(np);
        if (!of && hit != null && hit.value().type() == EntityType.PLACE) {
            // "Embassy to the USSR Political Department": the place ends the name, a new one begins
            nested.add(place(s, hit));
            return hit.to();
        }
        int remit = of ? remitList(t, hits, np) : -1;
        if (remit > 0) return remit;
        // "Commission for Organising the Party of the Working People": a verb in -ing and the body it works on
        int object = of ? gerundObject(t, np) : -1;
        Parse inner = object > 0 ? parse(s, hits, object, true) : null;
        if (inner == null) inner = parse(s, hits, np, of);
        if (inner != null && object < 0 && namesMembers(t, hits, inner)) {
            // "of Czechoslovak Youth", "of Democratic Youth": the members a body unites, no body of their own
            nested.addAll(inner.nested());
            return inner.to();
        }
        if (inner != null) {
            String surface = s.span(inner.from(), inner.to());
            nested.add(new NameFound(s.index, inner.from(), inner.to(), EntityType.ORG, null, inner.known(),
                    NameFound.keyOf(inner.known(), surface), surface, null));
            nested.addAll(inner.nested());
            return inner.to();
        }
        if (!of && hit == null) return -1;
        if (object > 0) {
            // "Committee for Defending the Revolution": the verb's object is no body, but its capitalised words end the name
            int end = object;
            while (end < t.size() && (end == object || t.adjacent(end)) && isModifier(t, end) && !startsPerson(t, end)) end++;
            if (end > object) return end;
        }
        int k = np;
        int words = 0;
        int placeEnd = -1;
        while (k < t.size() && (k == np || t.adjacent(k) || t.get(k).is(","))) {
            Token tok = t.get(k);
            PhraseSet.Match<KnownEntity> area = hits.at(k);
            if (area != null && area.value().type() == EntityType.PLACE) {
                // "of the Middle East Countries", "of the MFA USSR": a place inside the words of a complement;
                // "of Nghe An province", "for Chelyabinsk oblast": with its kind in small letters after it
                PhraseSet.Match<Boolean> kind = of ? smallPlaceWord(t, area.to()) : null;
                nested.add(place(s, area));
                if (kind != null) nested.add(NameFound.region(s, area.from(), kind.to()));
                k = kind == null ? area.to() : kind.to();
                placeEnd = k;
                words++;
                if (!of) break;
            } else if (!of) {
                break;
            } else if (isModifier(t, k) && !startsPerson(t, k)) {
                k++;
                words++;
            } else if (of && placeEnd == k && tok.is(",") && placeListEnd(s, hits, k, null) > 0) {
                // "of the Peoples of Asia, Africa and Latin America": a list of places closed by "and"
                k = placeListEnd(s, hits, k, nested);
            } else if (words > 0 && (tok.is("and") || tok.is("AND")) && conjunct(t, hits, k + 1) > 0) {
                // "for Industry and Trade", "for Europe and the Americas"
                k = conjunct(t, hits, k + 1);
            } else if (words > 0 && tok.text().startsWith("'")) {
                k++;
            } else {
                break;
            }
        }
        return words > 0 && !t.get(k - 1).is("and") ? k : -1;
    }

    /**
     * "of Mines, Oil and Geology", "of Water Conservancy and Electric Power", "of National, Democratic
     * and Peace Forces": after "of", runs of capitalised words that no list knows, joined by commas and
     * closed by "and" and a last run, name one remit, not bodies of their own (a head such as "Electric"
     * or "Forces" inside them says nothing). The end of the last run, or -1 where a run is known, starts
     * a person, or the words go on after it ("and Ministry of Railways" is a second body).
     */
    private int remitList(Tokens t, Hits hits, int np) {
        int k = np;
        for (int run = 0; run < MAX_REMIT_RUNS; run++) {
            int from = k;
            // words in capitals are bodies' or offices' initials ("Defense, RPM, and G"), no words of a remit
            while (k < t.size() && (k == from || t.adjacent(k)) && hits.at(k) == null && isModifier(t, k) && !startsPerson(t, k)
                    && !t.get(k).isAllCaps()
                    && !lexicon.hasSurnameEnding(t.get(k).text())) {
                k++;
            }
            if (k == from || k >= t.size()) return -1;
            Token after = t.get(k);
            if (t.get(from - 1).is("and") && from > np) {
                // the last run: nothing of a name may follow it
                return after.isWord() && (after.isCapitalised() || OF.contains(after.text())) && t.adjacent(k)
                        || POSSESSIVE.contains(after.text()) ? -1 : k;
            }
            if (after.is(",")) k++;
            if (k < t.size() && t.get(k).is("and")) k++;
            else if (!after.is(",")) return -1;
            if (k >= t.size() || !t.get(k).isCapitalised()) return -1;
        }
        return -1;
    }

    /**
     * Whether a complement's body is the members the outer body unites: a word of
     * org-member-heads.txt ("Youth") after one or two words that name no body or place of their own
     * ("Czechoslovak", "Democratic"), nothing after it.
     */
    private boolean namesMembers(Tokens t, Hits hits, Parse inner) {
        int last = inner.to() - 1;
        if (inner.known() != null || inner.to() - inner.from() > 3 || !lexicon.isMemberHead(t.get(last).text())) return false;
        for (int k = inner.from(); k < last; k++) {
            if (hits.at(k) != null || lexicon.orgHeads.matchAt(t, k) != null) return false;
        }
        return inner.to() - inner.from() > 1;
    }

    /** "of National Reconstruction": "of", then a word of state-body-characters.txt, after the head ending at {@code end}. */
    private boolean namedByCharacter(Tokens t, int end) {
        Token of = t.at(end);
        Token character = t.at(end + 1);
        return of != null && of.is("of") && character != null && t.adjacent(end + 1) && lexicon.isStateBodyCharacter(character.text());
    }

    /**
     * "Organising the": where the complement at {@code np} opens with a capitalised verb in -ing and
     * "the", the token after "the" (the body the verb works on), else -1. Its own words come first in
     * the complement's surface, so the caller's span runs from {@code np}.
     */
    private static int gerundObject(Tokens t, int np) {
        Token verb = t.get(np);
        Token the = t.at(np + 1);
        boolean gerund = verb.isWord() && verb.isCapitalised() && !verb.isAllCaps() && verb.text().endsWith("ing") && verb.text().length() > GERUND_MIN;
        return gerund && the != null && t.adjacent(np + 1) && THE.contains(the.text()) && np + 2 < t.size() && t.adjacent(np + 2) ? np + 2 : -1;
    }

    /**
     * After "[" at {@code j}: the token after its "]" where the bracket holds only capitalised words
     * (joined by "and") and no known name, words the editor supplied to a name ("[Supreme] Court", "[International
     * Control and Supervisory] Commission"); else {@code j}.
     */
    private int suppliedModifiers(Tokens t, Hits hits, int j, boolean insideName) {
        if (!t.get(j).is("[")) return j;
        int k = j + 1;
        int words = 0;
        // a known body or place in the bracket ("our [SED] Central Committee") is a name of its own;
        // inside a name it is the editor's other spelling of the word before ("Hsinhua [Xinhua] News Agency")
        while (k < t.size() && (insideName || hits.at(k) == null) && (isModifier(t, k) || words > 0 && t.get(k).is("and"))) {
            if (!t.get(k).is("and")) words++;
            k++;
        }
        return words > 0 && k < t.size() && t.get(k).is("]") && !t.get(k - 1).is("and") ? k + 1 : j;
    }

    /**
     * The end of ", Y, Z and W" at {@code comma}, each a known place, or -1; the places go to
     * {@code nested} unless it is null: the comma after a place in "of Asia, Africa and Latin America".
     */
    private int placeListEnd(TextScan s, Hits hits, int comma, List<NameFound> nested) {
        Tokens t = s.tokens;
        List<NameFound> found = new ArrayList<>();
        int k = comma;
        while (k < t.size()) {
            boolean and = false;
            if (t.get(k).is(",")) k++;
            if (k < t.size() && t.get(k).is("and")) {
                and = true;
                k++;
            }
            if (k == comma || k >= t.size()) return -1;
            PhraseSet.Match<KnownEntity> m = hits.at(k);
            if (m == null || m.value().type() != EntityType.PLACE || !t.adjacent(k)) return -1;
            found.add(place(s, m));
            k = m.to();
            if (and) {
                if (nested != null) nested.addAll(found);
                return k;
            }
            if (k >= t.size() || !t.get(k).is(",") && !t.get(k).is("and")) return -1;
        }
        return -1;
    }

    /** Where the second of two joined words of a complement starts (after an article), or -1. */
    private int conjunct(Tokens t, Hits hits, int k) {
        int c = k < t.size() && THE.contains(t.get(k).text()) ? k + 1 : k;
        if (c >= t.size() || !t.adjacent(c)) return -1;
        PhraseSet.Match<KnownEntity> hit = hits.at(c);
        boolean place = hit != null && hit.value().type() == EntityType.PLACE;
        boolean body = hit != null && hit.value().type() == EntityType.ORG || lexicon.orgHeads.matchAt(t, c) != null
                || lexicon.orgClosers.matchAt(t, c) != null;
        // "the Council of State and the MPR Great People's Khural": a state with a capitalised word after it opens a
        // body of its own, for a body belongs to one state; "for Europe and the Americas" goes on
        if (place && "state".equals(hit.value().subtype()) && hit.to() < t.size() && t.adjacent(hit.to())
                && (isModifier(t, hit.to()) || hits.at(hit.to()) != null)) return -1;
        if (place) return c;
        // "and First Secretary of the Central Committee": an office after "and" opens a person's title
        return isModifier(t, c) && !body && !lexicon.isDemonym(t.get(c).text()) && lexicon.offices.matchAt(t, c) == null
                && endsAsName(t, c, c > k) ? c : -1;
    }

    /**
     * Whether the capitalised words from {@code c} end as a name: no body's head or place word among
     * them and, after an article, no noun in small letters
     * after them ("and the Party leadership" is a phrase of its own; "and Trade met" is not).
     */
    private boolean endsAsName(Tokens t, int c, boolean article) {
        int k = c;
        while (k < t.size() && (k == c || t.adjacent(k)) && isModifier(t, k)) {
            // "and the National Academy of Sciences" is a second body, "and the Presidential Palace" a place
            if (lexicon.orgHeads.matchAt(t, k) != null || lexicon.placeWords.matchAt(t, k) != null) return false;
            k++;
        }
        Token next = t.at(k);
        // "and the Women's International Democratic Federation": a possessive opens a body's name of its own
        if (article && next != null && t.touching(k) && POSSESSIVE.contains(next.text())) return false;
        return !article || next == null || !t.adjacent(k) || !next.isWord() || !next.isLowerCase() || OF.contains(next.text())
                || next.is("and");
    }

    /**
     * "Czech Government and Communist Party", "State and Party", "Bulgarians and Legation": a word
     * naming a state's body or a people before "and" ends a phrase; the words after it name another.
     */
    private boolean namesBodyOrPeople(Tokens t, int k) {
        String w = t.get(k).text();
        return lexicon.isPeople(w) || lexicon.notNames.matchAt(t, k) != null && lexicon.notNames.matchAt(t, k).to() == k + 1
                || w.equals("State");
    }

    /** Whether token {@code k} opens a state's name or its adjective ("U.S.", "Bulgarian"). */
    private boolean namesState(Tokens t, Hits hits, int k) {
        PhraseSet.Match<KnownEntity> hit = hits.at(k);
        return hit != null && "state".equals(hit.value().subtype()) || lexicon.isDemonym(t.get(k).text());
    }

    /** After an organ's head in capitals ("CC"), a known body in capitals is the party the organ belongs to ("CC VKP(b)"). */
    private static boolean namesPartyOfOrgan(Tokens t, PhraseSet.Match<KnownEntity> hit, int coreEnd) {
        int j = hit.from();
        return hit.value().type() == EntityType.ORG && coreEnd == j && j > 0 && t.adjacent(j)
                && t.get(j - 1).isAllCaps() && inCapitals(t, j, hit.to());
    }

    /**
     * Whether tokens {@code [from, to)} are initials in capitals: every word in capitals but a
     * single small letter in brackets, as a party's abbreviation carries its faction ("VKP(b)",
     * "AUCP(b)": Bolsheviks).
     */
    static boolean inCapitals(Tokens t, int from, int to) {
        if (!t.get(from).isAllCaps()) return false;
        for (int k = from + 1; k < to; k++) {
            Token tok = t.get(k);
            boolean bracketedLetter = tok.text().length() == 1 && t.at(k - 1).is("(") && t.at(k + 1) != null && t.at(k + 1).is(")");
            if (tok.isWord() && !tok.isAllCaps() && !bracketedLetter) return false;
        }
        return true;
    }

    /** Whether an ordinal stands among the words from {@code from} to {@code to}, or right before them. */
    private boolean numbered(Tokens t, int from, int to) {
        for (int k = Math.max(0, from - 1); k < to; k++) {
            if (isOrdinal(t.get(k).text())) return true;
        }
        return false;
    }

    /** "Second" or "2nd": an ordinal, spelled out or in figures. */
    private boolean isOrdinal(String w) {
        return ORDINAL.matcher(w).matches() || lexicon.isOrdinalWord(w);
    }

    /** "Kim" of "Kim and Party": a word that begins or is a person's name joins no body by "and". */
    private boolean namesPerson(Tokens t, int k) {
        String w = t.get(k).text();
        return lexicon.isForename(w) || lexicon.isEastAsianFamily(w) || lexicon.isVietnameseFamily(w);
    }

    /**
     * "President Council of State": an office before a body is a person's title. But "General" and
     * "Chief" before a head are the body's own first word ("General Assembly", "General Association
     * of Korean Residents", "Chief Directorate"): office-adjectives.txt.
     */
    private boolean officeBeforeBody(Tokens t, int i) {
        PhraseSet.Match<Boolean> office = lexicon.offices.matchAt(t, i);
        if (office == null) return false;
        if (office.to() != i + 1 || !lexicon.officeAdjectives.contains(t.get(i).text())) return true;
        PhraseSet.Match<Boolean> head = lexicon.orgHeads.matchAt(t, i);
        boolean headNext = i + 1 < t.size() && t.adjacent(i + 1) && lexicon.orgHeads.matchAt(t, i + 1) != null;
        return !(head != null && head.to() > i + 1 || headNext);
    }

    /**
     * After a body's name at {@code end}: the end of a qualifier in brackets that belongs to it
     * ("Communist Party of India (Marxist)"), or {@code end}.
     */
    int withQualifier(Tokens t, int end) {
        Token open = t.at(end);
        Token word = t.at(end + 1);
        Token close = t.at(end + 2);
        boolean spaced = t.adjacent(end) || t.touching(end);
        return spaced && open.is("(") && word != null && lexicon.orgQualifiers.contains(word.text()) && t.touching(end + 1)
                && close != null && close.is(")") && t.touching(end + 2) ? end + 3 : end;
    }

    /**
     * "metallurgical works", "lorry works", "iron smelting combine": up to two words in small letters
     * from {@code j} (of four letters or more, no stopwords, no works noun among them), then a works noun.
     */
    private boolean describedWorksNoun(Tokens t, int j) {
        for (int k = j; k < j + MAX_WORKS_WORDS && k < t.size() && t.adjacent(k); k++) {
            Token tok = t.get(k);
            if (!tok.isWord() || !tok.isLowerCase() || tok.text().length() < MIN_WORKS_WORD || lexicon.isStopword(tok.text())
                    || lexicon.worksNouns.contains(tok.text())) return false;
            Token next = t.at(k + 1);
            if (next != null && t.adjacent(k + 1) && lexicon.worksNouns.contains(next.text())) return true;
        }
        return false;
    }

    /** "the Leuna works": a name right after "the" that is no adjective of nationality ("the Hungarian factory"). */
    private boolean afterTheName(Tokens t, int i) {
        return i > 0 && t.get(i - 1).text().equalsIgnoreCase("the") && t.adjacent(i) && !lexicon.isDemonym(t.get(i).text());
    }

    /** "Workers' Party", "People's Republic": a possessive of a plural inside a name (not "Kim Il Sung's Party"). */
    private boolean isPluralPossessive(Tokens t, int j) {
        String w = t.get(j).text().replace('\u2019', '\'');
        String before = t.get(j - 1).text();
        if (w.equals("'")) return t.touching(j) && before.endsWith("s");
        return w.equalsIgnoreCase("'s") && lexicon.isPluralPossessor(before);
    }

    private boolean endsWithHead(Tokens t, int to) {
        for (int k = to - 1; k >= 0 && k >= to - 2; k--) {
            PhraseSet.Match<Boolean> head = lexicon.orgHeads.matchAt(t, k);
            if (head != null && head.to() == to) return true;
        }
        return false;
    }

    private boolean isModifier(Tokens t, int j) {
        Token tok = t.get(j);
        if (isOrdinal(tok.text())) return true;
        if (HYPHEN_SMALL.matcher(tok.text()).matches()) return false;
        return tok.isWord() && tok.isCapitalised() && (!lexicon.isStopword(tok.text()) || describesHead(t, j))
                && !lexicon.isHonorific(t, j) && !RomanNumerals.isOrdinal(tok.text())
                && lexicon.publications.matchAt(t, j) == null;
    }

    /**
     * "Information" of "the Mozambique Information Agency": a word the stopwords keep out of names as
     * document furniture ("Information on the Meeting") names what a body does right before its head.
     */
    private boolean describesHead(Tokens t, int j) {
        return lexicon.isOrgNounModifier(t.get(j).text()) && j + 1 < t.size() && t.adjacent(j + 1)
                && lexicon.orgHeads.matchAt(t, j + 1) != null;
    }

    /** "Shen Jiahe", "Max Weber", "D. Dashdorj": where a run of capitalised words turns into a person. */
    private boolean startsPerson(Tokens t, int k) {
        Token tok = t.get(k);
        Token next = t.at(k + 1);
        if (next == null || !t.adjacent(k + 1)) return false;
        boolean nextName = next.isWord() && next.isCapitalised() && lexicon.orgHeads.matchAt(t, k + 1) == null;
        return nextName && (lexicon.isEastAsianFamily(tok.text()) || lexicon.isForename(tok.text()))
                && !lexicon.isStopword(next.text());
    }

    private boolean endsWithDiplomaticHead(Tokens t, int to) {
        for (int k = to - 1; k >= 0 && k >= to - 2; k--) {
            PhraseSet.Match<Boolean> head = lexicon.orgHeads.matchAt(t, k);
            if (head != null && head.to() == to) return head.value();
        }
        return false;
    }

    private int headLength(Tokens t, int i) {
        PhraseSet.Match<Boolean> head = lexicon.orgHeads.matchAt(t, i);
        return head == null ? -1 : head.to() - i;
    }

    private static NameFound body(TextScan s, PhraseSet.Match<KnownEntity> hit) {
        KnownEntity e = hit.value();
        String surface = s.span(hit.from(), hit.to());
        return new NameFound(s.index, hit.from(), hit.to(), EntityType.ORG, null, e, NameFound.keyOf(e, surface), surface, null);
    }

    /** The end of a capitalised building word right after a body's name ("Hall", "Palace", "Square"), or -1. */
    private int buildingAfter(TextScan s, int k) {
        Tokens t = s.tokens;
        if (k >= t.size() || !t.adjacent(k) || !t.get(k).isCapitalised() || !lexicon.isBuildingWord(t.get(k).text())) return -1;
        return s.free(k) ? k + 1 : -1;
    }

    /** A place word in small letters at {@code k}, right after a place ("province", "oblast"), or null. */
    private PhraseSet.Match<Boolean> smallPlaceWord(Tokens t, int k) {
        return k < t.size() && t.adjacent(k) && t.get(k).isLowerCase() ? lexicon.placeWords.matchAt(t, k) : null;
    }


    private static NameFound place(TextScan s, PhraseSet.Match<KnownEntity> hit) {
        return NameFound.known(s, hit.from(), hit.to(), hit.value());
    }
}
