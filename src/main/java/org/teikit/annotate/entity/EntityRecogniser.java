package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.teikit.annotate.EntityType;
import org.teikit.source.BlockKind;

/**
 * Finds the persons, places and organisations of a whole document by the passes of
 * {@link #PASSES}, in their order: the first find the names the texts make plain (titles,
 * gazetteer, the shapes of names, the grammar of organisations) and group them into persons and
 * entities; the later ones find every further mention of those ("Basmanov" after "Comrade
 * Basmanov", "KIS" after "KIS (Kim Il Sung)") and the places that only context shows. Immutable and thread-safe: each call works on its own state.
 */
public final class EntityRecogniser {
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    /** The words a name of a body or law may run on for after a state's name that opens it. */
    private static final int MAX_NAME_WORDS = 3;
    /** The owner of a publication's title: no name may take its words. */
    private static final Object PUBLICATION = new Object();
    private final Lexicon lexicon;
    private final PlaceSurnames placeSurnames;
    private final Gazetteer gazetteer;
    private final Atlas atlas;
    private final OrgGrammar orgs;
    private final PersonRules persons;
    private final PlaceRules places;
    private final Acronyms acronyms;
    private final ThingNameClaims thingNames;
    private final List<KnownEntity> authorityPersons;

    /** A recogniser with the built-in data only. */
    public EntityRecogniser() {
        this(List.of());
    }

