package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What words say about names, from the bundled word lists: forms of address, offices, given
 * names, family names, the nouns that end an organisation's name, adjectives of nationality.
 * Immutable once built.
 */
public final class Lexicon {
    private static final java.util.regex.Pattern ELIDED_SURNAME = java.util.regex.Pattern.compile("[DO]['\u2019]\\p{Lu}\\p{Ll}+");
    private static final java.util.regex.Pattern ARTICLE_NAME =
            java.util.regex.Pattern.compile("(?i:al|el|ad|ed|ud|as|ash|az|ar|an|at|ath|adh|ul|ibn|bin|abu|abd)-(\\p{Lu}[\\p{L}'-]*)");
    /** Letters a word must have before a place word's ending ("Alexander" of "Alexanderplatz"). */
    private static final int MIN_PLACE_STEM = 3;
    private static final java.util.regex.Pattern PATRONYMIC =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:ovich|evich|ovitch|evitch|yevich|ievich|ovych|evych|ovna|evna|yevna|ievna|ivna|ichna|yich|ilich|mich|kich|itich)");
    /** Forms of address; the value says whether the form is one only before a one-word name ("Pak Harto"). */
    private final PhraseSet<Boolean> honorifics = new PhraseSet<>();
    /** Forms of address that are also surnames (honorifics.txt "surname"): "Lord" of "Winston Lord". */
    private final Set<String> honorificSurnames = new HashSet<>();
    /** Offices; the value says whether the office is in the plural and so stands before several names ("Foreign Ministers"). */
    final PhraseSet<Boolean> offices = new PhraseSet<>();
    /** Org heads; the value says whether the organisation may go on with "in"/"to" + a place. */
    final PhraseSet<Boolean> orgHeads = new PhraseSet<>();
    /** Heads named after the area a desk covers ("Far East Department"): the region before them is no place. */
    final Set<String> remitHeads = words("org-remit-heads.txt");
    /** Nouns of a body's name that take "with" ("Committee of Solidarity with the People of Vietnam"). */
    final Set<String> withNouns = words("org-with-nouns.txt");
    /** Words after which "at" takes persons too ("looked at", "aimed at"). */
    private final Set<String> personAtWords = words("person-at-words.txt");
    /** Nouns of a route ("railway", "road"): before "to" or "from" they take only places. */
    private final Set<String> routeNouns = words("route-nouns.txt");
    /** Nouns in small letters after a works' name ("the Leuna works"): the name before them is a body's. */
    final Set<String> worksNouns = words("works-nouns.txt");
    /** Words in brackets that belong to a party's name ("Communist Party of India (Marxist)", "CPI(M)"). */
    final Set<String> orgQualifiers = words("org-qualifiers.txt");
    /** Acronyms of weapons, measures, statuses and offices ("Soviet ICBM", "Most Favored Nation (MFN)"): no body. */
    final Set<String> thingAcronyms = words("thing-acronyms.txt");
    /** Heads that take "in" and a place as part of the name ("UN Force in Cyprus"). */
    final Set<String> locatedHeads = column("org-located-heads.txt", null);
    /** Of them, those that take a town too (marked "town": "the SED District Leadership in Karl-Marx-Stadt"). */
    final Set<String> townLocatedHeads = column("org-located-heads.txt", "town");
    /** Offices that open a body's name before its head ("General Assembly", "Chief Directorate"). */
    final Set<String> officeAdjectives = words("office-adjectives.txt");
    /** Heads of a state's own bodies ("Government"), marked "state" in org-heads.txt: named with that state only. */
    final Set<String> stateBodyHeads = new HashSet<>();
    final PhraseSet<Boolean> publications = phrases("publications.txt");
    /** Words after a head that make the phrase an event or a document, not a body ("Party Congress"). */
    final PhraseSet<Boolean> orgClosers = phrases("org-closers.txt");
    /** The members of an alliance that end a body's name after it ("of the Warsaw Treaty member states"). */
    final PhraseSet<Boolean> memberStates = phrases("org-member-states.txt");
    /** Nouns that end a name of a person or place rather than belong to it ("Doctrine", "Talks", "World War"). */
    final PhraseSet<Boolean> notNames = phrases("not-names.txt");
    final PhraseSet<Boolean> placeWords = phrases("place-words.txt");
    final PhraseSet<Boolean> placeCues = phrases("place-cues.txt");
    /** Nouns in small letters after a name that make it the name of a thing ("Falcon missile", "Greenwich mean time"). */
    final PhraseSet<Boolean> thingNouns = phrases("thing-nouns.txt");
    /** Nouns after a known place that make it the name of a treaty, plan, event or war ("Helsinki Final Act", "Prague Spring"). */
    final PhraseSet<Boolean> namedAfterPlace = phrases("named-after-place.txt");
    /** Words before a name that make it a ship's or a military operation's ("the tanker Bucharest", "Operation Danube"). */
    final PhraseSet<Boolean> vesselWords = phrases("vessel-words.txt");
    /** org-seat-heads.txt: heads, endings of one-word heads, and compass seats of East German combines and works. */
    private final Set<String> seatHeads = new HashSet<>();
    private final List<String> seatHeadEndings = new ArrayList<>();
    private final Set<String> compassSeats = new HashSet<>();
    /** Heads after which only a known place is a seat ("Karl Marx University Leipzig"), no unknown word. */
    private final Set<String> knownSeatHeads = new HashSet<>();

    {
        for (String[] f : DataFile.rows("org-seat-heads.txt", 2)) {
            if (f[1].isEmpty()) seatHeads.add(f[0]);
            else if (f[0].equals("ending")) seatHeadEndings.add(f[1]);
            else if (f[0].equals("known")) knownSeatHeads.add(f[1]);
            else compassSeats.add(f[1]);
        }
    }

    /** "University" of "Karl Marx University Leipzig": a head after which a known place, and only one, is its seat. */
    boolean takesKnownSeatOnly(String w) {
        return knownSeatHeads.contains(w);
    }

    /** "Kombinat", "Eisenhüttenkombinat", "Halbleiterwerk": a combine's or works' head, after which the seat stays in the name. */
    boolean isSeatHead(String w) {
        if (seatHeads.contains(w) || knownSeatHeads.contains(w)) return true;
        String low = w.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(w.codePointAt(0)) && seatHeadEndings.stream().anyMatch(e -> low.endsWith(e) && low.length() > e.length() + 2);
    }

    /** "Ost" of "Eisenhüttenkombinat Ost": a point of the compass that is a combine's seat. */
    boolean isCompassSeat(String w) {
        return compassSeats.contains(w);
    }

    /** Kinds of buildings in small letters that name a building only after a name no list knows as a town. */
    private final Set<String> buildingKinds = words("building-kinds.txt");

    /** Whether {@code w} is a building's kind in small letters ("cinema", "prison"): building-kinds.txt. */
    boolean isBuildingKind(String w) {
        return buildingKinds.contains(w);
    }

    /** Words that complete an office after "in" ("Officer in Charge"): office-complements.txt. */
    private final Set<String> officeComplements = words("office-complements.txt");

    /** Whether {@code w} completes an office's title after "in" ("Charge", "Attendance"). */
    boolean isOfficeComplement(String w) {
        return officeComplements.contains(w);
    }

    /** Names of languages that are no adjective of nationality ("Arabic", "Pashto"). */
    private final Set<String> languages = words("languages.txt");

    /** Whether {@code w} names a language that is no adjective of nationality ("in Arabic"): never a place. */
    boolean isLanguage(String w) {
        return languages.contains(w);
    }
    /** Words right before an acronym that show it names a body ("members of the"). */
    final PhraseSet<Boolean> orgCuesBefore = new PhraseSet<>();
    /** Words right after an acronym that show it names a body ("leadership", "delegation"). */
    final PhraseSet<Boolean> orgCuesAfter = new PhraseSet<>();
    /**
     * Words right after an acronym that show it names a body even with no "the" before it, at a
     * sentence's start ("ICAP invited", "INRA showed"): what a body does for guests, rarely said of
     * a person named by initials; also cues after "the".
     */
    final PhraseSet<Boolean> orgCuesOpening = new PhraseSet<>();
    /** Nouns of a state's formal name ("Republic" of "Republic of Austria"). */
    final PhraseSet<Boolean> stateHeads = phrases("state-heads.txt");
    private final Set<String> stateModifiers = words("state-modifiers.txt");
    /** Words right before a name that show it names a person ("led by", "followers of"). */
    final PhraseSet<Boolean> personCuesBefore = new PhraseSet<>();
    /** Words right after a name that show it names a person ("said", "'s"); the value says whether one word suffices. */
    final PhraseSet<Boolean> personCuesAfter = new PhraseSet<>();
    /** Verbs after a name that make only a guess of it, to be confirmed ("Bilak had betrayed", "Yugov was"). */
    final PhraseSet<Boolean> personGuessCuesAfter = phrases("person-guess-cues.txt");
    /** Verbs of doing after a person's name ("returned", "fled"; action-verbs.txt). */
    final PhraseSet<Boolean> actionVerbsAfter = phrases("action-verbs.txt");

    /** Whether an auxiliary (person-guess-cues.txt) or a verb of doing (action-verbs.txt) stands at token {@code k}. */
    boolean verbAfterNameAt(Tokens t, int k) {
        return personGuessCuesAfter.matchAt(t, k) != null || actionVerbsAfter.matchAt(t, k) != null;
    }
    /** The verbs of {@link #personCuesAfter} of speaking or thinking: they take a person, even one word opening a sentence. */
    final PhraseSet<Boolean> speechVerbs = new PhraseSet<>();
    /** What is said only of a person ("was ill", "left for"): the one word before it is a person's name. */
    final PhraseSet<Boolean> personPredicates = phrases("person-predicates.txt");
    /** Adverbs that may stand between a name and the cue after it ("Bundy also asked"). */
    private final Set<String> cueAdverbs = words("cue-adverbs.txt");
    /** Verbs only a plural subject takes ("are", "were"): after one, a cue in -s is a plural noun ("the Gulf states are"). */
    private final Set<String> pluralVerbs = words("plural-verbs.txt");
    /** Nouns that speak without naming anyone ("Sources said", "Officials stated"). */
    private final Set<String> speakerNouns = words("speaker-nouns.txt");
    /** Combining forms of states and peoples that open a hyphenated pair ("Sino-Soviet"): no person's name. */
    private final Set<String> namePairPrefixes = words("name-pair-prefixes.txt");
    /** Adjective → state id ("" for adjectives of no one state: "European"). */
    final PhraseSet<String> demonyms = new PhraseSet<>();
    private final Set<String> stopwords = words("stopwords.txt");
    private final Set<String> roleStarts = new HashSet<>();
    private final Set<String> forenames = folded("forenames.txt");
    private final Set<String> hungarianForenames = folded("forenames-hungarian.txt");
    private final Set<String> japaneseFamilies = folded("family-names-japanese.txt");
    private final Set<String> eastAsianFamilies = folded("family-names-east-asian.txt");
    private final Set<String> vietnameseFamilies = folded("family-names-vietnamese.txt");
    private final Map<String, String> demonymState = new HashMap<>();
    private final Set<String> peoples = words("peoples.txt");
    private final Set<String> personLabels = words("person-labels.txt");
    /** Ranks that are also adjectives ("General Questions"): adjective-ranks.txt. */
    private final Set<String> adjectiveRanks = words("adjective-ranks.txt");
    private final Set<String> nameParticles = words("name-particles.txt");
    /**
     * Verbs of one word that follow a person's name (person-cues.txt, person-guess-cues.txt,
     * action-verbs.txt), in small letters: in a passage all in capitals they end the name before
     * them ("PHAM SAID", "KIM CHAEK COMMANDS").
     */
    private final Set<String> verbsAfterNames = verbsAfterNames();
    /** Particles of towns' names ("nad" of "Čierna nad Tisou"), besides those of persons' names. */
    private final Set<String> placeParticles = words("place-particles.txt");
    /** "parallel" of "the 38th parallel": a word that makes a place of the ordinal before it. */
    private final Set<String> ordinalPlaceWords = words("ordinal-place-words.txt");
    /** "Route" of "Route 1", "Kilometre" of "Kilometre 101": a word that makes a place of the number after it. */
    private final Set<String> numberedPlaceWords = words("numbered-place-words.txt");
    /** "Hall" of "Mansudae Assembly Hall": a building's or square's word that makes a place of the body named before it. */
    private final Set<String> buildingWords = words("building-words.txt");
    /** Stopwords that still name what a body does right before its head ("Information Agency"). */
    private final Set<String> orgNounModifiers = words("org-noun-modifiers.txt");
    /** Words that open a state's body's character after "of" ("National" of "Government of National Unity"). */
    private final Set<String> stateBodyCharacters = words("state-body-characters.txt");
    /** Heads that name the members a body unites ("Youth" of "Union of Czechoslovak Youth"). */
    private final Set<String> memberHeads = words("org-member-heads.txt");
    /** Heads that open a body's name with the name after them ("Radio Tanzania"). */
    private final Set<String> headsBeforeName = words("org-heads-before-name.txt");
    private final Set<String> notInitials = words("not-initials.txt");
    /** "Deir", "Kafr", "Wadi": the first word of an Arabic or Hebrew place's name that says what the place is. */
    private final Set<String> placeOpeners = words("place-openers.txt");
    /** "St", "Mt": the abbreviated first word of a place's name ("St. George's"). */
    private final Set<String> placeAbbreviations = words("place-abbreviations.txt");
    private final Set<String> compassWords = words("compass-words.txt");
    private final Set<String> possessives = words("possessives.txt");
    private final Set<String> pluralPossessors = words("plural-possessors.txt");
    private final Set<String> nounPhraseOpeners = words("noun-phrase-openers.txt");
    private final Set<String> roleTrailingWords = words("role-trailing-words.txt");
    private final Set<String> phraseWordsBeforeName = words("phrase-words-before-name.txt");
    /** "Second", "Eighth": ordinals spelled out, which number a desk or an army inside its name. */
    private final Set<String> ordinalWords = words("ordinal-words.txt");
    private final Set<String> comradeWords = words("comrade-words.txt");
    private final Set<String> placeForenames = words("place-forenames.txt");
    private final Set<String> regionModifiers = words("region-modifiers.txt");
    private final Set<String> regionParts = words("region-parts.txt");
    private final Set<String> placeOnlyCues = words("place-only-cues.txt");
    private final Set<String> pluralPlaceWords = words("plural-place-words.txt");
    private final Set<String> generationalSuffixes = words("generational-suffixes.txt");
    /** Verbs of speaking or handing before "to" ("talked to", "convey to"): the name after them is a person's. */
    private final Set<String> addresseeVerbs = words("addressee-verbs.txt");
    /** Nouns in small letters after a name that make it the attribute of an event ("Velkor meeting"). */
    final PhraseSet<Boolean> eventNouns = phrases("event-nouns.txt");
    /** Endings of adjectives written with a capital ("Congressional", "Departmental"). */
    private final List<String> adjectiveEndings = DataFile.lines("adjective-endings.txt");
    /** Endings of Slavic surnames ("Zabolotnev", "Ponomarenko"). */
    private final List<String> surnameEndings = DataFile.lines("surname-endings.txt");
    /** Endings of Arabic, Persian and Afghan given names ("Burhanuddin", "Hafizullah"). */
    private final List<String> forenameEndings = DataFile.lines("forename-endings.txt");
    /** Letters a forename's stem has before one of {@link #forenameEndings} ("Najib" of "Najibullah"). */
    private static final int FORENAME_STEM = 3;
    /** Endings of one word that names a street, square or building ("Alexanderplatz", "Kreuzkirche"). */
    private final List<String> placeWordEndings = DataFile.lines("place-word-endings.txt");
    /** Letters of Central and East European names that English words never carry ("ł", "š", "ő"). */
    private final Set<Integer> surnameLetters = letters("surname-letters.txt");
    /** Words of water and land forms that open a name with "of" ("Bay of Bengal", "Strait of Otranto"). */
    final PhraseSet<Boolean> featureWordsBeforeOf = phrases("feature-words-before-of.txt");
    /** Words of water and land forms that open a name with the name right after them ("Lake Fertő", "Mount Kumgang"). */
    final PhraseSet<Boolean> featureWordsBeforeName = phrases("feature-words-before-name.txt");

    public Lexicon() {
        for (String[] row : DataFile.rows("honorifics.txt", 2)) {
            honorifics.add(row[0], "one-name".equals(row[1]));
            if ("surname".equals(row[1])) honorificSurnames.add(row[0]);
        }
        for (String[] row : DataFile.rows("org-heads.txt", 2)) {
            orgHeads.add(row[0], "diplomatic".equals(row[1]));
            if ("state".equals(row[1])) stateBodyHeads.add(row[0]);
        }
        Set<String> smallOnly = new HashSet<>();
        for (String[] row : DataFile.rows("person-cues.txt", 3)) {
            if ("speech".equals(row[2])) addCue(speechVerbs, row[1], Boolean.TRUE);
            if ("small".equals(row[2])) smallOnly.add(row[1]);
        }
        for (String[] row : DataFile.rows("person-cues.txt", 2)) {
            // a verb after a name is written in small letters; with a capital it is a noun of a heading ("Working Notes");
            // a cue marked "small" is one only as written: with a capital it is part of a title ("Heads of State or Government of")
            if (row[0].equals("before") && smallOnly.contains(row[1])) personCuesBefore.add(row[1], Boolean.TRUE);
            else if (row[0].equals("before")) addCue(personCuesBefore, row[1], Boolean.TRUE);
            else personCuesAfter.add(row[1], !row[1].equals("'s"));
        }
        for (String[] row : DataFile.rows("org-cues.txt", 2)) {
            if (row[0].equals("opening")) addCue(orgCuesOpening, row[1], Boolean.TRUE);
            addCue(row[0].equals("before") ? orgCuesBefore : orgCuesAfter, row[1], Boolean.TRUE);
        }
        for (String[] row : DataFile.rows("demonyms.tsv", 2)) {
            demonyms.add(row[0], row[1]);
            demonymState.put(row[0], row[1]);
        }
        for (String[] row : DataFile.rows("offices.txt", 2)) {
            offices.add(row[0], "plural".equals(row[1]));
            // Copies of printed volumes lose the space inside an office ("Chargéd'Affaires"): one word, still the office.
            if (row[0].contains(" ")) offices.add(row[0].replace(" ", ""), "plural".equals(row[1]));
            roleStarts.add(row[0].split(" ")[0].toLowerCase(Locale.ROOT));
        }
        for (String line : DataFile.lines("role-words.txt")) {
            roleStarts.add(line.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The form of address starting at token {@code j} ("Comrade", "Shri", "U"), or {@code null}. A
     * one-letter form is no initial ("U Thant", not "U. Alexis Johnson"); a form that is also a family
     * name counts only before a name of one word ("Pak Harto", not "Pak Yong Chan" nor "Comrade Pak").
     */
    PhraseSet.@Nullable Match<Boolean> honorificAt(Tokens t, int j) {
        PhraseSet.Match<Boolean> h = honorifics.matchAt(t, j);
        if (h == null) return null;
        if (h.to() == j + 1 && t.get(j).text().length() == 1 && (t.isDotAfter(j) || !t.adjacent(j + 1))) return null;
        if (h.to() == j + 1 && honorificSurnames.contains(t.get(j).text()) && endsNameAfterAddress(t, j)) return null;
        if (h.value()) {
            Token next = t.at(h.to());
            Token after = t.at(h.to() + 1);
            boolean oneWord = next != null && t.adjacent(h.to()) && next.isCapitalised() && next.isWord()
                    && !PersonName.isKoreanGivenNameAnyCase(next.text())
                    && (after == null || !t.adjacent(h.to() + 1) || !after.isCapitalised());
            if (!oneWord) return null;
        }
        return h;
    }

    /**
     * "Winston Lord, Director", "Mr. Lord and Mr. Sisco": a form of address that is also a surname
     * ends a name at {@code j}, right after a capitalised word or the full stop of "Mr.", where no
     * capitalised word follows it; "Lord Home" and "the Lord Privy Seal" keep it a form of address.
     */
    private static boolean endsNameAfterAddress(Tokens t, int j) {
        if (j == 0 || !t.adjacent(j) || !(t.get(j - 1).isCapitalised() && t.get(j - 1).isWord() || t.get(j - 1).is(".") && t.touching(j - 1))) {
            return false;
        }
        Token next = t.at(j + 1);
        return next == null || !t.adjacent(j + 1) || !next.isCapitalised();
    }

    /** A word that may stand before the noun of a state's formal name ("Socialist", "Federal", "People"). */
    boolean isStateModifier(String w) {
        return stateModifiers.contains(w);
    }

    /** Whether a form of address stands at token {@code j}, alone. */
    boolean isHonorific(Tokens t, int j) {
        PhraseSet.Match<Boolean> h = honorificAt(t, j);
        return h != null && h.to() == j + 1;
    }

    /** Whether a form of address starts at token {@code j}. */
    boolean startsHonorific(Tokens t, int j) {
        return honorificAt(t, j) != null;
    }

    /**
     * "al-Bakr", "el-Sadat", "ad-Din", "ibn-Saud": an Arabic name with its article or a
     * patronymic particle joined by a hyphen, written in small letters though it is a name.
     */
    static boolean isArticleName(String w) {
        return ARTICLE_NAME.matcher(w).matches();
    }

    /** "Bakr" of "al-Bakr": the name without its joined article; the word itself where it has none. */
    static String withoutArticle(String w) {
        java.util.regex.Matcher m = ARTICLE_NAME.matcher(w);
        return m.matches() ? m.group(1) : w;
    }

    /** "Ivanovich", "Sergeyevna": a Russian or Slavic patronymic, a middle name between forename and surname. */
    static boolean isPatronymic(String w) {
        return PATRONYMIC.matcher(w).matches();
    }

    private static final java.util.regex.Pattern MONGOLIAN_PATRONYMIC =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:iin|ijn|iyn)");

    /** "Yumjaagiin", "Luvsantserengiin": a father's name in the genitive, as Mongolian names open. */
    static boolean isMongolianPatronymic(String w) {
        return MONGOLIAN_PATRONYMIC.matcher(w).matches();
    }

    /** A cue as written and with a capital, as it stands at the start of a sentence ("Members of the"). */
    private static void addCue(PhraseSet<Boolean> cues, String cue, boolean value) {
        cues.add(cue, value);
        cues.add(PhraseSet.capitalised(cue), value);
    }

    private static PhraseSet<Boolean> phrases(String file) {
        PhraseSet<Boolean> set = new PhraseSet<>();
        for (String line : DataFile.lines(file)) set.add(line, Boolean.TRUE);
        return set;
    }

    private static Set<String> verbsAfterNames() {
        Set<String> out = new HashSet<>();
        for (String[] row : DataFile.rows("person-cues.txt", 2)) {
            if (row[0].equals("after") && row[1].matches("\\p{Ll}+")) out.add(row[1]);
        }
        for (String file : List.of("person-guess-cues.txt", "action-verbs.txt")) {
            for (String w : DataFile.lines(file)) if (w.matches("\\p{Ll}+")) out.add(w);
        }
        return Set.copyOf(out);
    }

    /** The first column of a file's lines, of all lines ({@code mark} null) or of those whose second column is {@code mark}. */
    private static Set<String> column(String file, String mark) {
        Set<String> out = new HashSet<>();
        for (String[] f : DataFile.rows(file, 2)) {
            if (mark == null || f[1].equals(mark)) out.add(f[0]);
        }
        return Set.copyOf(out);
    }

    private static Set<String> words(String file) {
        return Set.copyOf(DataFile.lines(file));
    }

    private static Set<String> folded(String file) {
        Set<String> out = new HashSet<>();
        for (String line : DataFile.lines(file)) out.add(PhraseSet.fold(line).toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    private static String low(String w) {
        return PhraseSet.fold(w).toLowerCase(Locale.ROOT);
    }

    /** A capitalised function word or document label that is never part of a name ("The", "Subject", "May"). */
    public boolean isStopword(String w) {
        return asWrittenOrInCapitals(stopwords, w);
    }

    /** Whether {@code w} is in {@code list} as written, or in capitals of a word listed with one ("THE" for "The"). */
    private static boolean asWrittenOrInCapitals(Set<String> list, String w) {
        if (list.contains(w)) return true;
        if (!PhraseSet.hasLowerCase(w) && w.length() > 1) {
            String cap = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
            return list.contains(cap);
        }
        return false;
    }

    public boolean isForename(String w) {
        String f = low(w);
        return forenames.contains(f) || hungarianForenames.contains(f) || hasForenameEnding(w);
    }

    /** "Gulbuddin", "Najibullah": a capitalised word in small letters with the ending of a given name of faith and a stem before it. */
    private boolean hasForenameEnding(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !PhraseSet.hasLowerCase(w)) return false;
        String f = w.toLowerCase(Locale.ROOT);
        return forenameEndings.stream().anyMatch(e -> f.endsWith(e) && f.length() - e.length() >= FORENAME_STEM);
    }

    /** A given name that is also a town ("Lincoln", "Chester"): a forename only before one more name word that is no place. */
    boolean isPlaceForename(String w) {
        return placeForenames.contains(w);
    }

    /**
     * Whether a name of two words is written family name first: a Hungarian given name second
     * ("Kádár János"), or a Japanese family name before a known given name ("Tanaka Kakuei").
     */
    boolean isFamilyFirst(String first, String second) {
        return isHungarianForename(second) || japaneseFamilies.contains(low(first)) && isForename(second);
    }

    public boolean isHungarianForename(String w) {
        return hungarianForenames.contains(low(w));
    }

    public boolean isEastAsianFamily(String w) {
        return eastAsianFamilies.contains(low(w));
    }

    public boolean isVietnameseFamily(String w) {
        return vietnameseFamilies.contains(low(w));
    }

    /** A word that may open a role after a name ("Deputy", "head", "interpreter"). */
    public boolean isRoleStart(String w) {
        return roleStarts.contains(w.toLowerCase(Locale.ROOT));
    }

    public boolean isDemonym(String w) {
        return demonyms.containsWord(w);
    }

    /**
     * A people named in the plural: a noun of {@code peoples.txt} ("Poles") or an adjective of
     * nationality plus "s" ("Czechs", "Soviets", "Germans"). A people is never a place.
     */
    public boolean isPeople(String w) {
        return peoples.contains(w) || w.length() > 3 && w.endsWith("s") && demonymState.containsKey(w.substring(0, w.length() - 1));
    }

    /** The state an adjective of nationality points at ("Hungarian" → "hungary"), or {@code null}. */
    public @Nullable String stateOfDemonym(String adjective) {
        String id = demonymState.get(adjective);
        return id == null || id.isEmpty() ? null : id;
    }

    /**
     * "North", "South", "East", "West": a direction, never a place of its own; so are two of them
     * joined by a hyphen ("East-West trade", "North-South talks"), the sides of a relation.
     */
    public boolean isCompassWord(String w) {
        if (w.indexOf('-') > 0) return Arrays.stream(w.split("-")).allMatch(this::isCompassWord);
        return asWrittenOrInCapitals(compassWords, w);
    }

    /**
     * The cue after a name that starts at token {@code k}, or after one adverb there ("Bundy also
     * asked", "Smrkovsky reportedly told"); {@code null} where there is none.
     */
    PhraseSet.@Nullable Match<Boolean> personCueAfter(Tokens t, int k) {
        PhraseSet.Match<Boolean> cue = personCuesAfter.matchAt(t, k);
        if (cue != null || k >= t.size() || !cueAdverbs.contains(t.get(k).text()) || !t.adjacent(k + 1)) return cue;
        cue = personCuesAfter.matchAt(t, k + 1);
        // "'s" needs its name: "Bundy also's" is no cue
        return cue != null && cue.value() ? cue : null;
    }

    /** Whether {@code w} is a verb only a plural subject takes ("are", "were", "have"). */
    boolean isPluralVerb(String w) {
        return pluralVerbs.contains(w);
    }

    /** Whether the cue {@code cue} after a name is a verb of speaking or thinking ("said", "thinks"). */
    boolean isSpeechVerb(Tokens t, PhraseSet.@Nullable Match<Boolean> cue) {
        if (cue == null) return false;
        PhraseSet.Match<Boolean> verb = speechVerbs.matchAt(t, cue.from());
        return verb != null && verb.to() == cue.to();
    }

    /**
     * Whether a hyphenated word before {@code next} joins the names of two persons ("the
     * Rusk-Dobrynin talks", "Bogdan-Leddy conversation"): two capitalised parts, neither a
     * direction, an adjective of nationality, a combining form ("Sino-Soviet talks",
     * "North-South dialogue"), and the first no forename ("the Gaston-Marin talks") unless
     * {@code standsAlone} (the document writes it alone), before the noun of a meeting or message (event-nouns.txt).
     */
    boolean isNamePair(String word, String next, java.util.function.Predicate<String> standsAlone) {
        String[] parts = word.split("-");
        if (parts.length != 2 || !isEventNoun(next)) return false;
        for (String p : parts) {
            if (p.length() < 3 || !Character.isUpperCase(p.charAt(0)) || !PhraseSet.hasLowerCase(p) || isCompassWord(p)
                    || isDemonym(p) || isPeople(p) || namePairPrefixes.contains(p) || isStopword(p) || isRoleStart(p)) {
                return false;
            }
        }
        // "Jean-Paul", "Ivan-Asen", "Gaston-Marin": opened by a forename, it is one person's double name,
        // unless the document names someone by that word alone ("Bogdan said …", "the Bogdan-Leddy talks");
        // "the Rusk-David meeting" is a pair: a surname may be a forename too
        return !isForename(parts[0]) || standsAlone.test(parts[0]);
    }

    /** A noun of those who speak without being named ("Sources", "OFFICIALS"). */
    boolean isSpeakerNoun(String w) {
        return asWrittenOrInCapitals(speakerNouns, w);
    }

    /** A noun of a meeting or message of event-nouns.txt, in any case ("talks", "Talks"). */
    boolean isEventNoun(String w) {
        return eventNouns.matchAt(Tokens.of(w.toLowerCase(Locale.ROOT)), 0) != null;
    }

    /** A label before a colon whose line lists persons ("Interpreter", "Participants"), in any case. */
    boolean isPersonLabel(String w) {
        return personLabels.contains(w.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> CAPITAL_PARTICLES = Set.copyOf(DataFile.lines("capital-particles.txt"));

    /** "Van" of "Van der Stoel", "De" of "De Martino": a particle that opens a surname with a capital (capital-particles.txt). */
    static boolean isCapitalParticle(String w) {
        return CAPITAL_PARTICLES.contains(w);
    }

    private static final Set<String> INNER_CAPITAL_HEADS = Set.copyOf(DataFile.lines("inner-capital-heads.txt"));
    private static final java.util.regex.Pattern INNER_CAPITAL = java.util.regex.Pattern.compile("\\p{Ll}\\p{Lu}");

    /** "ChiRep", "SecDel", "DoD": a capital right after a small letter, with no surname's head before it (inner-capital-heads.txt). */
    static boolean isClippedCompound(String w) {
        java.util.regex.Matcher m = INNER_CAPITAL.matcher(w);
        return m.find() && !INNER_CAPITAL_HEADS.contains(w.substring(0, m.start() + 1));
    }

    private static final Set<String> ENGLISH_WORDS = Set.copyOf(DataFile.lines("english-words.txt").stream()
            .map(w -> PhraseSet.fold(w).toLowerCase(Locale.ROOT)).toList());

    /**
     * "Strategy", "Cannot": an English word that is no one's name (english-words.txt). Weak evidence
     * only: a cue still makes it a surname ("Ambassador Beam", "Secretary Rusk").
     */
    static boolean isEnglishWord(String w) {
        return ENGLISH_WORDS.contains(PhraseSet.fold(w).toLowerCase(Locale.ROOT));
    }

    /** "Questions", "Issues", "Activities": the plural of an English word that is no one's name. */
    static boolean isEnglishPlural(String w) {
        String lower = PhraseSet.fold(w).toLowerCase(Locale.ROOT);
        if (!lower.endsWith("s") || !ENGLISH_WORDS.contains(lower)) return false;
        String stem = lower.substring(0, lower.length() - 1);
        return ENGLISH_WORDS.contains(stem)
                || lower.endsWith("es") && ENGLISH_WORDS.contains(lower.substring(0, lower.length() - 2))
                || lower.endsWith("ies") && ENGLISH_WORDS.contains(lower.substring(0, lower.length() - 3) + "y");
    }

    /** "General", "Major": a rank that is also an adjective (adjective-ranks.txt). */
    boolean isAdjectiveRank(String w) {
        return adjectiveRanks.contains(w);
    }

    /** A word that opens an office however its first letter is written ("governor" of "the governor of Guanabara"). */
    boolean opensOffice(String w) {
        return offices.containsWord(PhraseSet.capitalised(w));
    }

    /** A verb in small letters that follows a person's name ("said", "returned"). */
    boolean isVerbAfterName(String lower) {
        return verbsAfterNames.contains(lower);
    }

    /** A particle between the words of a name ("van", "bin"). */
    boolean isNameParticle(String w) {
        return nameParticles.contains(w);
    }

    /** A particle between the words of a town's name: a person's ("de") or a town's own ("nad", "an"). */
    boolean isPlaceParticle(String w) {
        return nameParticles.contains(w) || placeParticles.contains(w);
    }

    /** A building's or square's word that makes a place of the body named before it (building-words.txt). */
    boolean isBuildingWord(String w) {
        return buildingWords.contains(w);
    }

    /** A word that makes a place of the number after it (numbered-place-words.txt). */
    boolean isNumberedPlaceWord(String w) {
        return numberedPlaceWords.contains(w);
    }

    /** A word in small letters that makes a place of the ordinal before it ("38th parallel"). */
    boolean isOrdinalPlaceWord(String w) {
        return ordinalPlaceWords.contains(w);
    }

    /** A stopword that names what a body does when its head follows ("Information" of "Information Agency"). */
    boolean isOrgNounModifier(String w) {
        return orgNounModifiers.contains(w);
    }

    /** A word that opens a state's body's character after "of" ("National" of "Government of National Unity"). */
    boolean isStateBodyCharacter(String w) {
        return stateBodyCharacters.contains(w);
    }

    /** A head that names the members a body unites ("Youth" of "Union of Czechoslovak Youth"). */
    boolean isMemberHead(String w) {
        return memberHeads.contains(w);
    }

    /** A head that opens a body's name with the name after it ("Radio" of "Radio Tanzania"). */
    boolean isHeadBeforeName(String w) {
        return headsBeforeName.contains(w);
    }

    /** Two letters that abbreviate a word, never a forename's initial ("St.", "Dr."). */
    boolean isNotInitial(String w) {
        return notInitials.contains(w);
    }

    /** A possessive determiner, in small letters or with a capital ("our", "Their"). */
    boolean isPossessive(String w) {
        return possessives.contains(w) || !w.isEmpty() && possessives.contains(Character.toLowerCase(w.charAt(0)) + w.substring(1));
    }

    /** A plural noun whose possessive belongs inside a body's name ("People" of "People's Republic"). */
    boolean isPluralPossessor(String w) {
        return pluralPossessors.contains(w);
    }

    /** A word that opens a noun phrase ("the", "its"). */
    boolean opensNounPhrase(String w) {
        return nounPhraseOpeners.contains(w);
    }

    /** A word a role phrase never ends with ("of", "who"). */
    boolean isRoleTrailingWord(String w) {
        return roleTrailingWords.contains(w);
    }

    /** A word that makes the capitalised words after it part of a longer phrase, not a name ("of", "the"). */
    boolean isPhraseWordBeforeName(String w) {
        return phraseWordsBeforeName.contains(w);
    }

    /** "Jr", "Sr", "II" after a person's name: the generation, not a word of the name or of an office. */
    boolean isGenerationalSuffix(String w) {
        return asWrittenOrInCapitals(generationalSuffixes, w);
    }

    /** "West", "Upper", "Greater": a word that, before a place, names a part of it ("West Java", "Upper Laos"). */
    boolean isRegionPart(String w) {
        return regionParts.contains(w);
    }

    /** "districts", "provinces": a place word in the plural, after a list of names of places of its kind. */
    boolean isPluralPlaceWord(String w) {
        return pluralPlaceWords.contains(w);
    }

    /** "in", "near": a place cue no person's name follows. */
    boolean isPlaceOnlyCue(String w) {
        return placeOnlyCues.contains(w);
    }

    /**
     * Whether token {@code k} is a place cue of one word that no person follows ("in", "near", "at");
     * "at" after a word of person-at-words.txt is not ("looked at Smrkovský", "aimed at Novotný").
     */
    boolean isPlaceOnlyCueAt(Tokens t, int k) {
        String w = t.get(k).text();
        if (!isPlaceOnlyCue(w)) return false;
        if (!w.equalsIgnoreCase("at") || k == 0 || !t.adjacent(k)) return true;
        return !personAtWords.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT));
    }

    /** Whether a place cue no person's name follows ends right before token {@code i}: "in", "near", "visit to", "trip to". */
    boolean placeOnlyCueBefore(Tokens t, int i) {
        if (i < 1 || !t.adjacent(i)) return false;
        return isPlaceOnlyCueAt(t, i - 1) || i >= 2 && t.adjacent(i - 1) && isPlaceOnlyCue(t.get(i - 2).text() + " " + t.get(i - 1).text());
    }

    /** Whether "to" or "from" after a route's noun ends right before token {@code i}: "the railway to", "the line from". */
    boolean routeCueBefore(Tokens t, int i) {
        if (i < 2 || !t.adjacent(i) || !t.adjacent(i - 1)) return false;
        String cue = t.get(i - 1).text();
        return (cue.equals("to") || cue.equals("from")) && routeNouns.contains(t.get(i - 2).text());
    }

    /** "Autonomous" of "Inner Mongolian Autonomous Region": a word of a region's name that names no place alone. */
    boolean isRegionModifier(String w) {
        return regionModifiers.contains(w);
    }

    /** "Comrade", "Cdes.": the form of address of a party's members, which marks a party's record. */
    boolean isComradeWord(String w) {
        return comradeWords.contains(w);
    }

    /** An ordinal spelled out, as written or in capitals ("Second", "EIGHTH"). */
    boolean isOrdinalWord(String w) {
        return asWrittenOrInCapitals(ordinalWords, w);
    }

    /** A verb after which "to" names the person spoken or handed to ("talked", "convey"), in small letters. */
    boolean isAddresseeVerb(String w) {
        return addresseeVerbs.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * A single word with an ending of Slavic surnames ("Zabolotnev", "Kuznetsova", "Ponomarenko"). Read
     * only for words that neither the gazetteer nor the atlas knows: known towns with these endings
     * ("Rostov", "Kharkov") are found before.
     */
    boolean hasSurnameEnding(String w) {
        if (w.length() < 5 || !PhraseSet.hasLowerCase(w)) return false;
        String low = w.toLowerCase(Locale.ROOT);
        return surnameEndings.stream().anyMatch(low::endsWith);
    }

    /** Whether {@code w} opens an Arabic or Hebrew place's name ("Deir" of "Deir Yassin"). */
    boolean isPlaceOpener(String w) {
        return placeOpeners.contains(w);
    }

    /** Whether {@code w} is the abbreviated first word of a place's name ("St" of "St. George's"). */
    boolean isPlaceAbbreviation(String w) {
        return placeAbbreviations.contains(w);
    }

    /** "Alexanderplatz", "Stalinallee", "Karl-Marx-Allee": one word that names a street, square or building by its ending. */
    boolean hasPlaceWordEnding(String w) {
        String low = w.toLowerCase(Locale.ROOT);
        return placeWordEndings.stream().anyMatch(e -> low.endsWith(e) && low.length() - e.length() >= MIN_PLACE_STEM);
    }

    /** "D'Orlandi", "O'Neill": an Italian, French or Irish prefix with an apostrophe before a capital, the shape of a surname. */
    boolean isElidedSurname(String w) {
        return ELIDED_SURNAME.matcher(w).matches();
    }

    /**
     * A single word shaped like a surname: an ending of Slavic surnames whatever its diacritics
     * ("Smrkovský"), or a letter that the names of Central and Eastern Europe carry and English words
     * never do ("Wałęsa", "Šik", "Kádár"; not the "é" of "Chargé" or "Détente"). Places with such
     * letters are in the atlas and found before.
     */
    boolean looksLikeSurname(String w) {
        if (!PhraseSet.hasLowerCase(w)) return false;
        if (isElidedSurname(w)) return true;
        return hasSurnameEnding(PhraseSet.fold(w)) || w.length() >= 3 && w.codePoints().anyMatch(surnameLetters::contains);
    }

    private static Set<Integer> letters(String file) {
        Set<Integer> out = new java.util.HashSet<>();
        for (String line : DataFile.lines(file)) line.codePoints().filter(Character::isLetter).forEach(out::add);
        return Set.copyOf(out);
    }

    /** A single word with an ending only adjectives have ("Congressional"); not a name of its own. */
    boolean hasAdjectiveEnding(String w) {
        if (w.length() < 6 || !PhraseSet.hasLowerCase(w)) return false;
        String low = w.toLowerCase(Locale.ROOT);
        return adjectiveEndings.stream().anyMatch(low::endsWith);
    }

    /** A doctrine or movement word ("Marxism-Leninism", "Maoism"): never a place. */
    public boolean isDoctrine(String w) {
        for (String part : w.split("-")) {
            String p = part.toLowerCase(Locale.ROOT);
            if (p.endsWith("ism") || p.endsWith("ist")) return true;
        }
        return false;
    }
}
