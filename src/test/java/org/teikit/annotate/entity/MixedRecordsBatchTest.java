package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of error in places and organisations found on a mixed batch of invented records of
 * conversation, embassy reports, minutes and telegrams (issue 12, mixed13): routes between towns,
 * bodies "of Solidarity with" a people, a known body after its state, two bodies joined by "and the",
 * and Mongolia's aimags and towns. One test per class, with invented sentences: what must be found,
 * and the near miss that must not.
 */
class MixedRecordsBatchTest {

    @Test
    void aRoutesNounBeforeFromOrToTakesOnlyPlaces() {
        Found f = Found.in("The brigade will repair the railway from Dong Ha to Vinh. Coal goes by the road to Choibalsan.");
        assertTrue(f.surfaces("place-").containsAll(List.of("Dong Ha", "Vinh", "Choibalsan")), f.mentions().toString());
        assertTrue(f.personSurfaces().isEmpty(), "no person: " + f.mentions());
        f = Found.in("A letter from Dong Biwu to Mao Zedong arrived. He wrote to Choibalsan.");
        assertTrue(f.personSurfaces().containsAll(List.of("Dong Biwu", "Choibalsan")), "a letter goes from and to persons: " + f.mentions());
        assertFalse(f.surfaces("place-").contains("Choibalsan"), f.mentions().toString());
        f = Found.in("The ambassador paid a visit to Molotov. Then he paid a visit to Pak Chang-ok.");
        assertTrue(f.surfaces("place-").isEmpty(), "a visit goes to persons too: " + f.mentions());
        assertTrue(f.personSurfaces().containsAll(List.of("Molotov", "Pak Chang-ok")), f.mentions().toString());
    }

    @Test
    void aNounThatTakesWithCarriesABodysNameOverWith() {
        List<String> orgs = Found.orgsIn("The Hungarian Committee of Solidarity with the People of Laos sent aid.");
        assertTrue(orgs.contains("Hungarian Committee of Solidarity with the People of Laos"), orgs.toString());
        orgs = Found.orgsIn("The Ministry of Agriculture with the Embassy of Romania prepared the visit.");
        assertFalse(orgs.stream().anyMatch(o -> o.contains(" with ")), "'with' after any other noun ends the name: " + orgs);
        assertTrue(orgs.containsAll(List.of("Ministry of Agriculture", "Embassy of Romania")), orgs.toString());
    }

    @Test
    void aKnownBodyRightAfterItsStateIsNamedWithIt() {
        List<String> orgs = Found.orgsIn("The decree of the USSR Supreme Soviet was published.");
        assertTrue(orgs.contains("USSR Supreme Soviet"), orgs.toString());
        assertFalse(orgs.contains("Supreme Soviet"), orgs.toString());
        Found f = Found.in("In the USSR TASS reported the decree.");
        assertTrue(f.surfaces("org-").contains("TASS"), f.mentions().toString());
        assertFalse(f.surfaces("org-").contains("USSR TASS"), "after 'in' the state is where the body speaks: " + f.mentions());
        assertTrue(f.surfaces("place-").contains("USSR"), f.mentions().toString());
    }

    @Test
    void aStateWithAWordAfterItOpensABodyOfItsOwnAfterAndThe() {
        List<String> orgs = Found.orgsIn("The GDR Council of State and the MPR Great People's Khural exchanged greetings.");
        assertTrue(orgs.containsAll(List.of("GDR Council of State", "MPR Great People's Khural")), orgs.toString());
        assertFalse(orgs.stream().anyMatch(o -> o.contains(" and ")), orgs.toString());
        orgs = Found.orgsIn("The Commission for Trade with Poland and the GDR met.");
        assertEquals(List.of("Commission for Trade with Poland and the GDR"), orgs, "a state closing the name stays in it");
    }

    @Test
    void mongoliasAimagsAndTownsAsTheRecordsSpellThemArePlaces() {
        List<String> places = Found.placesIn("The divisions in Choir and Sainshand stayed; the team surveyed Ömnögovi and Govi-Altai and went on to Erenhot.");
        assertTrue(places.containsAll(List.of("Choir", "Sainshand", "Ömnögovi", "Govi-Altai", "Erenhot")), places.toString());
        places = Found.placesIn("The choir sang in the hall.");
        assertTrue(places.isEmpty(), "the word in small letters is no town: " + places);
    }
}
