package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.EntityType;

/**
 * The second pass: every further mention of the persons and names the first pass found. A
 * person is found again by any full form of their name (in capitals too, or with an OCR slip),
 * by an abbreviation the text explained, and by the one word that names them alone ("Basmanov",
 * "Comrade Ri", "Vinh") where that word stands alone and names no one else. Places and bodies
 * found from context are found again by name, and an organisation by the initials of its name
 * ("KWP" after "Korean Workers' Party").
 */
final class MentionFinder {
    private static final int MIN_BARE = 3;

    private final Lexicon lexicon;
    private final Predicate<String> slipCandidates;
    private final Spellings spellings;
    private final PersonRules rules;
    private final List<PersonClusters.Cluster> clusters;
    private final PhraseSet<PersonClusters.Cluster> forms = new PhraseSet<>(true);
    private final Map<String, PersonClusters.Cluster> references = new HashMap<>();
    /** Forenames that name one person of the document alone ("Ramiz" of "Ramiz Alia"): a guess. */
    private final Map<String, PersonClusters.Cluster> givenNames = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    /**
     * Where the finds that name a person of the document stand (text, first token, end): a find of
     * the first pass elsewhere was a guess left unconfirmed. By place, for confirming a guess makes a new find.
     */
    private final Set<List<Integer>> clustered = new HashSet<>();

    /**
     * @param slipCandidates which words may be slips: not words the document or the data know as
     *                       something else ("Mengitsu" may, "Meeting" may not)
     */
    MentionFinder(Lexicon lexicon, PersonRules rules, List<PersonClusters.Cluster> all, Predicate<String> slipCandidates,
                  Spellings spellings) {
        this.lexicon = lexicon;
        this.slipCandidates = slipCandidates;
        this.spellings = spellings;
        this.rules = rules;
        this.clusters = all;
        for (PersonClusters.Cluster c : all) {
            for (PersonFound f : c.finds) clustered.add(place(f));
            for (String f : c.forms()) forms.add(f, c);
            for (String ref : c.references().keySet()) {
                PersonClusters.Cluster other = references.get(ref);
                // "Hussein" names Saddam Hussein, not King Hussein: a monarch is named alone only with the title
                if (other != null && other != c && PersonClusters.monarchOnly(c) != PersonClusters.monarchOnly(other)) {
                    if (PersonClusters.monarchOnly(other)) references.put(ref, c);
                    continue;
                }
                if (other != null && other != c) ambiguous.add(ref);
                references.put(ref, c);
            }
        }
        for (PersonClusters.Cluster c : all) {
            String given = c.givenName();
            // "Lincoln" of "Lincoln Gordon" alone is the town again (place-forenames.txt)
            if (given == null || references.containsKey(given) || ambiguous.contains(given)
                    || lexicon.isPlaceForename(PhraseSet.capitalised(given))) {
                continue;
            }
            if (givenNames.containsKey(given) && givenNames.get(given) != c) ambiguous.add(given);
            givenNames.put(given, c);
        }
        ambiguous.forEach(references::remove);
        ambiguous.forEach(givenNames::remove);
    }

    /** Folded words that name a person of the document: never places. */
    Set<String> personWords() {
        Set<String> out = new HashSet<>(references.keySet());
        out.addAll(ambiguous);
        for (PersonClusters.Cluster c : clusters) {
            for (String f : c.forms()) {
                out.add(PersonClusters.fold(f));
                // "Lincoln" of "Lincoln Gordon" still names the town alone (place-forenames.txt)
                for (String w : f.split(" ")) if (!lexicon.isPlaceForename(w)) out.add(PersonClusters.fold(w));
            }
        }
        return out;
    }

