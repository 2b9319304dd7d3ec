package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.source.BlockKind;

/** The passes of {@link EntityRecogniser#PASSES} one by one: each fires on its own fixture and not on a near miss. */
class EntityPassTest {
    private static final EntityRecogniser RECOGNISER = Found.RECOGNISER;

    /** The names the passes find in one paragraph, run alone in the order given, as written. */
    private static List<String> found(String text, String... passes) {
        EntityRecogniser.Run run = new EntityRecogniser.Run(RECOGNISER, List.of(new EntityRecogniser.Input(text, BlockKind.PARAGRAPH)));
        // the place passes ask which words name persons; run alone, none does
        run.personOrCommon = w -> false;
        for (String pass : passes) EntityRecogniser.Pass.named(pass).work().run(RECOGNISER, run);
        return run.names.stream().map(NameFound::surface).toList();
    }

    @Test
    void theOrderIsTheDocumentedOne() {
        assertEquals(List.of("publication-titles", "thing-names", "organisations", "place-words", "known-names", "cued-atlas-names", "eponym-cities", "surroundings-places", "outline-letters", "sign-off", "person-rules",
                "person-clusters", "person-mentions", "eponym-bodies", "acronyms-explained", "acronyms-cued", "place-variants-before",
                "atlas-places", "atlas-variants-before", "context-places", "bracketed-variants", "further-mentions"),
                EntityRecogniser.PASSES.stream().map(EntityRecogniser.Pass::name).toList());
    }

    @Test
    void thingNamesKeepTheKnownPlaceOfATreatyOrAShipFromTheGazetteersPass() {
        assertEquals(List.of(), found("The Helsinki Final Act was signed; the tanker Moscow sailed.", "thing-names", "known-names"));
        assertEquals(List.of("Helsinki", "Moscow"), found("The act was signed in Helsinki; the tanker sailed to Moscow.", "thing-names", "known-names"));
    }

    @Test
    void eponymCitiesNeedACueNoPersonFollows() {
        assertEquals(List.of("Choibalsan"), found("The herds wintered near Choibalsan.", "eponym-cities"));
        assertEquals(List.of(), found("The herds were counted by Choibalsan.", "eponym-cities"));
        assertEquals(List.of(), found("Nothing changed in Choibalsan's view.", "eponym-cities"));
    }

    @Test
    void eponymBodiesWrapAPersonFoundBeforeTheNounOfAnInstitution() {
        assertEquals(List.of("Johnson Library"), found("Source: Johnson Library, Country File.", "person-rules", "eponym-bodies"));
        assertEquals(List.of(), found("Trade under the Kennedy Round.", "person-rules", "eponym-bodies"));
    }

    @Test
    void organisationsReadAHeadWithWhatItServesNotABareHead() {
        assertEquals(List.of("Trade Mission of Ruritania"), found("Talks at the Trade Mission of Ruritania began.", "organisations"));
        assertEquals(List.of(), found("Talks at the Mission began.", "organisations"));
    }

    @Test
    void placeWordsKeepTheWordInTheName() {
        assertEquals(List.of("Zelvora region", "Zelvora"), found("Snow fell in the Zelvora region.", "place-words"));
        assertEquals(List.of(), found("Snow fell in the region.", "place-words"));
    }

    @Test
    void contextPlacesNeedACue() {
        assertEquals(List.of("Zelvora"), found("The delegation stayed in Zelvora for a week.", "context-places"));
        assertEquals(List.of(), found("The delegation praised Zelvora for a week.", "context-places"));
    }

    @Test
    void aPublicationsTitleTakesItsWordsFromThePlacePasses() {
        assertEquals(List.of(), found("He read it in The New York Times.", "publication-titles", "atlas-places", "atlas-variants-before", "context-places"));
        assertEquals(List.of("York"), found("He read it in York.", "publication-titles", "atlas-places", "atlas-variants-before", "context-places"));
    }

    @Test
    void anEarlierPassTakesTheTokensALaterPassWouldRead() {
        // the place word claims "Zelvora region" (the name alone nested in it); the cue "in" then finds nothing more of its own
        assertEquals(List.of("Zelvora region", "Zelvora"), found("Snow fell in Zelvora region.", "place-words", "context-places"));
    }
}
