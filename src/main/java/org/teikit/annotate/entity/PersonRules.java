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
import org.teikit.annotate.RegisterId;
import org.teikit.source.BlockKind;

/**
 * The first look for persons in one text, from context and from the shape of names: the rules of
 * {@link #ORDER}, read top to bottom in the order they run (an abbreviation the text explains, a
 * title or office before a name, an office in small letters after an article, a labelled line, a signature, a speaker label, the shape of a name,
 * the surname of a known person, two names paired by a dash before a meeting, a cue, a surname's shape in capitals before a verb,
 * a name asked or told something, a name set off
 * after an office, a surname's shape after "with" or "by", the gazetteer). Besides them, three
 * looks over the whole document: the letters of an outline ({@link #claimOutlineLetters}), the sign-off of a telegram ({@link SignatureNames#signOff}) and the
 * guesses its recurring words confirm ({@link #confirmRecurring}). A name found by shape alone carries
 * {@link Certainty#MEDIUM}.
 */
final class PersonRules {
    /** The most words of a cue before a name ("copies were sent to"). */
    private static final int MAX_CUE_WORDS = 5;

    private final Lexicon lexicon;
    private final NameReader names;
    private final RoleReader roles;
    private final TitledNames titled;
    private final SignatureNames signatures;
    private final NamePairs pairs;
    private final AddressedNames addressed;

    /** The surnames, folded, that only one known person has. */
    private final Set<String> knownSurnames = new HashSet<>();
    private final PhraseSet<Boolean> eponymNouns = new PhraseSet<>();

    /** Words that alone name a place of the atlas ("Jackson"): one of them opening a sentence before "said" stays a guess. */
    private final Predicate<String> placeWord;

    /** @param known the known entities: their persons' surnames name them in eponyms ("Johnson Library") */
    PersonRules(Lexicon lexicon, List<KnownEntity> known) {
        this(lexicon, known, w -> false);
    }

    /** @param placeWord whether a word alone names a place of the atlas */
    PersonRules(Lexicon lexicon, List<KnownEntity> known, Predicate<String> placeWord) {
        this.lexicon = lexicon;
        this.placeWord = placeWord;
        this.names = new NameReader(lexicon);
        this.roles = new RoleReader(lexicon);
        this.titled = new TitledNames(this, lexicon, names, roles);
        this.signatures = new SignatureNames(this, lexicon, names, roles);
        this.pairs = new NamePairs(this, lexicon, names, placeWord);
        this.addressed = new AddressedNames(this, names, placeWord);
        Map<String, RegisterId> idBySurname = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (KnownEntity e : known) {
            if (e.type() != EntityType.PERSON || e.surname() == null || e.surname().isBlank() || e.surname().contains(" ")) continue;
            String key = PersonClusters.fold(e.surname());
            RegisterId id = idBySurname.putIfAbsent(key, e.id());
            if (id != null && !id.equals(e.id())) shared.add(key);
        }
        knownSurnames.addAll(idBySurname.keySet());
        knownSurnames.removeAll(shared);
        for (String[] row : DataFile.rows("eponym-nouns.txt", 2)) eponymNouns.add(row[0], "body".equals(row[1]));
    }

    NameReader names() {
        return names;
    }

    /** Whether {@code word} is the surname of exactly one person the gazetteer knows ("Rusk"). */
    boolean isKnownSurname(String word) {
        return knownSurnames.contains(PersonClusters.fold(word));
    }

    RoleReader roles() {
        return roles;
    }

    SignatureNames signatures() {
        return signatures;
    }

    /**
     * The rules of the first look, in the order they run: each takes the tokens it names, so an
     * earlier rule wins over a later one. Titles and labels come before the shape of names (they
     * say more, and give the role); the shape before cues (a cue alone guesses); the gazetteer last,
     * for the known persons that no rule read with their context.
     */
    static final List<PersonRule> ORDER = List.of(
            new PersonRule("abbreviation", "KIS (Kim Il Sung)", PersonRules::abbreviations),
            new PersonRule("title", "Comrade Bauer, Comrades Le Duan and Pham Van Dong",
                    (rules, s, hits, out) -> rules.titled.titled(s, hits, out)),
            new PersonRule("office-in-small-letters", "the American ambassador Galbraith",
                    (rules, s, hits, out) -> rules.titled.officeInSmallLetters(s, hits, out)),
            new PersonRule("label", "Interpreter: Bai Shuwen", PersonRules::labelled),
            new PersonRule("signature", "[Signed] Heidenreich Attache",
                    (rules, s, hits, out) -> rules.signatures.find(s, hits, out)),
            new PersonRule("speaker", "Li Fuchun: …, [Basmanov:] …", PersonRules::speakers),
            new PersonRule("shape", "L. I. Brezhnev, Kim Yong-nam, Walter Ulbricht", PersonRules::shapedNames),
            new PersonRule("known-surname", "Rusk said, Johnson Library", PersonRules::knownBySurname),
            new PersonRule("pair", "the Bogdan-Leddy conversation, Kosygin–Johnson meeting",
                    (rules, s, hits, out) -> rules.pairs.find(s, hits, out)),
            new PersonRule("person-predicate", "Florence was ill, Hamilton left for Geneva", PersonRules::beforePersonPredicate),
            new PersonRule("cue", "the followers of Babrak Karmal, Nur Wardak said", PersonRules::cued),
            new PersonRule("surname-in-capitals", "KORNIENKO SAID, DOBRYNIN AND KORNIENKO WERE PRESENT", PersonRules::surnamesInCapitals),
            new PersonRule("addressee-in-capitals", "To KOVALEV. (a telegram's salutation)", PersonRules::addresseesInCapitals),
            new PersonRule("addressed", "asked Torrijos to keep him there, told Kianuri that",
                    (rules, s, hits, out) -> rules.addressed.find(s, hits, out)),
            new PersonRule("apposition-after-office", "the Counselor of the Embassy of Japan, Tadashi Ono,",
                    (rules, s, hits, out) -> rules.titled.appositionAfterOffice(s, hits, out)),
            new PersonRule("bracket-after-office", "the Ambassador to Czechoslovakia (Beam)",
                    (rules, s, hits, out) -> rules.titled.bracketedAfterOffice(s, hits, out)),
            new PersonRule("surname-after-preposition", "discuss the plan with Baibakov, signed by Wołniak", PersonRules::surnameAfterPreposition),
            new PersonRule("gazetteer", "a person of the gazetteer", PersonRules::gazetteerPersons));