    /** A recogniser whose user entities win over the built-in data and over every guess. */
    public EntityRecogniser(List<KnownEntity> userEntities) {
        this.lexicon = new Lexicon();
        this.placeSurnames = new PlaceSurnames(lexicon);
        this.gazetteer = new Gazetteer(userEntities, BuiltInData.load());
        this.atlas = new Atlas(gazetteer, lexicon::isRegionPart);
        this.orgs = new OrgGrammar(lexicon);
        this.persons = new PersonRules(lexicon, gazetteer.entities(), atlas::namesPlace);
        this.places = new PlaceRules(lexicon, persons.names());
        this.acronyms = new Acronyms(lexicon, orgs);
        this.thingNames = new ThingNameClaims(lexicon);
        this.authorityPersons = userEntities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    /** One text of the document and the kind of block it is ({@code null} for header fields). */
    public record Input(String text, BlockKind kind) { }

    /**
     * The passes over a whole document, in the order they run: each pass claims the tokens of what
     * it finds, so an earlier pass wins over a later one. Bodies and place words come first, for
     * they may hold atlas names ("Mosul Petroleum Company", "Anbar province") whose name around them
     * is plain; then the persons, then what only context shows, once the persons are known.
     */
    static final List<Pass> PASSES = List.of(
            new Pass("publication-titles", "The New York Times (no York)", EntityRecogniser::publicationTitles),
            new Pass("thing-names", "the Helsinki Final Act, the tanker Bucharest (no place)", EntityRecogniser::thingNames),
            new Pass("organisations", "Embassy of the GDR in the DPRK", EntityRecogniser::organisations),
            new Pass("place-words", "Khabarovsk region, Damansky Island", EntityRecogniser::placeWords),
            new Pass("known-names", "the places and bodies of the gazetteer", EntityRecogniser::knownNames),
            new Pass("cued-atlas-names", "near Nam Dinh (no person)", EntityRecogniser::cuedAtlasNames),
            new Pass("eponym-cities", "near Choibalsan (no person)", EntityRecogniser::eponymCities),
            new Pass("surroundings-places", "west of Do Luong, the miners of Lupeni (no person)", EntityRecogniser::surroundingsPlaces),
            new Pass("outline-letters", "A. Introduction (no initial)", EntityRecogniser::outlineLetters),
            new Pass("sign-off", "Rusk, the telegram's last line", EntityRecogniser::signOff),
            new Pass("person-rules", "PersonRules.ORDER in every text", EntityRecogniser::personRules),
            new Pass("person-clusters", "Comrade Basmanov and Basmanov are one person", EntityRecogniser::personClusters),
            new Pass("person-mentions", "Basmanov again; Thompson and Bohlen", EntityRecogniser::personMentions),
            new Pass("eponym-bodies", "Johnson Library (an organisation, Johnson in it)", EntityRecogniser::eponymBodies),
            new Pass("acronyms-explained", "FUNK (National United Front of Kampuchea)", EntityRecogniser::acronymsExplained),
            new Pass("acronyms-cued", "the ZANU leadership", EntityRecogniser::acronymsCued),
            new Pass("place-variants-before", "Panmunjeom [Panmunjom]", EntityRecogniser::placeVariantsBefore),
            new Pass("atlas-places", "cities and regions of the atlas", EntityRecogniser::atlasPlaces),
            new Pass("atlas-variants-before", "Hangchow [Hangzhou], IMAR [Inner Mongolian Autonomous Region]", EntityRecogniser::placeVariantsBefore),
            new Pass("context-places", "in Huicheon, the provinces of Anhui and Gansu", EntityRecogniser::contextPlaces),
            new Pass("bracketed-variants", "Ulan Bator [Ulaanbaatar]", EntityRecogniser::bracketedVariants),
            new Pass("further-mentions", "KIS after KIS (Kim Il Sung)", EntityRecogniser::furtherMentions));

    /**
     * One pass over a whole document.
     *
     * @param name    what the pass is called in tests and notes
     * @param example what it finds
     */
    record Pass(String name, String example, Work work) {
        /** The pass's work on one document's run. */
        @FunctionalInterface
        interface Work {
            void run(EntityRecogniser recogniser, Run run);
        }

        /** The pass of {@link #PASSES} called {@code name}. */
        static Pass named(String name) {
            return PASSES.stream().filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no entity pass " + name));
        }
    }

    /** What the passes over one document share: its texts, the known names in them, and what is found so far. */
    static final class Run {
        final List<TextScan> scans = new ArrayList<>();
        /** Per text: the gazetteer's names, the atlas's, and both (the gazetteer's winning). */
        final List<Hits> hits = new ArrayList<>();
        final List<Hits> atlasHits = new ArrayList<>();
        final List<Hits> allHits = new ArrayList<>();
        final List<NameFound> names = new ArrayList<>();
        final List<PersonFound> people = new ArrayList<>();
        final Set<String> commonWords;
        /** How often the document writes each word: a spelling it repeats is its own, no slip. */
        final Spellings spellings;
        List<PersonClusters.Cluster> clusters;
        MentionFinder again;
        /** Words the document uses for a person, or writes in small letters: no place. */
        Predicate<String> personOrCommon;
        /** Names the document uses for things, counted or named with their kind ("10 Drakens", "Falcon missile"): no place. */
        final Set<String> things;
        /** Names of languages ("in Arabic"): no place. */
        final Predicate<String> languageWord;
        /** Whether the document addresses comrades: its "Congress" alone is a party's. */
        final boolean amongComrades;

        Run(EntityRecogniser r, List<Input> inputs) {
            Set<String> alone = capitalisedWords(inputs);
            for (int i = 0; i < inputs.size(); i++) {
                scans.add(new TextScan(i, inputs.get(i).text(), inputs.get(i).kind(), (w, next) -> r.splitsNamePair(w, next, alone)));
            }
            amongComrades = scans.stream().anyMatch(s -> s.tokens.list().stream().anyMatch(t -> r.lexicon.isComradeWord(t.text())));
            for (int i = 0; i < inputs.size(); i++) {
                TextScan s = scans.get(i);
                atlasHits.add(r.atlasHits(s));
                hits.add(r.gazetteerHits(s, amongComrades).withoutPlacesInside(atlasHits.get(i)));
                allHits.add(atlasHits.get(i).overlaidWith(hits.get(i)));
            }
            commonWords = lowerCaseWords(scans);
            spellings = Spellings.of(scans);
            things = ThingNames.thingNames(scans, r.lexicon);
            languageWord = r.lexicon::isLanguage;
        }

        /** Not a place the atlas or the context may give: a person's or common word, or a thing's name. */
        boolean noPlace(String surface) {
            return personOrCommon.test(surface) || things.contains(PersonClusters.fold(surface)) || languageWord.test(surface);
        }

        /** The names found so far, by text. Grouped once per pass, not filtered per text: a document of many texts must not cost their square. */
        Map<Integer, List<NameFound>> namesByText() {
            return names.stream().collect(Collectors.groupingBy(NameFound::text));
        }
    }

    /**
     * {@link Lexicon#isNamePair}, for a word no list knows as a whole ("Viet-Nam negotiations" name a
     * state); {@code alone} holds the capitalised words the document writes as words of their own.
     */
    private boolean splitsNamePair(String word, String next, Set<String> alone) {
        return lexicon.isNamePair(word, next, alone::contains) && !gazetteer.knowsPhrase(word) && !atlas.namesPlace(word);
    }

    /** The capitalised words of the document's texts, each a token of its own ("Bogdan" of "Bogdan said", not of "Bogdan-Leddy"). */
    private static Set<String> capitalisedWords(List<Input> inputs) {
        Set<String> out = new HashSet<>();
        for (Input in : inputs) {
            for (Token t : Tokens.of(in.text()).list()) {
                if (t.isWord() && t.isCapitalised() && t.text().indexOf('-') < 0) out.add(t.text());
            }
        }
        return out;
    }

    public DocumentEntities recognise(List<Input> inputs) {
        Run run = new Run(this, inputs);
        for (Pass pass : PASSES) pass.work().run(this, run);
        return new RegisterBuilder(run.scans).build(run.clusters, run.names);
    }

    /**
     * Titles of newspapers and journals are claimed first and left untagged: "The New York Times" names
     * no city, and "Times" no person.
     */
    private void publicationTitles(Run run) {
        for (TextScan s : run.scans) {
            for (int i = 0; i < s.tokens.size(); i++) {
                PhraseSet.Match<Boolean> title = lexicon.publications.matchAt(s.tokens, i);
                if (title == null || !s.tokens.get(i).isCapitalised()) continue;
                s.claim(title.from(), title.to(), PUBLICATION);
                i = title.to() - 1;
            }
        }
    }

    private void thingNames(Run run) {
        for (TextScan s : run.scans) thingNames.claim(s, run.allHits.get(s.index));
    }

    private void organisations(Run run) {
        Set<String> ownMissions = orgs.ownMissions(run.scans, run.allHits);
        for (TextScan s : run.scans) {
            run.names.addAll(BracketedBodies.find(s, orgs, c -> atlasHits(c).overlaidWith(gazetteerHits(c, run.amongComrades)), ownMissions));
            run.names.addAll(orgs.find(s, run.allHits.get(s.index), ownMissions));
        }
    }

    private void placeWords(Run run) {
        for (TextScan s : run.scans) run.names.addAll(places.withPlaceWords(s, run.allHits.get(s.index)));
    }

    private void knownNames(Run run) {
        for (TextScan s : run.scans) run.names.addAll(knownNames(s, run.hits.get(s.index), placeSurnames));
    }

    private void cuedAtlasNames(Run run) {
        for (TextScan s : run.scans) run.names.addAll(places.cuedAtlasNames(s, run.atlasHits.get(s.index), run.hits.get(s.index)));
    }

    private void eponymCities(Run run) {
        for (TextScan s : run.scans) run.names.addAll(places.eponymCities(s, run.allHits.get(s.index)));
    }

    private void surroundingsPlaces(Run run) {
        // a name the gazetteer or the atlas knows is left to the passes that know it ("go near Kosygin" names
        // a person; "the towns of Sariwon" the atlas's town, with its own id)
        Predicate<String> common = surface -> !surface.contains(" ") && run.commonWords.contains(PersonClusters.fold(surface))
                || run.things.contains(PersonClusters.fold(surface)) || gazetteer.knowsPhrase(surface) || atlas.namesPlace(surface);
        for (TextScan s : run.scans) run.names.addAll(places.beforePersons(s, common));
    }

    private void outlineLetters(Run run) {
        PersonRules.claimOutlineLetters(run.scans);
    }

    private void signOff(Run run) {
        int signOff = SignatureNames.signOffText(run.scans);
        if (signOff >= 0) {
            persons.signatures().signOff(run.scans.get(signOff), run.hits.get(signOff), w -> run.commonWords.contains(PersonClusters.fold(w)), run.people);
        }
    }

    private void personRules(Run run) {
        for (TextScan s : run.scans) run.people.addAll(persons.find(s, run.hits.get(s.index)));
    }

    private void eponymBodies(Run run) {
        for (TextScan s : run.scans) run.names.addAll(persons.eponymBodies(s, run.people));
    }

    private void personClusters(Run run) {
        persons.confirmRecurring(run.people, run.scans);
        run.clusters = PersonClusters.build(run.people, authorityPersons, run.commonWords, run.spellings);
        PersonClusters.joinAliasesInBrackets(run.clusters, run.scans);
    }

    private void personMentions(Run run) {
        run.again = new MentionFinder(lexicon, persons, run.clusters,
                w -> !run.commonWords.contains(PersonClusters.fold(w)) && !lexicon.isStopword(w) && !gazetteer.knowsWord(w),
                run.spellings);
        for (TextScan s : run.scans) run.again.persons(s);
        // names listed with a person found so far ("Thompson and Bohlen") are persons too; then their further mentions
        if (run.again.coordinated(run.scans)) {
            for (TextScan s : run.scans) run.again.persons(s);
        }
        Set<String> personWords = run.again.personWords();
        run.personOrCommon = surface -> personWords.contains(PersonClusters.fold(surface))
                || !surface.contains(" ") && run.commonWords.contains(PersonClusters.fold(surface));
    }

    private void acronymsExplained(Run run) {
        Map<Integer, List<NameFound>> bodiesByText = run.namesByText();
        for (TextScan s : run.scans) run.names.addAll(acronyms.explained(s, bodiesByText.getOrDefault(s.index, List.of())));
        for (TextScan s : run.scans) run.names.addAll(acronyms.defined(s));
        for (TextScan s : run.scans) run.names.addAll(acronyms.qualified(s));
    }

    private void acronymsCued(Run run) {
        // an acronym the document has named already ("National Front of Rivania (NFR)") is found again with that body's other names
        Set<String> named = run.names.stream().filter(n -> n.type() == EntityType.ORG).map(NameFound::surface).collect(Collectors.toSet());
        // initials the document explains as a person's ("KIS (Kim Il Sung)") stay his wherever they stand ("KIS invited")
        for (PersonFound p : run.people) {
            if (p.abbreviation() != null) named.add(run.scans.get(p.text()).span(p.abbreviation().from(), p.abbreviation().to()));
        }
        for (TextScan s : run.scans) run.names.addAll(acronyms.cued(s, run.hits.get(s.index), named));
    }

    /** Before context guesses claim it: "Panmunjeom [Panmunjom]" is the known place, not a place of its own. */
    private void placeVariantsBefore(Run run) {
        Map<Integer, List<NameFound>> knownByText = run.namesByText();
        for (TextScan s : run.scans) run.names.addAll(places.variantsBefore(s, knownByText.getOrDefault(s.index, List.of())));
    }

    private void atlasPlaces(Run run) {
        for (TextScan s : run.scans) {
            run.names.addAll(places.fromAtlas(s, run.atlasHits.get(s.index), run::noPlace, atlas::isCommonWord));
        }
    }

    private void contextPlaces(Run run) {
        Set<String> orgOpeners = orgOpeners(run.names);
        // "had spoken of this to Rusk": a known person's surname the context alone would make a place stays the person's
        Predicate<String> noPlace = surface -> run.noPlace(surface) || orgOpeners.contains(PersonClusters.fold(surface))
                || persons.isKnownSurname(surface) || !surface.contains(" ") && Lexicon.isEnglishWord(surface);
        for (TextScan s : run.scans) run.names.addAll(places.fromContext(s, noPlace));
    }

    /**
     * The first words, folded, of the organisations of several words found so far ("Norvex" of
     * "Norvex Bank", "State" of "State Department"): alone they are the body's short name ("granted
     * to Norvex", "from State"), not a place the context would guess. A known place opening a body's
     * name ("Warsaw Pact") is found before the context is read, so this never unmakes it.
     */
    private static Set<String> orgOpeners(List<NameFound> names) {
        Set<String> out = new HashSet<>();
        for (NameFound n : names) {
            if (n.type() != EntityType.ORG || n.to() - n.from() < 2) continue;
            String first = n.surface().split("[\\s-]", 2)[0];
            out.add(PersonClusters.fold(first));
        }
        return out;
    }

    private void bracketedVariants(Run run) {
        Map<Integer, List<NameFound>> byText = run.namesByText();
        for (TextScan s : run.scans) run.names.addAll(places.bracketedVariants(s, byText.getOrDefault(s.index, List.of())));
    }

    private void furtherMentions(Run run) {
        PhraseSet<NameFound> docNames = MentionFinder.documentNames(run.names);
        for (TextScan s : run.scans) run.names.addAll(run.again.names(s, docNames));
    }

    /**
     * The words the document writes in small letters ("developments", "support"): written with a
     * capital elsewhere they open a sentence or a heading, they do not name anyone or anywhere.
     */
    private static Set<String> lowerCaseWords(List<TextScan> scans) {
        Set<String> out = new HashSet<>();
        for (TextScan s : scans) {
            for (Token t : s.tokens.list()) {
                // "al-Farra" opens in small letters but is a name with its article, no common word
                if (t.isWord() && t.isLowerCase() && !Lexicon.isArticleName(t.text())) out.add(PersonClusters.fold(t.text()));
            }
        }
        return out;
    }

    /**
     * "dpa": a body the gazetteer names in small letters, written so at token {@code i}. Other words
     * in small letters name nothing the gazetteer knows ("the kremlin walls" is no body).
     */
    private boolean inItsOwnSmallLetters(TextScan s, int i) {
        PhraseSet.Match<KnownEntity> m = gazetteer.matchAt(s.tokens, i);
        return m != null && m.value().forms().contains(s.span(m.from(), m.to()));
    }

    /** @param amongComrades whether the document addresses comrades: its "Congress" alone is a party's, not the US one */
    private Hits gazetteerHits(TextScan s, boolean amongComrades) {
        Hits out = new Hits();
        for (int i = 0; i < s.tokens.size(); i++) {
            if (!s.tokens.get(i).isCapitalised() && !inItsOwnSmallLetters(s, i) || lexicon.publications.matchAt(s.tokens, i) != null) continue;
            PhraseSet.Match<KnownEntity> m = gazetteer.matchAt(s.tokens, i);
            if (m != null && !namesAMeeting(s.tokens, m, out, amongComrades) && !opensFormalName(s.tokens, m)) out.put(m);
        }
        for (int i = 0; i < s.tokens.size(); i++) {
            PhraseSet.Match<KnownEntity> formal = formalStateName(s.tokens, i, out);
            if (formal != null) out.put(formal);
        }
        for (PhraseSet.Match<KnownEntity> cut : BracketedNames.find(s.tokens, gazetteer::matchAt)) out.put(cut);
        return out;
    }

    /**
     * "Congress" alone is the US one (orgs.tsv), but "the Party Congress", "the 23rd Congress" and
     * "the Congress of the CPSU" are a party's meetings, events and no body: a known body named by
     * one word of an event (org-closers.txt) is no hit after a name word or an ordinal that is no
     * place ("US Congress" stays; so does "The Congress" opening a sentence), nor before "of". In a document among comrades (a party's
     * record, where "Comrade" is a form of address) "the Congress" alone is the party's too.
     */
    private boolean namesAMeeting(Tokens t, PhraseSet.Match<KnownEntity> m, Hits before, boolean amongComrades) {
        int i = m.from();
        if (m.value().type() != EntityType.ORG || m.to() - i != 1 || lexicon.orgClosers.matchAt(t, i) == null) return false;
        if (m.to() < t.size() && t.adjacent(m.to()) && t.get(m.to()).is("of")) return true;
        if (i > 0 && t.adjacent(i) && before.isAt(i - 1, EntityType.PLACE)) return false;
        if (amongComrades) return true;
        if (i == 0 || !t.adjacent(i)) return false;
        String word = t.get(i - 1).text();
        // "The Congress" at a sentence's start: the article's capital is the sentence's, no name word's
        return t.get(i - 1).isCapitalised() && !word.equals("The") || ORDINAL.matcher(word).matches();
    }

    /**
     * "the Federal Republic" alone is West Germany (states.tsv), but "the Federal Republic of
     * Nigeria" is Nigeria's formal name: a known name that ends on a state's formal head right
     * before "of" only opens a longer formal name, which {@link #formalStateName} reads.
     */
    private boolean opensFormalName(Tokens t, PhraseSet.Match<KnownEntity> m) {
        if (m.value().type() != EntityType.PLACE || m.to() >= t.size() || !t.get(m.to()).text().equalsIgnoreCase("of") || !t.adjacent(m.to())) return false;
        for (int k = m.from(); k < m.to(); k++) {
            PhraseSet.Match<Boolean> head = lexicon.stateHeads.matchAt(t, k);
            if (head != null && head.to() == m.to()) return true;
        }
        return false;
    }

    /**
     * "Republic of Austria", "the Kingdom of Laos": a state's formal name the gazetteer lacks, read
     * as a name of the state it ends with; or {@code null}.
     */
    private PhraseSet.Match<KnownEntity> formalStateName(Tokens t, int i, Hits hits) {
        PhraseSet.Match<KnownEntity> known = hits.at(i);
        boolean knownPlace = known != null && known.value().type() == EntityType.PLACE;
        // a region may share its name with a people ("Somali"): the state's formal name still wins over it
        if (knownPlace && !"region".equals(known.value().subtype())) return null;
        PhraseSet.Match<KnownEntity> byAdjective = stateNameByAdjective(t, i);
        if (byAdjective != null || knownPlace) return byAdjective;
        // "Royal Government of National Union of Kampuchea": a capitalised word before the head that is no word of a
        // state's name makes the head part of a longer name, a body's, not the state's formal name
        if (i > 0 && t.adjacent(i) && t.get(i - 1).isWord() && t.get(i - 1).isCapitalised() && !t.get(i - 1).isAllCaps()
                && !lexicon.isStateModifier(t.get(i - 1).text()) && !lexicon.isStopword(t.get(i - 1).text())
                && lexicon.stateHeads.matchAt(t, i) != null) return null;
        int k = i;
        while (k < t.size() && k - i < 3 && (k == i || t.adjacent(k)) && lexicon.isStateModifier(t.get(k).text())) {
            k += k + 1 < t.size() && t.get(k + 1).text().equalsIgnoreCase("'s") ? 2 : 1;
        }
        PhraseSet.Match<Boolean> head = lexicon.stateHeads.matchAt(t, k);
        if (head == null || (k > i && !t.adjacent(k))) return null;
        int of = head.to();
        if (of >= t.size() || !t.get(of).text().equalsIgnoreCase("of") || !t.adjacent(of)) return null;
        int np = of + 1 < t.size() && t.get(of + 1).text().equalsIgnoreCase("the") ? of + 2 : of + 1;
        PhraseSet.Match<KnownEntity> state = hits.at(np);
        // "the People's Republic of Macedonia": a land that was a republic of a federation, named so with a word of a state's name before the head
        boolean land = state != null && k > i && "region".equals(state.value().subtype());
        if (state == null || !"state".equals(state.value().subtype()) && !land || !t.adjacent(np)) return null;
        return new PhraseSet.Match<>(i, state.to(), state.phrase(), false);
    }

    /**
     * "Syrian Arab Republic", "Somali Democratic Republic", "Socialist People's Libyan Arab
     * Jamahiriya": an adjective of nationality among the words of a state's formal name names that
     * state; or {@code null}.
     */
    private PhraseSet.Match<KnownEntity> stateNameByAdjective(Tokens t, int i) {
        String stateId = null;
        int k = i;
        while (k < t.size() && k - i < 6 && (k == i || t.adjacent(k))) {
            String w = t.get(k).text();
            if (stateId == null && lexicon.stateOfDemonym(w) != null) {
                stateId = lexicon.stateOfDemonym(w);
                k++;
            } else if (lexicon.isStateModifier(w)) {
                k += k + 1 < t.size() && t.get(k + 1).text().equalsIgnoreCase("'s") ? 2 : 1;
            } else {
                break;
            }
        }
        KnownEntity state = stateId == null ? null : gazetteer.byId("place-" + stateId);
        PhraseSet.Match<Boolean> head = lexicon.stateHeads.matchAt(t, k);
        if (state == null || head == null || !t.adjacent(k) || !"state".equals(state.subtype())) return null;
        // "the Austrian State Treaty", "the Mongolian State University", "the Hungarian State Security
        // Authority": a law, treaty or body named after the state, no name of it
        if (opensInstrumentOrBody(t, head.to())) return null;
        return new PhraseSet.Match<>(i, head.to(), new PhraseSet.Phrase<>(List.of(), List.of(), state.name(), state), false);
    }

    /**
     * Whether the capitalised words from token {@code k} (at most {@value #MAX_NAME_WORDS}) reach the noun of a
     * law or treaty, or a body's head: the words before them name that instrument or body.
     */
    private boolean opensInstrumentOrBody(Tokens t, int k) {
        for (int j = k; j < t.size() && j - k < MAX_NAME_WORDS && t.adjacent(j) && t.get(j).isWord() && t.get(j).isCapitalised(); j++) {
            if (lexicon.notNames.matchAt(t, j) != null || lexicon.orgHeads.matchAt(t, j) != null) return true;
        }
        return false;
    }

    /** Atlas names where the curated gazetteer knows none; names in capitals are letterhead or acronyms, not these. */
    private Hits atlasHits(TextScan s) {
        Hits out = new Hits();
        for (int i = 0; i < s.tokens.size(); i++) {
            Token t = s.tokens.get(i);
            if (!t.isCapitalised() || !PhraseSet.hasLowerCase(t.text())) continue;
            PhraseSet.Match<KnownEntity> m = atlas.matchAt(s.tokens, i);
            if (m != null) out.put(m);
        }
        for (PhraseSet.Match<KnownEntity> cut : BracketedNames.find(s.tokens, atlas::matchAt)) out.put(cut);
        return out;
    }

    /** The known places and organisations left on free tokens once organisations are parsed. */
    private static List<NameFound> knownNames(TextScan s, Hits hits, PlaceSurnames placeSurnames) {
        List<NameFound> out = new ArrayList<>();
        for (int i = 0; i < s.tokens.size(); i++) {
            PhraseSet.Match<KnownEntity> m = hits.at(i);
            if (m == null || m.value().type() == EntityType.PERSON || !s.free(m.from(), m.to()) || placeSurnames.isSurname(s, m)) continue;
            NameFound n = NameFound.known(s, m.from(), m.to(), m.value());
            out.add(n);
            s.claim(m.from(), m.to(), n);
            i = m.to() - 1;
        }
        return out;
    }
}