    void persons(TextScan s) {
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            int supplied = suppliedForenameBefore(s, i);
            if (supplied > i) {
                i = supplied - 1;
                continue;
            }
            // "van Roijen" again after "Ambassador van Roijen": a name may open with its particle
            boolean opens = t.get(i).isCapitalised() || Lexicon.isArticleName(t.get(i).text()) || lexicon.isNameParticle(t.get(i).text());
            if (!(s.free(i) || unconfirmedGuess(s, i)) || !opens) continue;
            PhraseSet.Match<PersonClusters.Cluster> m = forms.matchAt(t, i);
            if (m != null && s.free(m.from(), m.to())) {
                add(s, m.from(), m.to(), m.value(), null);
                i = m.to() - 1;
                continue;
            }
            String word = PersonClusters.fold(t.get(i).text());
            PersonClusters.Cluster c = references.get(word);
            PersonClusters.Cluster named = forenameBeforeReference(s, i);
            if (named != null && PersonClusters.surnameAfterParticle(named,
                    PersonName.keyOf(t.get(i).text() + " " + t.get(i + 1).text()), lexicon::isNameParticle)) {
                // "Costa Gomes" of "Francisco da Costa Gomes": the first word is the surname's, not another forename
                add(s, i, i + 2, named, null);
                i++;
            } else if (named != null && PersonClusters.otherForename(named, new PersonName(List.of(t.get(i).text(), t.get(i + 1).text()),
                    PersonName.Style.WESTERN, t.get(i).text(), t.get(i + 1).text(), null))) {
                relative(s, i, i + 2);
                i++;
            } else if (named != null && (c == null || namedAloneBy(c, word))) {
                if (c != null) joinForename(c, named, word);
                add(s, i, i + 2, named, Certainty.MEDIUM);
                i++;
            } else if (c != null && standsAlone(s, i)) {
                add(s, i, i + 1, c, null);
            } else if (c == null && givenNames.containsKey(word) && standsAlone(s, i)) {
                add(s, i, i + 1, givenNames.get(word), Certainty.MEDIUM);
            } else if (c == null && standsAlone(s, i) && !lexicon.isForename(t.get(i).text())) {
                slip(s, i);
            }
        }
    }

    /**
     * "Kriegel's influence" guessed by its possessive alone and left unconfirmed: the word is read
     * again once the document has made it a person otherwise ("Smrkovský and Kriegel are").
     */
    private boolean unconfirmedGuess(TextScan s, int i) {
        return s.owner(i) instanceof PersonFound f && f.weak() && f.to() == i + 1 && f.from() == i && !clustered.contains(place(f));
    }

    private static List<Integer> place(PersonFound f) {
        return List.of(f.text(), f.from(), f.to());
    }

    /**
     * "[Yumjaagiin] Tsedenbal": a name the editor completed in brackets before the word that names a
     * person of the document alone is one mention of that person, bracket and all, not a forename
     * and a surname apart. Adds it and returns one past its end; else returns -1.
     */
    private int suppliedForenameBefore(TextScan s, int i) {
        Tokens t = s.tokens;
        if (!t.get(i).is("[") || !s.free(i)) return -1;
        NameReader.Read r = rules.names().read(s, i);
        if (r == null || r.parts().size() < 2 || !s.free(r.from(), r.to())) return -1;
        PersonClusters.Cluster c = references.get(PersonClusters.fold(r.parts().get(r.parts().size() - 1)));
        if (c == null) return -1;
        add(s, r.from(), r.to(), c, null);
        return r.to();
    }

    /**
     * "Manlio Brosio" where "Brosio told Harmel", "Xuan Thuy" where "Thuy asked": a capitalised word
     * no list knows (no forename of the data, no common word, office, honorific or place) right
     * before the word that names one person of the document alone is that person's forename, the
     * two one mention. Returns that person, or {@code null}.
     */
    private PersonClusters.@Nullable Cluster forenameBeforeReference(TextScan s, int i) {
        Tokens t = s.tokens;
        if (i + 1 >= t.size() || !t.adjacent(i + 1) || !s.free(i + 1)) return null;
        PersonClusters.Cluster c = references.get(PersonClusters.fold(t.get(i + 1).text()));
        String w = t.get(i).text();
        if (c == null || !t.get(i).isCapitalised() || !PhraseSet.hasLowerCase(w) || w.length() < 2
                || !rules.names().isNameWord(t, i) || !slipCandidates.test(w) || lexicon.isRoleStart(w)
                || lexicon.isDemonym(w) || lexicon.isHonorific(t, i) || rules.beforeOffice(t, i)) {
            return null;
        }
        // the word after must end the name: "Manlio Brosio and", not "Brosio Harmel Talks"
        boolean nameAfter = i + 2 < t.size() && t.adjacent(i + 2) && rules.names().isNameWord(t, i + 2);
        return nameAfter ? null : c;
    }

    /** Whether every find of {@code c} is the one word {@code word} alone ("McGeorge thought …"). */
    private static boolean namedAloneBy(PersonClusters.Cluster c, String word) {
        return c.finds.stream().allMatch(f -> f.name().parts().size() == 1 && PersonClusters.fold(f.name().parts().get(0)).equals(word));
    }

    /**
     * "McGeorge thought …" made a person of its own before "McGeorge Bundy" showed the word is Bundy's
     * forename: that person is Bundy, and the word names Bundy from now on.
     */
    private void joinForename(PersonClusters.Cluster alone, PersonClusters.Cluster into, String word) {
        if (alone == into) return;
        alone.finds.forEach(into::add);
        clusters.remove(alone);
        references.remove(word);
        givenNames.put(word, into);
    }

    /**
     * "Thompson and Bohlen", "Rakosi, Gero, Farkas", "Stoica and Manescu": a lone name word listed
     * with a person of the document names a person too, where it is no word the document or the
     * data know as anything else. Such names make persons of their own, found again later by that
     * word. Returns whether any was found.
     */
    boolean coordinated(List<TextScan> scans) {
        boolean any = false;
        for (boolean more = true; more; ) {
            more = false;
            for (TextScan s : scans) {
                Tokens t = s.tokens;
                for (int i = 0; i < t.size(); i++) {
                    int end = s.free(i) ? listedFullName(s, i) : -1;
                    if (end > 0) {
                        newPerson(s, i, end);
                        more = true;
                        any = true;
                        i = end - 1;
                        continue;
                    }
                    if (!s.free(i) || !listedWithPerson(s, i, i + 1) || !loneNameWord(s, i)) continue;
                    String word = PersonClusters.fold(t.get(i).text());
                    PersonClusters.Cluster c = references.get(word);
                    if (c == null) {
                        if (ambiguous.contains(word)) continue;
                        c = new PersonClusters.Cluster();
                        clusters.add(c);
                        add(s, i, i + 1, c, Certainty.MEDIUM);
                        references.put(word, c);
                    } else {
                        add(s, i, i + 1, c, null);
                    }
                    more = true;
                    any = true;
                }
            }
        }
        return any;
    }

    /**
     * "Amer and Sidqi Suleiman", "Lon Nol and Sirik Matak": two or three name words listed with a
     * person of the document, each of them no word the document or the data know as anything else
     * (the first may be a known forename), make one person. Returns one past the name, else -1.
     */
    private int listedFullName(TextScan s, int i) {
        Tokens t = s.tokens;
        // "National Security File, Walt Rostow Files", "Haider of Standard Oil, …": the name must open where it stands, after no "of"
        Token before = t.at(i - 1);
        if (!t.get(i).isCapitalised() || before != null && (before.isCapitalised() || before.is("of") || before.is("the"))) return -1;
        NameReader.Read r = rules.names().read(s, i);
        if (r == null || r.from() != i || r.parts().size() < 2 || r.parts().size() > 3 || !s.free(i, r.to())) return -1;
        for (int k = 0; k < r.parts().size(); k++) {
            String w = r.parts().get(k);
            boolean known = slipCandidates.test(w) || k == 0 && lexicon.isForename(w);
            if (!known || !PhraseSet.hasLowerCase(w) || PersonName.isInitial(w) || lexicon.isRoleStart(w) || lexicon.isDemonym(w)
                    || lexicon.isHonorific(t, i + k)) {
                return -1;
            }
        }
        if (rules.beforeOffice(t, r.to()) || forms.matchAt(t, i) != null || !listedWithPerson(s, i, r.to())) return -1;
        return r.to();
    }

    /**
     * "Maher al-Assad" where "Assad" names Hafez al-Assad: another forename before the surname of a
     * person of the document is a relative of theirs, a person of their own found again by the full
     * form only; the surname alone still names the one the document named first.
     */
    private void relative(TextScan s, int from, int to) {
        PersonClusters.Cluster c = new PersonClusters.Cluster();
        clusters.add(c);
        add(s, from, to, c, Certainty.MEDIUM);
        forms.add(s.span(from, to), c);
    }

    /** Makes the name at tokens {@code [from, to)} a person of its own, found again by its full form and by its last word. */
    private void newPerson(TextScan s, int from, int to) {
        PersonClusters.Cluster c = new PersonClusters.Cluster();
        clusters.add(c);
        add(s, from, to, c, Certainty.MEDIUM);
        forms.add(s.span(from, to), c);
        String last = PersonClusters.fold(s.tokens.get(to - 1).text());
        if (references.containsKey(last)) {
            ambiguous.add(last);
            references.remove(last);
        } else if (!ambiguous.contains(last)) {
            references.put(last, c);
        }
    }

    /**
     * A capitalised word that can only be a name: not a word the document or the data know as
     * something else, not an office or the qualifier of one ("Executive Secretary"), not an adverb
     * opening a sentence ("Often, Gligorov …"), not a noun after an article ("the Republic, Ovid Spirek").
     */
    private boolean loneNameWord(TextScan s, int i) {
        Tokens t = s.tokens;
        String w = t.get(i).text();
        boolean opensSentence = t.opensSentence(i);
        boolean article = i > 0 && t.get(i - 1).text().equalsIgnoreCase("the");
        return t.get(i).isCapitalised() && PhraseSet.hasLowerCase(w) && !w.contains("-") && !w.endsWith("ly") && !article
                && standsAlone(s, i) && slipCandidates.test(w) && !lexicon.isForename(w) && !lexicon.isRoleStart(w)
                && !rules.beforeOffice(t, i + 1) && !(opensSentence && i + 1 < t.size() && t.get(i + 1).is(",")) && !servedByOffice(t, i);
    }

    /** "the governor of Guanabara, Carlos Lacerda": the word after an office and "of" is what the office serves, a land or a body. */
    private boolean servedByOffice(Tokens t, int i) {
        if (i < 2 || !t.get(i - 1).is("of")) return false;
        return lexicon.opensOffice(t.get(i - 2).text());
    }

    /**
     * Whether tokens {@code [i, end)} stand in a list ("A, B and C") right beside a person's mention, or is
     * joined to one by a dash before the noun of a meeting ("the Bogdan-Leddy conversation",
     * "Kosygin–Johnson meeting").
     */
    private boolean listedWithPerson(TextScan s, int i, int end) {
        Tokens t = s.tokens;
        if (i >= 2 && NamePairs.isDash(t.get(i - 1)) && s.owner(i - 2) instanceof PersonFound && rules.meetingAt(t, i + 1)) return true;
        if (i + 3 < t.size() && NamePairs.isDash(t.get(i + 1)) && s.owner(i + 2) instanceof PersonFound && rules.meetingAt(t, i + 3)) return true;
        int before = i - 1;
        if (before >= 0 && t.get(before).is("and")) before--;
        boolean left = before < i - 1 || before >= 0 && t.get(before).is(",");
        if (left && before >= 0 && t.get(before).is(",")) before--;
        if (left && before >= 0 && s.owner(before) instanceof PersonFound) return true;
        int after = end;
        if (after < t.size() && t.get(after).is(",")) after++;
        if (after < t.size() && t.get(after).is("and")) after++;
        return after > end && after < t.size() && s.owner(after) instanceof PersonFound;
    }

    /** "Mengitsu" after "Mengistu", "Brezhenv [sic]": a word one slip away from the name of one person, and from no one else's. */
    private void slip(TextScan s, int i) {
        if (!slipCandidates.test(s.tokens.get(i).text())) return;
        String correction = null;
        PersonClusters.Cluster target = null;
        for (PersonClusters.Cluster c : clusters) {
            String ref = PersonClusters.slipTarget(c, s.tokens.get(i).text());
            if (ref == null) continue;
            if (target != null) return;
            target = c;
            correction = ref;
        }
        String word = s.tokens.get(i).text();
        if (target != null) add(s, i, i + 1, target, null, spellings.isSlip(word, correction) ? correction : null);
    }

    private void add(TextScan s, int from, int to, PersonClusters.Cluster c, Certainty cert) {
        add(s, from, to, c, cert, null);
    }

    private void add(TextScan s, int from, int to, PersonClusters.Cluster c, Certainty cert, String correction) {
        List<String> parts = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String w = s.tokens.get(k).text();
            if (w.equals(".") && !parts.isEmpty()) parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ".");
            else parts.add(w);
        }
        String role = rules.roles().roleAfter(s, to);
        PersonName name = PersonName.of(parts, lexicon);
        PersonFound f = new PersonFound(s.index, from, to, correction == null ? name : name.corrected(correction), c.known,
                role == null ? List.of() : List.of(role), List.of(), cert, false, null, to);
        s.claim(from, to, f);
        c.add(f);
        clustered.add(place(f));
    }

    /** A lone word names a person only where no other name word touches it and it is not a common word. */
    private boolean standsAlone(TextScan s, int i) {
        Tokens t = s.tokens;
        NameReader names = rules.names();
        if (!names.isNameWord(t, i) && !t.get(i).isAllCaps()) return false;
        boolean titled = i > 0 && t.adjacent(i) && (lexicon.isHonorific(t, i - 1) || endsOffice(t, i));
        if (!titled && t.get(i).text().length() < MIN_BARE) return false;
        boolean nameBefore = i > 0 && t.adjacent(i) && names.isNameWord(t, i - 1) && !titled;
        // "the Bogdan-Leddy Conversation": the noun of a meeting after a name is no further name word
        boolean nameAfter = i + 1 < t.size() && t.adjacent(i + 1) && names.isNameWord(t, i + 1) && !rules.meetingAt(t, i + 1);
        return !nameBefore && !nameAfter;
    }

    private boolean endsOffice(Tokens t, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            PhraseSet.Match<Boolean> o = lexicon.offices.matchAt(t, k);
            if (o != null && o.to() == i) return true;
        }
        return false;
    }

    /** The places and bodies that only this document names, and organisations by their initials: made once per document. */
    static PhraseSet<NameFound> documentNames(List<NameFound> docNames) {
        PhraseSet<NameFound> known = new PhraseSet<>();
        for (NameFound n : docNames) {
            // an acronym the text explained is found again even where the body it names is known
            if (n.known() != null && !(n.type() == EntityType.ORG && n.to() - n.from() == 1 && !PhraseSet.hasLowerCase(n.surface()))) continue;
            known.add(n.surface(), n);
            NameFound bare = withoutSmallPlaceWord(n);
            if (bare != null && known.matchAt(Tokens.of(bare.surface()), 0) == null) known.add(bare.surface(), bare);
            if (n.type() == EntityType.ORG) {
                String initials = initials(n.surface());
                if (initials.length() >= 2) known.add(initials, n);
            }
        }
        return known;
    }

    /**
     * "Hsushui" after "Hsushui county", "Kasli" after "Kasli district": a place the document named with
     * its kind in small letters is the same place named alone, later or earlier; null where the name
     * has no such word at its end or is a single word without it.
     */
    private static NameFound withoutSmallPlaceWord(NameFound n) {
        if (n.type() != EntityType.PLACE) return null;
        int cut = n.surface().lastIndexOf(' ');
        if (cut <= 0) return null;
        String last = n.surface().substring(cut + 1);
        String bare = n.surface().substring(0, cut).strip();
        if (last.isEmpty() || !Character.isLowerCase(last.charAt(0))) return null;
        for (String w : bare.split("\\s+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return null;
        }
        String kind = n.subtype() == null ? "region" : n.subtype();
        return new NameFound(n.text(), n.from(), n.to() - 1, EntityType.PLACE, kind, null, NameFound.normalise(bare), bare, n.cert());
    }

    /** Further mentions in {@code s} of the {@link #documentNames document's own names}. */
    List<NameFound> names(TextScan s, PhraseSet<NameFound> known) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (!s.free(i) || !t.get(i).isCapitalised()) continue;
            PhraseSet.Match<NameFound> m = known.matchAt(t, i);
            if (m == null || !s.free(m.from(), m.to()) || (m.to() == i + 1 && !standsApart(t, i))) continue;
            NameFound n = m.value();
            NameFound again = new NameFound(s.index, m.from(), m.to(), n.type(), n.subtype(), null, n.key(), s.span(m.from(), m.to()), n.cert());
            out.add(again);
            s.claim(m.from(), m.to(), again);
            i = m.to() - 1;
        }
        return out;
    }

    private boolean standsApart(Tokens t, int i) {
        NameReader names = rules.names();
        boolean before = i > 0 && t.adjacent(i) && names.isNameWord(t, i - 1);
        boolean after = i + 1 < t.size() && t.adjacent(i + 1) && names.isNameWord(t, i + 1);
        return !before && !after;
    }

    /** "Korean Workers' Party" → "KWP", "Neutral Nations Supervisory Commission in Korea" → "NNSC". */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                if (sb.length() > 0) break;
                continue;
            }
            if (w.length() > 1 && !PhraseSet.hasLowerCase(w)) return "";
            sb.append(w.charAt(0));
        }
        return sb.toString();
    }
}