    /**
     * One rule of the first look: it reads one text and adds the persons it finds, claiming their tokens.
     *
     * @param name    what the rule is called in tests and notes
     * @param example what it finds
     */
    record PersonRule(String name, String example, Finder finder) {
        /** The rule's work: reads {@code s} with {@code rules}' word lists and adds what it finds to {@code out}. */
        @FunctionalInterface
        interface Finder {
            void find(PersonRules rules, TextScan s, Hits hits, List<PersonFound> out);
        }

        /** Runs this rule alone over {@code s}. */
        void find(PersonRules rules, TextScan s, Hits hits, List<PersonFound> out) {
            finder.find(rules, s, hits, out);
        }

        /** The rule of {@link #ORDER} called {@code name}. */
        static PersonRule named(String name) {
            return ORDER.stream().filter(r -> r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no person rule " + name));
        }
    }

    /** The persons {@link #ORDER}'s rules find in one text, rule by rule. */
    List<PersonFound> find(TextScan s, Hits hits) {
        List<PersonFound> out = new ArrayList<>();
        for (PersonRule rule : ORDER) rule.find(this, s, hits, out);
        return out;
    }

    /**
     * "L. I. Brezhnev", "Kim Yong-nam", "Walter Ulbricht", "Kádár János": names by their shape
     * alone (initials, an East Asian family name, a known forename), without title or cue.
     */
    private void shapedNames(TextScan s, Hits hits, List<PersonFound> out) {
        for (int i = 0; i < s.tokens.size(); i++) {
            if (!s.free(i)) continue;
            NameReader.Read r = byShape(s, i);
            if (r != null && r.from() == i && names.isInitial(s.tokens, i) && forenameBefore(s, i)) {
                r = names.read(s, i - 1);
            }
            // "[Ngo Dinh] Diem": the editor supplied the first words of a name that goes on after the bracket
            if (r != null && r.from() == i && i > 0 && s.tokens.get(i - 1).is("[") && s.free(i - 1)) {
                NameReader.Read whole = names.read(s, i - 1);
                if (whole != null && whole.to() > r.to() + 1) r = whole;
            }
            // "Abu Dhabi": a place of the atlas of exactly these words is no name, whatever its first word
            if (r != null && r.parts().size() > 1 && placeWord.test(String.join(" ", r.parts()))) continue;
            if (r != null) out.add(person(s, hits, r, List.of(), Certainty.MEDIUM, false));
        }
    }

    /**
     * "the followers of Babrak Karmal", "Nur Wardak said", "Sukarman, head of the Directorate": name
     * words beside a cue that only a person fits. Two words or more, none a known place or body; one
     * word only before a verb of speech in mid-sentence, or before an apposition of office.
     */
    private void cued(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (!s.free(i) || !t.get(i).isCapitalised()) continue;
            NameReader.Read r = names.read(s, i);
            // "the Secretary of State said", "the Secretary of State's Delegation": the last word of an office names no one
            if (r == null || endsOffice(t, i)) continue;
            // "his opinion of West German ability": a direction or a people after the cue opens no name
            boolean before = isCuedBefore(t, i) && !beforeOffice(t, r.to())
                    && !lexicon.isCompassWord(r.parts().get(0)) && !lexicon.isDemonym(r.parts().get(0));
            if (before && isInitialsOfOffices(t, i)) {
                // "cleared by EUR/RPM and Stoessel": the office's initials open the list
                int k = i;
                while (k < t.size() && (t.get(k).isAllCaps() || t.get(k).is("/")) && (k == i || t.adjacent(k))) k++;
                i = coordinated(s, hits, out, k) - 1;
                continue;
            }
            int second = nameShaped(r, hits) && !before ? surnamePairSecond(s, hits, r) : -1;
            if (second > 0) {
                out.add(person(s, hits, r, List.of(), Certainty.MEDIUM, false));
                out.add(person(s, hits, new NameReader.Read(second, second + 1, List.of(t.get(second).text())), List.of(), Certainty.MEDIUM, false));
                i = second;
                continue;
            }
            if (nameShaped(r, hits) && r.parts().size() == 1 && !before && surnameBeforeEvent(s, r)) {
                out.add(person(s, hits, r, List.of(), Certainty.MEDIUM, false));
                i = r.to() - 1;
                continue;
            }
            if (nameShaped(r, hits) && r.parts().size() <= 2 && !before && surnameBeforeAuxiliary(s, r)) {
                out.add(person(s, hits, r, List.of(), Certainty.MEDIUM, false));
                i = r.to() - 1;
                continue;
            }
            PhraseSet.Match<Boolean> relative = before ? null : lexicon.personCueAfter(t, r.to());
            // ", who" after a body the name belongs to ("Edelsberg, of B'nai B'rith, who"), after a direction ("East and West, who"),
            // or after the tail of a name the line cut ("Minister Zhang\nWentian, who")
            if (relative != null && t.get(relative.from()).is(",") && (precededByOf(t, r.from())
                    || lexicon.isCompassWord(r.parts().get(r.parts().size() - 1)) || names.isNameWord(t, r.from() - 1))) {
                i = r.to() - 1;
                continue;
            }
            if (nameShaped(r, hits) && (before || isCuedAfter(s, r))) {
                PhraseSet.Match<Boolean> after = relative;
                // one word opening a sentence is a guess ("Sources reported"), unless a verb of speaking or thinking follows ("Damba asked")
                // "Nasution, whose daughter died": a relative pronoun of persons, anywhere, after a word that is no plural ("Consumers, who")
                boolean relativeCue = after != null && t.get(after.from()).is(",") && !r.parts().get(r.parts().size() - 1).endsWith("s");
                boolean opens = t.opensSentenceOrQuotation(r.from()) && !(lexicon.isSpeechVerb(t, after) && speaker(r.parts().get(0))) && !relativeCue;
                // "Birladeanu's illness": a surname's shape in mid-sentence makes a possessive enough
                boolean surnamePossessive = after != null && !after.value() && !opens && (surnameShaped(r) || relativeCue);
                boolean weak = after != null && r.parts().size() == 1 && (opens || !after.value() && !surnamePossessive);
                out.add(person(s, hits, r, List.of(), Certainty.MEDIUM, weak));
                if (before) i = coordinated(s, hits, out, out.get(out.size() - 1).to()) - 1;
                else i = r.to() - 1;
                continue;
            }
            i = r.to() - 1;
        }
    }

