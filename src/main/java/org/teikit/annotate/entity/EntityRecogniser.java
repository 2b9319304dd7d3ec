package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.teikit.annotate.EntityType;
import org.teikit.source.BlockKind;

/**
 * Finds the persons, places and organisations of a whole document, in two passes: the first
 * finds the names the texts make plain (titles, gazetteer, the shapes of names, the grammar of
 * organisations) and groups them into persons and entities; the second finds every further
 * mention of those ("Basmanov" after "Comrade Basmanov", "KIS" after "KIS (Kim Il Sung)") and
 * the places that only context shows. Immutable and thread-safe: each call works on its own state.
 */
public final class EntityRecogniser {
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final Atlas atlas;
    private final OrgGrammar orgs;
    private final PersonRules persons;
    private final PlaceRules places;
    private final Acronyms acronyms;
    private final List<KnownEntity> authorityPersons;

    /** A recogniser with the built-in data only. */
    public EntityRecogniser() {
        this(List.of());
    }

    /** A recogniser whose user entities win over the built-in data and over every guess. */
    public EntityRecogniser(List<KnownEntity> userEntities) {
        this.lexicon = new Lexicon();
        this.gazetteer = new Gazetteer(userEntities, BuiltInData.load());
        this.atlas = new Atlas(gazetteer);
        this.orgs = new OrgGrammar(lexicon);
        this.persons = new PersonRules(lexicon, gazetteer.entities());
        this.places = new PlaceRules(lexicon, persons.names());
        this.acronyms = new Acronyms(lexicon);
        this.authorityPersons = userEntities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    /** One text of the document and the kind of block it is ({@code null} for header fields). */
    public record Input(String text, BlockKind kind) { }

    public DocumentEntities recognise(List<Input> inputs) {
        List<TextScan> scans = new ArrayList<>();
        List<Hits> hits = new ArrayList<>();
        List<Hits> atlasHits = new ArrayList<>();
        List<Hits> allHits = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            TextScan s = new TextScan(i, inputs.get(i).text(), inputs.get(i).kind());
            scans.add(s);
            hits.add(gazetteerHits(s));
            atlasHits.add(atlasHits(s));
            allHits.add(atlasHits.get(i).overlaidWith(hits.get(i)));
        }
        List<NameFound> names = new ArrayList<>();
        List<PersonFound> people = new ArrayList<>();
        // bodies and place words may hold atlas names ("Mosul Petroleum Company", "Anbar province"): the name around them is plain
        for (TextScan s : scans) names.addAll(orgs.find(s, allHits.get(s.index)));
        for (TextScan s : scans) names.addAll(places.withPlaceWords(s, allHits.get(s.index)));
        for (TextScan s : scans) names.addAll(knownNames(s, hits.get(s.index)));
        Set<String> commonWords = lowerCaseWords(scans);
        // outline letters ("A. Introduction") are no initials; the name a telegram is signed off with is a person
        PersonRules.claimOutlineLetters(scans);
        int signOff = PersonRules.signOffText(scans);
        if (signOff >= 0) {
            persons.signOff(scans.get(signOff), hits.get(signOff), w -> commonWords.contains(PersonClusters.fold(w)), people);
        }
        for (TextScan s : scans) people.addAll(persons.find(s, hits.get(s.index)));
        List<PersonClusters.Cluster> clusters = PersonClusters.build(people, authorityPersons, commonWords);

        MentionFinder again = new MentionFinder(lexicon, persons, clusters,
                w -> !commonWords.contains(PersonClusters.fold(w)) && !lexicon.isStopword(w) && !gazetteer.knowsWord(w));
        for (TextScan s : scans) again.persons(s);
        // names listed with a person found so far ("Thompson and Bohlen") are persons too; then their further mentions
        if (again.coordinated(scans)) {
            for (TextScan s : scans) again.persons(s);
        }
        Map<Integer, List<NameFound>> bodiesByText = names.stream().collect(Collectors.groupingBy(NameFound::text));
        for (TextScan s : scans) names.addAll(acronyms.explained(s, bodiesByText.getOrDefault(s.index, List.of())));
        for (TextScan s : scans) names.addAll(acronyms.cued(s, hits.get(s.index)));
        Set<String> personWords = again.personWords();
        Predicate<String> personOrCommon = surface -> personWords.contains(PersonClusters.fold(surface))
                || !surface.contains(" ") && commonWords.contains(PersonClusters.fold(surface));
        // before context guesses claim it: "Panmunjeom [Panmunjom]" is the known place, not a place of its own
        Map<Integer, List<NameFound>> knownByText = names.stream().collect(Collectors.groupingBy(NameFound::text));
        for (TextScan s : scans) names.addAll(places.variantsBefore(s, knownByText.getOrDefault(s.index, List.of())));
        for (TextScan s : scans) names.addAll(places.fromAtlas(s, atlasHits.get(s.index), personOrCommon, atlas::isCommonWord));
        for (TextScan s : scans) {
            names.addAll(places.fromContext(s, personOrCommon));
        }
        // Grouped once, not filtered per text: a document of many texts must not cost their square.
        Map<Integer, List<NameFound>> byText = names.stream().collect(Collectors.groupingBy(NameFound::text));
        for (TextScan s : scans) names.addAll(places.bracketedVariants(s, byText.getOrDefault(s.index, List.of())));
        PhraseSet<NameFound> docNames = MentionFinder.documentNames(names);
        for (TextScan s : scans) names.addAll(again.names(s, docNames));
        return new RegisterBuilder(scans).build(clusters, names);
    }

