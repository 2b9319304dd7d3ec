package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.source.BlockKind;

/**
 * Capitalised words that context or the atlas would take for a place but that name something
 * else: a thing of a kind, a newspaper, a law named after its author, an adjective.
 */
class NoPlaceTest {

    private static List<String> places(Found f) {
        return f.mentions().stream().filter(m -> m.contains("=place-")).toList();
    }

    @Test
    void aPluralNameCountedByAFigureIsAThingThroughoutTheDocument() {
        Found f = Found.in("The air staff showed interest in Vipers for the northern bases.",
                "The draft budget now includes 12 Vipers and spare parts.");
        assertEquals(List.of(), places(f));
    }

    @Test
    void aYearBeforeANameIsNoCount() {
        Found f = Found.in("In 1956 Hungary rose; in 1968 Czechoslovakia followed.");
        assertEquals(List.of("Hungary=place-hungary", "Czechoslovakia=place-czechoslovakia"), places(f));
    }

    @Test
    void aNameFollowedByTheNounOfItsKindIsAThing() {
        // atlas names: a region of Venezuela, a borough of London
        Found f = Found.in("They asked about the Falcon missile and, later, about Falcon deliveries.",
                "All times are Greenwich mean time.");
        assertEquals(List.of(), places(f));
    }

    @Test
    void aKnownPlaceBeforeAThingNounStaysAPlace() {
        Found f = Found.in("The Bulgarian aircraft landed; Austria aircraft orders fell.");
        assertTrue(places(f).contains("Austria=place-austria"), places(f).toString());
    }

    @Test
    void aNewspaperTitleNamesNoCity() {
        Found f = Found.in("He cited The New York Times and the Washington Post of that day.");
        assertEquals(List.of(), places(f));
    }

    @Test
    void aNameBeforeTheNounOfALawOrTreatyIsNoPlace() {
        Found f = Found.in("He asked about effects of Brandon Amendment and the removal of the country from Treasury Circular 412.",
                "Credits were governed by Carry Forward Agreements signed in Vienna.");
        assertEquals(List.of("Vienna=place-vienna"), places(f));
    }

    @Test
    void balkanIsAnAdjectiveNotTheRegionOfTheAtlas() {
        Found f = Found.in("Each of the Balkan countries weighed the Balkan Pact.");
        assertEquals(List.of(), places(f));
    }

    @Test
    void anUnknownWordBeforeOfAfterACueHeadsATitleNotAPlace() {
        Found f = Found.in("He wrote to Heads of Government and spoke to visiting Members of Parliament; the talks were held in Zelvora.");
        assertEquals(List.of("Zelvora=place-zelvora"), places(f));
    }

    @Test
    void theFirstWordOfABodysNameIsItsShortNameNotAPlace() {
        Found f = Found.in("The Norvex Bank will lend; the charter granted to Norvex runs out in June.");
        assertTrue(places(f).isEmpty(), places(f).toString());
    }

    @Test
    void aNameBeforeJuniorOnADatelineLineIsAPersonsNotAPlace() {
        Found f = Found.blocks(new EntityRecogniser.Input("Ruston Blake, Jr., EUR/EE", BlockKind.DATELINE),
                new EntityRecogniser.Input("Tolbukhin, 3 May 1970", BlockKind.DATELINE));
        assertEquals(List.of("Tolbukhin=place-tolbukhin"), places(f));
    }
}