    /** Whether token {@code i} is a word inside an office of several words that opens before it ("State" of "Secretary of State"). */
    private boolean endsOffice(Tokens t, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            PhraseSet.Match<Boolean> office = t.get(k).isCapitalised() ? lexicon.offices.matchAt(t, k) : null;
            if (office != null && office.to() > i) return true;
        }
        return false;
    }

    /**
     * "cleared by Lisle, Leddy, and Moffat", "cleared by EUR/RPM and Stoessel": the names listed
     * after a cued name are persons too; the offices' initials between them are passed over.
     * Returns the token after the list.
     */
    private int coordinated(TextScan s, Hits hits, List<PersonFound> out, int k) {
        Tokens t = s.tokens;
        while (k < t.size()) {
            int next = k;
            if (t.get(next).is(",")) next++;
            if (next < t.size() && t.get(next).is("and")) next++;
            if (next == k || next >= t.size() || !t.adjacent(next)) return k;
            int item = next;
            while (item < t.size() && (t.get(item).isAllCaps() || t.get(item).is("/")) && t.adjacent(item)) item++;
            if (item > next) {
                k = item;
                continue;
            }
            NameReader.Read r = s.free(item) && t.get(item).isCapitalised() ? names.read(s, item) : null;
            if (r == null || !nameShaped(r, hits) || beforeOffice(t, r.to())) return k;
            PersonFound p = person(s, hits, r, List.of(), Certainty.MEDIUM, false);
            out.add(p);
            k = p.to();
        }
        return k;
    }

    /**
     * "KORNIENKO SAID", "SONNENKOV WILL PREPARE", "ACCORDING TO KUZNETSOV,": in a passage in capitals
     * no small letters tell a name from a word, so one word with a surname's ending
     * (surname-endings.txt) that no list knows, before a verb that follows names or after a cue that
     * only a person fits, is a person; so is a word no list knows joined to it by "AND" before the
     * verb ("DOBRYNIN AND KORNIENKO WERE PRESENT"). Places of the same shape are known ("GENEVA", "KIEV").
     */
    private void surnamesInCapitals(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (!nameInCapitals(s, hits, i)) continue;
            boolean shaped = surnameInCapitals(t, i);
            // "DOBRYNIN AND KORNIENKO WERE": a pair before the verb, the second with a surname's shape
            boolean pair = i + 2 < t.size() && t.get(i + 1).is("AND") && nameInCapitals(s, hits, i + 2) && surnameInCapitals(t, i + 2);
            int verb = pair ? i + 3 : i + 1;
            boolean cued = verb < t.size() && t.adjacent(verb) && (lexicon.verbAfterNameAt(t, verb) || lexicon.personCueAfter(t, verb) != null);
            if (!(pair || shaped) || !cued && !(shaped && isCuedBefore(t, i))) continue;
            out.add(person(s, hits, new NameReader.Read(i, i + 1, List.of(t.get(i).text())), List.of(), Certainty.MEDIUM, false));
            if (pair) out.add(person(s, hits, new NameReader.Read(i + 2, i + 3, List.of(t.get(i + 2).text())), List.of(), Certainty.MEDIUM, false));
            i = verb - 1;
        }
    }

    /**
     * "To KOVALEV.", "To ROSHCHIN": the salutation or address line of a telegram, "To" and one word in
     * capitals that ends the line, names the person it is sent to, the way Moscow's ciphered
     * telegrams address their ambassadors. A word the lists know as a place or a body ("To
     * MOSCOW.", "To TASS"), and an English word ("To ALL."), are no person.
     */
    private void addresseesInCapitals(TextScan s, Hits hits, List<PersonFound> out) {
        if (s.kind != BlockKind.SALUTE && s.kind != BlockKind.ADDRESS) return;
        Tokens t = s.tokens;
        boolean lineEnds = t.size() == 2 || t.size() == 3 && (t.get(2).is(".") || t.get(2).is(",") || t.get(2).is(":"));
        if (!lineEnds || !t.get(0).text().equalsIgnoreCase("to") || !s.free(1) || hits.at(1) != null) return;
        Token name = t.get(1);
        String w = inSmallLetters(name.text());
        if (!name.isWord() || !name.isAllCaps() || name.text().length() < 4 || placeWord.test(w) || Lexicon.isEnglishWord(w)
                || lexicon.isDemonym(w) || lexicon.isRoleStart(w)) return;
        out.add(person(s, hits, new NameReader.Read(1, 2, List.of(name.text())), List.of(), Certainty.MEDIUM, false));
    }

    /**
     * "Florence was ill", "Hamilton left for Geneva": one capitalised word before what is said only of
     * a person (person-predicates.txt) is a person, a town of the atlas or not. A state or a body the
     * lists know, a word the text joins to a name before it or writes after "the" ("the President was
     * born"), an office, a word that opens a sentence only by its capital (an English word: "Everyone
     * was ill") are not.
     */
    private void beforePersonPredicate(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 0; i + 1 < t.size(); i++) {
            Token w = t.get(i);
            if (!s.free(i) || !w.isWord() || !w.isCapitalised() || w.isAllCaps() || !t.adjacent(i + 1)
                    || lexicon.personPredicates.matchAt(t, i + 1) == null) continue;
            if (i > 0 && t.adjacent(i) && (t.get(i - 1).isCapitalised() || t.get(i - 1).text().equalsIgnoreCase("the"))) continue;
            PhraseSet.Match<KnownEntity> hit = hits.at(i);
            if (hit != null && (hit.to() != i + 1 || hit.value().type() == EntityType.ORG || "state".equals(hit.value().subtype()))) continue;
            if (Lexicon.isEnglishWord(w.text()) || lexicon.isStopword(w.text()) || lexicon.isDemonym(w.text())
                    || lexicon.isRoleStart(w.text())) continue;
            out.add(person(s, hits, new NameReader.Read(i, i + 1, List.of(w.text())), List.of(), Certainty.MEDIUM, false));
        }
    }

    /** One word in capitals amid words in capitals, of four letters or more, that no list knows and that may be a name. */
    private boolean nameInCapitals(TextScan s, Hits hits, int i) {
        Tokens t = s.tokens;
        Token tok = t.get(i);
        if (!s.free(i) || !tok.isWord() || tok.text().length() < 4 || PhraseSet.hasLowerCase(tok.text()) || hits.at(i) != null
                || !names.isNameWord(t, i) || i > 0 && names.isVerbInCapitals(t, i)) {
            return false;
        }
        Token before = t.at(i - 1);
        Token after = t.at(i + 1);
        if (before != null && PhraseSet.hasLowerCase(before.text()) || after != null && PhraseSet.hasLowerCase(after.text())) return false;
        String w = inSmallLetters(tok.text());
        return !placeWord.test(w) && !lexicon.isDemonym(w) && !lexicon.isRoleStart(w) && !lexicon.isSpeakerNoun(w);
    }

    private boolean surnameInCapitals(Tokens t, int i) {
        return lexicon.looksLikeSurname(inSmallLetters(t.get(i).text()));
    }

    /** "KORNIENKO" as "Kornienko": how the word lists know a word written in capitals. */
    private static String inSmallLetters(String w) {
        return PhraseSet.capitalised(w.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Rusk's speech", "Rusk said", "Johnson Library", "Kennedy Round": the surname of one known
     * person names a person where a cue shows it or it stands before what is named after them.
     */
    private void knownBySurname(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 0; i + 1 < t.size(); i++) {
            boolean known = knownSurnames.contains(PersonClusters.fold(t.get(i).text()));
            boolean touched = (t.adjacent(i + 1) || t.touching(i + 1));
            // "Nagy can still control the situation": before an auxiliary verb too, as a surname alone is read
            boolean cued = touched && (eponymNouns.matchAt(t, i + 1) != null || lexicon.personCueAfter(t, i + 1) != null
                    || t.adjacent(i + 1) && lexicon.verbAfterNameAt(t, i + 1))
                    || pairs.pairedBeforeMeeting(t, i);
            // where the gazetteer knows the word itself ("Khrushchev"), it names the person
            if (!known || hits.startsAt(i) || !s.free(i) || !t.get(i).isCapitalised() || !cued
                    || names.isNameWord(t, i - 1) && t.adjacent(i)) {
                continue;
            }
            NameReader.Read supplied = withSuppliedBefore(s, i, i + 1);
            int from = supplied != null ? supplied.from() : i;
            PersonName name = PersonName.of(supplied != null ? supplied.parts() : List.of(t.get(i).text()), lexicon);
            // found as a plain surname: it joins the person the document names so ("President Kennedy"), else stands alone
            PersonFound p = new PersonFound(s.index, from, i + 1, name, null, List.of(), List.of(), null, false, null, i + 1);
            s.claim(from, i + 1, p);
            out.add(p);
        }
    }

    /** Prepositions after which one surname-shaped word is a person's name rather than a town's (surname-prepositions.txt). */
    private static final Set<String> SURNAME_PREPOSITIONS = Set.copyOf(DataFile.lines("surname-prepositions.txt"));

    /**
     * "discuss the plan with Baibakov", "sent by Wołniak", "talked to Ponomarenko": one word shaped
     * like a surname (an ending of Slavic surnames, a letter of Central European names) after "with",
     * "by", or "to" after a verb of speaking or handing, in mid-sentence and standing alone. Towns of
     * the same shape are in the atlas; other prepositions ("from Tambov", "in Snagov") name places.
     */
    private void surnameAfterPreposition(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 1; i < t.size(); i++) {
            if (!s.free(i) || !t.get(i).isCapitalised() || !t.adjacent(i) || !prepositionBefore(t, i)) continue;
            NameReader.Read r = names.read(s, i);
            if (r == null || r.parts().size() != 1 || !nameShaped(r, hits) || !surnameShaped(r) || beforeOffice(t, r.to())) continue;
            if (r.to() < t.size() && t.adjacent(r.to()) && names.isNameWord(t, r.to())) continue;
            out.add(person(s, hits, r, List.of(), Certainty.MEDIUM, false));
        }
    }

    private boolean prepositionBefore(Tokens t, int i) {
        String w = t.get(i - 1).text();
        if (SURNAME_PREPOSITIONS.contains(w)) return true;
        return w.equals("to") && i >= 2 && (lexicon.isAddresseeVerb(t.get(i - 2).text())
                || i >= 3 && t.get(i - 2).is("over") && lexicon.isAddresseeVerb(t.get(i - 3).text()));
    }

    /** Whether the noun of a meeting or message (event-nouns.txt) stands at {@code k}, in any case ("talks", "Talks"). */
    boolean meetingAt(Tokens t, int k) {
        return k < t.size() && t.adjacent(k) && lexicon.isEventNoun(t.get(k).text());
    }

    /**
     * "Johnson Library", "the Lyndon B. Johnson Library": a person's name before the noun of an
     * institution named after them is part of the institution's name. The institution is an
     * organisation of its own, the person's name nested in it; the person stays the person.
     */
    List<NameFound> eponymBodies(TextScan s, List<PersonFound> people) {
        Tokens t = s.tokens;
        List<NameFound> out = new ArrayList<>();
        for (PersonFound p : people) {
            if (p.text() != s.index || p.to() >= t.size() || !t.adjacent(p.to())) continue;
            PhraseSet.Match<Boolean> noun = eponymNouns.matchAt(t, p.to());
            if (noun == null || !noun.value() || !s.free(noun.from(), noun.to())) continue;
            String surface = s.span(p.from(), noun.to());
            out.add(new NameFound(s.index, p.from(), noun.to(), EntityType.ORG, null, null,
                    NameFound.keyOf(null, surface), surface, null));
        }
        return out;
    }

    private static boolean isInitialsOfOffices(Tokens t, int i) {
        return t.get(i).isAllCaps() && i + 1 < t.size() && (t.get(i + 1).is("/") || t.get(i + 1).is(",") || t.get(i + 1).is("and"));
    }

    /** "Defense Secretary", "Economic Counselor": a word right before an office qualifies the office, it names no one. */
    boolean beforeOffice(Tokens t, int k) {
        return k < t.size() && t.adjacent(k) && (lexicon.offices.matchAt(t, k) != null || lexicon.isRoleStart(t.get(k).text()));
    }

    private boolean isCuedBefore(Tokens t, int i) {
        for (int k = Math.max(0, i - MAX_CUE_WORDS); k < i; k++) {
            PhraseSet.Match<Boolean> cue = lexicon.personCuesBefore.matchAt(t, k);
            if (cue != null && cue.to() == i && t.adjacent(i)) return true;
        }
        return false;
    }

    /**
     * Whether a cue after the name makes it a person's. One word opening a sentence ("Duda added",
     * but also "Sources said") or before a possessive ("Clifford's testimony", but also "Pravda's
     * editorial") is made only a weak find: a person once the document names it so again.
     */
    private boolean isCuedAfter(TextScan s, NameReader.Read r) {
        Tokens t = s.tokens;
        PhraseSet.Match<Boolean> cue = lexicon.personCueAfter(t, r.to());
        // "the Gulf states are", "the Baltic states have": a verb only a plural takes makes the cue a plural noun
        if (cue != null && cue.to() < t.size() && lexicon.isPluralVerb(t.get(cue.to()).text()) && t.get(cue.to() - 1).text().endsWith("s")) {
            return false;
        }
        if (cue != null && (t.adjacent(r.to()) || t.touching(r.to()))) {
            return !beforeOffice(t, r.to());
        }
        // "Mondale, the Vice President, is travelling": a name before an office with a capital set off by commas
        if (r.parts().size() <= 3 && !precededByOf(t, r.from()) && titled.officeSetOffAfter(t, r.to())) return true;
        // "Kapitonov (CPSU CC Secretary) met", "Zimyanin (editor of Pravda)": an office in brackets right after the name,
        // never after an article or after a body's head word ("the Presidium (Chairman …)")
        if (r.parts().size() <= 3 && roles.bracketAfter(t, r.to()) != null && !precededByOf(t, r.from()) && !precededByArticle(t, r.from())
                && lexicon.orgHeads.matchAt(t, r.from()) == null) {
            // one word opening a sentence ("Plenum (Secretary's report)") or after a word in small letters
            // ("representatives from State (Chairman)") needs a surname's shape too
            Token before = t.at(r.from() - 1);
            boolean bare = t.opensSentenceOrQuotation(r.from()) || before != null && before.isLowerCase();
            return r.parts().size() > 1 || !bare || surnameShaped(r);
        }
        // "Sukarman, head of the Directorate of …": one word before an office of a body
        String role = roles.apposition(s, r.to());
        return role != null && role.matches("(\\S+ ){1,3}of .+") && r.parts().size() <= 3 && !precededByOf(t, r.from());
    }

    /**
     * "that Petrescu had betrayed", "Yugov was creating difficulties": one word with an ending of
     * surnames (surname-endings.txt) before an auxiliary verb (person-guess-cues.txt) names a person.
     * Other words there are as often bodies, places and things ("Finnair was", "the West would"),
     * and no place of the atlas qualifies ("Kovrov was").
     */
    private boolean surnameBeforeAuxiliary(TextScan s, NameReader.Read r) {
        Tokens t = s.tokens;
        String w = r.parts().get(r.parts().size() - 1);
        // "Koča Popović will arrive": a forename no list knows before the surname, neither an office nor a people
        String first = r.parts().get(0);
        if (r.parts().size() == 2 && (lexicon.isRoleStart(first) || lexicon.isDemonym(first) || !PhraseSet.hasLowerCase(first)
                || PersonName.isInitial(first) || !speaker(first))) {
            return false;
        }
        int cue = r.to();
        // "Smrkovský and Kriegel are against it": a second name word joined by "and" stands before the verb
        if (r.parts().size() == 1 && cue + 2 < t.size() && t.get(cue).is("and") && names.isNameWord(t, cue + 1) && s.free(cue + 1)
                && !names.isNameWord(t, cue + 2) && PhraseSet.hasLowerCase(t.get(cue + 1).text()) && speaker(t.get(cue + 1).text())) {
            cue += 2;
        }
        return lexicon.looksLikeSurname(w) && cue < t.size() && t.adjacent(cue) && lexicon.verbAfterNameAt(t, cue)
                && PhraseSet.hasLowerCase(w) && speaker(w) && !lexicon.isRoleStart(w) && !beforeOffice(t, r.to())
                && !precededByArticle(t, r.from()) && lexicon.orgHeads.matchAt(t, r.from()) == null
                // "Tito's visit to Vršac was discussed": after a cue only places follow, the word is a town of the same shape
                && !lexicon.placeOnlyCueBefore(t, r.from());
    }

    /** One word with a surname's ending (surname-endings.txt) that is no place of the atlas ("Gligorov", not "Rostov"). */
    private boolean surnameShaped(NameReader.Read r) {
        String w = r.parts().get(0);
        return r.parts().size() == 1 && lexicon.looksLikeSurname(w) && !placeWord.test(w) && !lexicon.isDemonym(w);
    }

    /**
     * "asked me, Pavlovsky and Ivanov to come": two words set off by a comma in mid-sentence and joined
     * by "and", each of one word with a surname's ending that no list knows and no place of the atlas,
     * are two persons. Returns the second word's token, or -1. After a preposition the same shapes are
     * as often towns the atlas lacks ("between Kharkov and Rostov"), so a comma must come before.
     */
    private int surnamePairSecond(TextScan s, Hits hits, NameReader.Read r) {
        Tokens t = s.tokens;
        int k = r.to() + 1;
        if (!surnameShaped(r) || t.opensSentenceOrQuotation(r.from()) || r.from() == 0 || !t.get(r.from() - 1).is(",")
                || k + 1 >= t.size() || !t.get(r.to()).is("and") || !s.free(k)) {
            return -1;
        }
        NameReader.Read second = names.read(s, k);
        if (second == null || second.to() != k + 1 || !nameShaped(second, hits) || !surnameShaped(second)
                || names.isNameWord(t, k + 1)) {
            return -1;
        }
        return PhraseSet.hasLowerCase(t.get(r.from()).text()) && PhraseSet.hasLowerCase(t.get(k).text()) ? k : -1;
    }

    /** "the Gligorov visit", "Petrescu statement": a surname-shaped word in mid-sentence before the noun of a meeting or message. */
    private boolean surnameBeforeEvent(TextScan s, NameReader.Read r) {
        return surnameShaped(r) && !s.tokens.opensSentenceOrQuotation(r.from()) && meetingAt(s.tokens, r.to())
                && s.tokens.get(r.to()).isLowerCase();
    }

    private static boolean precededByArticle(Tokens t, int i) {
        Token before = t.at(i - 1);
        return before != null && Set.of("the", "a", "an", "this", "his", "her", "its", "their", "our")
                .contains(before.text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Guesses of one word shaped like a surname ("Yugov was" opening a sentence, "Petrescu's
     * supporters") are kept where the document writes that word with a capital, after no article,
     * in two places or more ("stands behind Yugov"). Bodies and places take possessives and
     * auxiliaries as often ("Finnair's", "the Vatican's"): a word without a surname's ending still
     * needs a second cue.
     */
    void confirmRecurring(List<PersonFound> people, List<TextScan> scans) {
        java.util.Map<String, Integer> capitalised = new java.util.HashMap<>();
        for (TextScan s : scans) {
            Tokens t = s.tokens;
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                if (!tok.isCapitalised() || !PhraseSet.hasLowerCase(tok.text()) || precededByArticle(t, i)) continue;
                capitalised.merge(PersonClusters.fold(tok.text()), 1, Integer::sum);
            }
        }
        for (int k = 0; k < people.size(); k++) {
            PersonFound f = people.get(k);
            if (!f.weak() || f.name().parts().size() != 1 || !lexicon.looksLikeSurname(f.name().parts().get(0))) continue;
            if (capitalised.getOrDefault(PersonClusters.fold(f.name().parts().get(0)), 0) >= 2) people.set(k, f.confirmed());
        }
    }

    /** Words that read as a name and as nothing else: two to four, none a known place or body, not all capitals. */
    boolean nameShaped(NameReader.Read r, Hits hits) {
        if (r.parts().size() > 4) return false;
        boolean allCaps = true;
        for (int k = r.from(); k < r.to(); k++) {
            PhraseSet.Match<KnownEntity> hit = hits.at(k);
            if (hit != null && hit.value().type() != EntityType.PERSON) return false;
        }
        for (String p : r.parts()) allCaps &= !PhraseSet.hasLowerCase(p);
        return !allCaps;
    }

    /** "KIS (Kim Il Sung)": one mention, the abbreviation explained inside it. */
    private void abbreviations(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 0; i + 3 < t.size(); i++) {
            Token abbr = t.get(i);
            if (!s.free(i) || !abbr.isAllCaps() || abbr.text().length() > 6 || !t.get(i + 1).is("(")) continue;
            NameReader.Read r = names.read(s, i + 2);
            if (r == null || r.to() >= t.size() || !t.get(r.to()).is(")")) continue;
            StringBuilder initials = new StringBuilder();
            for (String part : r.parts()) {
                for (String piece : part.split("-")) initials.append(Character.toUpperCase(piece.charAt(0)));
            }
            if (!initials.toString().equals(abbr.text())) continue;
            PersonName name = PersonName.of(r.parts(), lexicon);
            if (name.style() == PersonName.Style.SINGLE) continue;
            KnownEntity known = hits.personAt(r.from(), r.to());
            PersonFound p = new PersonFound(s.index, i, r.to() + 1, name, known, List.of(), List.of(abbr.text()), null, false,
                    new PersonFound.Abbreviation(i, i + 1, String.join(" ", name.reading())), r.to());
            s.claim(i, r.to() + 1, p);
            out.add(p);
        }
    }

    private void gazetteerPersons(TextScan s, Hits hits, List<PersonFound> out) {
        for (PhraseSet.Match<KnownEntity> hit : hits.persons()) {
            if (!s.free(hit.from(), hit.to())) continue;
            List<String> parts = new ArrayList<>();
            for (int k = hit.from(); k < hit.to(); k++) {
                String w = s.tokens.get(k).text();
                if (w.equals(".") && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ".");
                } else if (!w.equals("[") && !w.equals("]")) {
                    parts.add(w);
                }
            }
            out.add(person(s, hits, new NameReader.Read(hit.from(), hit.to(), parts), List.of(), null, false));
        }
    }

    /**
     * "[Yumjaagiin] Tsedenbal": words the editor supplied in brackets right before a name read at
     * tokens {@code [from, to)} belong to it; the name read with them, else {@code null}.
     */
    private NameReader.@Nullable Read withSuppliedBefore(TextScan s, int from, int to) {
        Tokens t = s.tokens;
        if (from < 3 || !t.get(from - 1).is("]")) return null;
        for (int open = from - 3; open >= Math.max(0, from - 4); open--) {
            if (!t.get(open).is("[") || !s.free(open, from)) continue;
            NameReader.Read r = names.read(s, open);
            return r != null && r.to() == to ? r : null;
        }
        return null;
    }

    /** Initials, East Asian family names and known forenames make a name without any title. */
    private NameReader.@Nullable Read byShape(TextScan s, int i) {
        Tokens t = s.tokens;
        Token tok = t.get(i);
        if (!tok.isCapitalised()) return null;
        boolean lineStart = i == 0 || tok.lineStart();
        if (names.isInitial(t, i) || names.isCompletedInitial(t, i)) {
            // "I. Grain Deliveries" opens a section; "U.S. Talks" glues its initials to what came before
            // a bracket opening the line is no initial: "(A. Puzanov)" signs a letter ("(A. Introduction)" in a sentence does not)
            boolean signature = i == 1 || i > 1 && t.get(i - 1).lineStart();
            boolean glued = t.touching(i) && !(signature && (t.get(i - 1).is("(") || t.get(i - 1).is("[")));
            if (lineStart && RomanNumerals.isSectionLetter(tok.text()) || glued) return null;
            NameReader.Read r = names.read(s, i);
            // "A. Early Policies": a lettered heading, not "A. P. Melnikov" or "D. Dashdorj"
            if (r != null && lineStart && r.parts().size() > 2 && !PersonName.isInitial(r.parts().get(1))) return null;
            return r != null && !PersonName.isInitial(r.parts().get(r.parts().size() - 1)) ? r : null;
        }
        // "Ho [Chi Minh] received", "Le [Duan] is": an East Asian family name the editor completed in brackets
        if (i + 1 < t.size() && t.get(i + 1).is("[") && t.adjacent(i + 1) && names.isNameWord(t, i)
                && (lexicon.isEastAsianFamily(tok.text()) || lexicon.isVietnameseFamily(tok.text()))) {
            NameReader.Read r = names.read(s, i);
            return r != null && r.parts().size() >= 2 ? r : null;
        }
        boolean nextIsName = names.isNameWord(t, i + 1) || i + 1 < t.size() && names.isInitial(t, i + 1)
                || lexicon.isForename(tok.text()) && names.isElidedParticleName(t, i + 1)
                || names.isNameWord(t, names.afterParticles(t, i + 1)) && lexicon.isForename(tok.text());
        boolean nextOn = t.adjacent(i + 1) || names.wrapsAfterForenames(t, i + 1, List.of(tok.text()));
        if (!names.isNameWord(t, i) || !nextIsName || !nextOn) return null;
        NameReader.Read r = names.read(s, i);
        if (r == null || r.parts().size() < 2) return null;
        String first = tok.text();
        String second = t.get(i + 1).text();
        if (r.parts().size() == 2 && PersonName.isKoreanGivenName(second)) return r;
        // "HA II/10": a department and its number, not a family name and a given name
        boolean numeral = r.parts().size() == 2 && second.matches("[IVX]+");
        if ((lexicon.isEastAsianFamily(first) || lexicon.isVietnameseFamily(first)) && !PhraseSet.hasLowerCase(first) == !PhraseSet.hasLowerCase(second)
                && r.parts().size() <= 4 && !numeral) {
            return r;
        }
        if (PersonName.isInitial(r.parts().get(r.parts().size() - 1))) {
            // "Ponomarev B. N.": a surname and two initials after it, as Soviet lists write names
            boolean surnameFirst = r.parts().size() >= 3 && r.parts().subList(1, r.parts().size()).stream().allMatch(PersonName::isInitial);
            return surnameFirst ? r : null;
        }
        if (lexicon.isForename(first) && r.parts().size() <= 4) return r;
        // "Lincoln Gordon", "Chester Bowles": a given name that is also a town, before one name word that is no place
        // and names no feature of a place; "Orlando Airport", "Santiago de Chile" and "Lincoln" alone stay places
        if (r.parts().size() == 2 && r.to() == i + 2 && lexicon.isPlaceForename(first) && !placeWord.test(second)
                && lexicon.placeWords.matchAt(t, i + 1) == null && !lexicon.isPlaceForename(second)) {
            return r;
        }
        // "De Martino", "Van der Stoel": a particle with a capital opening a surname
        if (Lexicon.isCapitalParticle(first) && r.parts().size() <= 4) return r;
        // "Gennadi Ivanovich Petrov": a patronymic between two names
        if (r.parts().size() == 3 && Lexicon.isPatronymic(r.parts().get(1))) return r;
        // "Luvsantserengiin Jamsranjav": a Mongolian father's name in the genitive, then the given name
        if (r.parts().size() == 2 && Lexicon.isMongolianPatronymic(first)) return r;
        if (r.parts().size() == 2 && lexicon.isFamilyFirst(first, second)) return r;
        String role = roles.apposition(s, r.to());
        if (role != null && r.parts().size() <= 3 && !precededByOf(t, i)) return r;
        return null;
    }

    /**
     * "Melvin R. Laird": a capitalised word right before middle initials is the forename, known or
     * not; but not a verb opening a diary's sentence ("Visited T. Zhivkov", "Receiving A. Gromyko").
     */
    private boolean forenameBefore(TextScan s, int i) {
        Tokens t = s.tokens;
        if (i <= 0 || !s.free(i - 1) || !t.adjacent(i) || !names.isNameWord(t, i - 1)) return false;
        String w = t.get(i - 1).text();
        // "BETWEEN N. S. KHRUSHCHEV": in a heading in capitals only a known forename opens the name ("JOHN F. KENNEDY")
        if (!PhraseSet.hasLowerCase(w) && !lexicon.isForename(PhraseSet.capitalised(w.toLowerCase(java.util.Locale.ROOT)))) return false;
        return !(t.opensSentence(i - 1) && isVerbForm(w));
    }

    /**
     * Whether one word before a verb of speaking may be a person's name however it stands: not a
     * participle ("Having said that"), a noun of those who speak without being named ("Sources
     * said", "Officials stated"), nor the name of a place ("Jackson said" is confirmed only by
     * another mention, for "to Jackson" may follow).
     */
    private boolean speaker(String w) {
        return !isVerbForm(w) && !lexicon.isSpeakerNoun(w) && !placeWord.test(w);
    }

    /** "Visited", "Having": a word in -ed or -ing that is no known forename ("Ahmed", "Irving") reads as a verb. */
    private boolean isVerbForm(String w) {
        return (w.endsWith("ed") || w.endsWith("ing")) && !lexicon.isForename(w);
    }

    private boolean precededByOf(Tokens t, int i) {
        Token before = t.at(i - 1);
        return before != null && lexicon.isPhraseWordBeforeName(before.text());
    }

    /** What holds the letters of an outline: they name no one. */
    private static final Object OUTLINE_LETTER = new Object();

    /**
     * "A. Introduction", "B. Qualified Support", "D. Manescu paid tribute …": where blocks open with
     * the letters of an outline (an A. and a B. at least), those letters are labels, not initials.
     * They are taken before any name is looked for.
     */
    static void claimOutlineLetters(List<TextScan> scans) {
        Set<String> letters = new HashSet<>();
        List<TextScan> labelled = new ArrayList<>();
        for (TextScan s : scans) {
            Tokens t = s.tokens;
            if (s.kind == null || t.size() < 3 || t.get(0).text().length() != 1 || !t.get(0).isCapitalised()
                    || !t.isDotAfter(0) || !t.get(2).isCapitalised() || t.touching(2)) {
                continue;
            }
            letters.add(t.get(0).text());
            labelled.add(s);
        }
        if (!letters.contains("A") || !letters.contains("B")) return;
        for (TextScan s : labelled) {
            if (s.free(0, 2)) s.claim(0, 2, OUTLINE_LETTER);
        }
    }

    /** "Interpreter: Bai Shuwen", "Mongolian participants: D. Dashdorj, …; B. Sodnomdarjaa, …". */
    private void labelled(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int colon = 1; colon < t.size(); colon++) {
            if (!t.get(colon).is(":") || !lexicon.isPersonLabel(t.get(colon - 1).text())) continue;
            int lineEnd = colon + 1;
            boolean semicolons = false;
            while (lineEnd < t.size() && !t.get(lineEnd).lineStart()) semicolons |= t.get(lineEnd++).is(";");
            // items part at semicolons where there are any (commas then set off roles), else at commas
            String separator = semicolons ? ";" : ",";
            for (int item = colon + 1; item < lineEnd; ) {
                int k = skipOfficeDesignator(t, item, lineEnd);
                for (PhraseSet.Match<Boolean> h; (h = lexicon.honorificAt(t, k)) != null; ) k = h.to();
                NameReader.Read r = s.free(k) ? names.read(s, k) : null;
                if (r != null && (semicolons || nameShaped(r, hits))
                        && (r.to() >= lineEnd || Set.of(",", ";", "[", "(").contains(t.get(r.to()).text()))) {
                    out.add(person(s, hits, r, List.of(), Certainty.MEDIUM, false));
                }
                int next = item;
                while (next < lineEnd && !t.get(next).is(separator)) next++;
                item = next + 1;
            }
        }
    }

    /** "EUR - Wendell Harkness", "S/P—Rostow": the initials of an office before the official's name in a memo heading. */
    private static int skipOfficeDesignator(Tokens t, int k, int end) {
        int j = k;
        while (j < end && (t.get(j).isAllCaps() || t.get(j).is("/"))) j++;
        if (j > k && j + 1 < end && Set.of("-", "\u2013", "\u2014").contains(t.get(j).text())) return j + 1;
        return k;
    }

    /** "Li Fuchun: …" and "[Basmanov:] …" at the start of a paragraph. */
    private void speakers(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            boolean bracket = t.get(i).is("[");
            int k = bracket ? i + 1 : i;
            if (!bracket && i != 0 || !s.free(k)) continue;
            NameReader.Read r = names.read(s, k);
            if (r == null || r.to() >= t.size() || !t.get(r.to()).is(":")) continue;
            if (bracket && (r.to() + 1 >= t.size() || !t.get(r.to() + 1).is("]"))) continue;
            boolean shaped = byShape(s, k) != null;
            out.add(person(s, hits, r, List.of(), Certainty.MEDIUM, !bracket && !shaped));
        }
    }

    /** Makes the find for a name read at {@code r}: its known entity, a bracketed variant after it, its apposition. */
    PersonFound person(TextScan s, Hits hits, NameReader.Read r,
                               List<String> prefixRoles, Certainty cert, boolean weak) {
        KnownEntity known = hits.personAt(r.from(), r.to());
        NameReader.Read whole = withSuppliedBefore(s, r.from(), r.to());
        if (whole != null) {
            r = whole;
            if (known == null) known = hits.personAt(r.from(), r.to());
        }
        PersonName name = PersonName.of(r.parts(), lexicon);
        int to = r.to();
        List<String> variants = new ArrayList<>();
        int variantEnd = variantAfter(s, to, name.parts().size());
        if (variantEnd > 0) {
            variants.add(s.span(to + 1, variantEnd - 1));
            to = variantEnd;
        }
        List<String> all = new ArrayList<>(prefixRoles);
        String apposition = roles.roleAfter(s, to);
        if (apposition != null) all.add(apposition);
        PersonFound p = new PersonFound(s.index, r.from(), to, name, known, all, variants,
                known != null ? null : cert, weak && known == null, null, r.to());
        s.claim(r.from(), to, p);
        return p;
    }

    /** "Pak Yeong-chan [Pak Yong Chan]": where a bracket right after a name holds the same name spelt otherwise, one past it; else -1. */
    int variantAfter(TextScan s, int k, int nameWords) {
        Tokens t = s.tokens;
        if (k >= t.size() || !t.get(k).is("[") || !s.free(k)) return -1;
        int close = k + 1;
        while (close < t.size() && close - k <= 5 && names.isNameWord(t, close)) close++;
        int words = close - k - 1;
        if (close >= t.size() || !t.get(close).is("]") || words < 2 || Math.abs(words - nameWords) > 1) return -1;
        return close + 1;
    }
}
