package org.teikit.annotate.entity;

import java.util.List;
import java.util.function.Predicate;

/**
 * Places the gazetteer does not know, and other spellings of those it knows, from the text around
 * them. The passes live in classes of one job each, in the order {@code EntityRecogniser} runs them:
 * {@link PlaceWordNames} (a word of the place's kind), {@link AtlasPlaces} (the atlas after a cue,
 * and once persons are known), {@link VariantNames} (the editor's other spellings) and
 * {@link CuedPlaces} (a cue, a dateline), {@link EponymPlaces} (a city named after a leader); {@link PlaceNameRun} and {@link PlaceCues} are what they share.
 */
final class PlaceRules {
    private final PlaceWordNames placeWords;
    private final AtlasPlaces atlas;
    private final CuedPlaces cued;
    private final VariantNames variants;
    private final EponymPlaces eponyms;

    PlaceRules(Lexicon lexicon, NameReader names) {
        PlaceNameRun run = new PlaceNameRun(lexicon, names);
        PlaceCues cues = new PlaceCues(lexicon);
        this.placeWords = new PlaceWordNames(lexicon, run);
        this.atlas = new AtlasPlaces(lexicon, names, cues);
        this.cued = new CuedPlaces(lexicon, run, cues);
        this.variants = new VariantNames(names, run);
        this.eponyms = new EponymPlaces(lexicon, cues, BuiltInData.eponymPlaces());
    }

    /** "near Choibalsan": a city named after a leader by his name, after a cue no person follows, before "where", in a list of places. */
    List<NameFound> eponymCities(TextScan s, Hits hits) {
        return eponyms.find(s, hits);
    }

    /** "Khabarovsk region", "Damansky Island": the place word stays in the name. */
    List<NameFound> withPlaceWords(TextScan s, Hits hits) {
        return placeWords.withPlaceWords(s, hits);
    }

    /** Atlas names of two words or more right after a place cue, before the persons are read. */
    List<NameFound> cuedAtlasNames(TextScan s, Hits atlasHits, Hits known) {
        return atlas.cuedAtlasNames(s, atlasHits, known);
    }

    /** Cities and regions of the atlas on the tokens still free once persons are known. */
    List<NameFound> fromAtlas(TextScan s, Hits atlasHits, Predicate<String> isPerson, Predicate<KnownEntity> needsCue) {
        return atlas.fromAtlas(s, atlasHits, isPerson, needsCue);
    }

    /** Places after a cue and at the head of dateline lines. */
    List<NameFound> fromContext(TextScan s, Predicate<String> isPerson) {
        return cued.fromContext(s, isPerson);
    }

    /** Places after a cue of surroundings no person follows ("west of Do Luong"), before the persons are read. */
    List<NameFound> beforePersons(TextScan s, Predicate<String> isCommon) {
        return cued.beforePersons(s, isCommon);
    }

    /** "Ulan Bator [Ulaanbaatar]": the bracketed form after a name names the same entity. */
    List<NameFound> bracketedVariants(TextScan s, List<NameFound> names) {
        return variants.bracketedVariants(s, names);
    }

    /** "Panmunjeom [Panmunjom]": the free name before a bracketed known name is another spelling of it. */
    List<NameFound> variantsBefore(TextScan s, List<NameFound> found) {
        return variants.variantsBefore(s, found);
    }
}