    /**
     * The words the document writes in small letters ("developments", "support"): written with a
     * capital elsewhere they open a sentence or a heading, they do not name anyone or anywhere.
     */
    private static Set<String> lowerCaseWords(List<TextScan> scans) {
        Set<String> out = new HashSet<>();
        for (TextScan s : scans) {
            for (Token t : s.tokens.list()) {
                if (t.isWord() && t.isLowerCase()) out.add(PersonClusters.fold(t.text()));
            }
        }
        return out;
    }

    private Hits gazetteerHits(TextScan s) {
        Hits out = new Hits();
        for (int i = 0; i < s.tokens.size(); i++) {
            if (!s.tokens.get(i).isCapitalised() || lexicon.publications.matchAt(s.tokens, i) != null) continue;
            PhraseSet.Match<KnownEntity> m = gazetteer.matchAt(s.tokens, i);
            if (m != null) out.put(m);
        }
        for (int i = 0; i < s.tokens.size(); i++) {
            PhraseSet.Match<KnownEntity> formal = formalStateName(s.tokens, i, out);
            if (formal != null) out.put(formal);
        }
        for (int i = 0; i < s.tokens.size(); i++) {
            PhraseSet.Match<KnownEntity> completed = Gazetteer.completedBySupplied(s.tokens, i, out);
            if (completed != null) out.put(completed);
        }
        return out;
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
        if (state == null || !"state".equals(state.value().subtype()) || !t.adjacent(np)) return null;
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
        return new PhraseSet.Match<>(i, head.to(), new PhraseSet.Phrase<>(List.of(), List.of(), state.name(), state), false);
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
        return out;
    }

    /** The known places and organisations left on free tokens once organisations are parsed. */
    private static List<NameFound> knownNames(TextScan s, Hits hits) {
        List<NameFound> out = new ArrayList<>();
        for (int i = 0; i < s.tokens.size(); i++) {
            PhraseSet.Match<KnownEntity> m = hits.at(i);
            if (m == null || m.value().type() == EntityType.PERSON || !s.free(m.from(), m.to())) continue;
            KnownEntity e = m.value();
            NameFound n = new NameFound(s.index, m.from(), m.to(), e.type(), e.subtype(), e, e.id().value(), s.span(m.from(), m.to()), null);
            out.add(n);
            s.claim(m.from(), m.to(), n);
            i = m.to() - 1;
        }
        return out;
    }
}
