package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Places beyond the capitals: the generated atlas of cities and regions, names of the period, rivers, squares, Arabic names. */
class AtlasPlaceTest {

    private static List<String> places(Found f) {
        return f.mentions().stream().filter(m -> m.contains("=place-")).toList();
    }

    @Test
    void citiesOfAHundredThousandAreKnownWithTheirRegister() {
        Found f = Found.in("The delegation travelled on to Samarkand and Kandahar.");
        assertEquals(List.of("Samarkand=place-samarkand-uz", "Kandahar=place-kandahar-af"), places(f));
        assertEquals("city", f.entry("place-samarkand-uz").subtype());
        assertEquals("Kandahār", f.entry("place-kandahar-af").name());
        assertNull(f.span("Samarkand").cert(), "a known place is no guess");
    }

    @Test
    void firstLevelRegionsAreKnownAlsoWithoutTheirArticle() {
        Found f = Found.in("Fighting spread to Anbar and to Uttar Pradesh.");
        assertEquals(List.of("Anbar=place-al-anbar-iq", "Uttar Pradesh=place-uttar-pradesh-in"), places(f));
        assertEquals("region", f.entry("place-uttar-pradesh-in").subtype());
    }

    @Test
    void historicLandsMountainsAndBattlefieldsOfThePeriodAreKnown() {
        Found f = Found.in("The report concerned Titograd, Yenan, Antung and the Kuriles.",
                "It concerned Bohemia and Moravia, Dobruja, Biafra, Central Asia and the Caucasus.",
                "It concerned Mount Paektu, Kumgang, Dien Bien Phu and Abyssinia.");
        List<String> p = places(f);
        for (String expected : List.of("Titograd=place-podgorica", "Yenan=place-yanan", "Antung=place-dandong",
                "Kuriles=place-kuril-islands", "Bohemia=place-bohemia", "Moravia=place-moravia", "Dobruja=place-dobruja",
                "Biafra=place-biafra", "Central Asia=place-central-asia", "Caucasus=place-caucasus",
                "Mount Paektu=place-paektu", "Kumgang=place-kumgang", "Dien Bien Phu=place-dien-bien-phu",
                "Abyssinia=place-ethiopia")) {
            assertTrue(p.contains(expected), expected + " in " + p);
        }
        assertNull(f.span("Titograd").cert(), "a known place is no guess");
    }

    @Test
    void namesOfThePeriodPointAtTheSamePlaceAsTodaysNames() {
        Found f = Found.in("Flights from Dacca to Léopoldville via Karl-Marx-Stadt.", "Kinshasa replied.");
        assertEquals(List.of("Dacca=place-dhaka", "Léopoldville=place-kinshasa", "Karl-Marx-Stadt=place-chemnitz",
                "Kinshasa=place-kinshasa"), places(f));
    }

    @Test
    void aCityNamedLikeACommonWordNeedsACue() {
        String text = "Reading the report, he found that the office in Reading had closed. Nice work was done in Nice.";
        Found f = Found.in(text);
        assertEquals(List.of("Reading=place-reading-gb", "Nice=place-nice-fr"), places(f));
        assertEquals(List.of(text.indexOf("in Reading") + 3, text.indexOf("in Nice") + 3),
                f.result.spans().get(0).stream().map(s -> s.start()).toList());
    }

    @Test
    void aCityNamedLikeAPersonIsAPlaceOnlyAfterACue() {
        Found f = Found.in("Jackson said that the convoy went to Jackson.", "Lincoln Gordon flew to Lincoln.");
        assertEquals(List.of("Jackson=place-jackson-us", "Lincoln=place-lincoln-gb"), places(f));
        assertTrue(f.result.spans().get(0).stream().allMatch(s -> s.start() > 0), "the speaker is no place");
    }

    @Test
    void aWordOfAPersonsNameIsNoPlace() {
        Found f = Found.in("Nur Ahmad Wardak arrived; Wardak said he came from Wardak province.");
        // the person's words stay persons; "Wardak" nests in "Wardak province" only (UncuedNamesSeventhBatchTest)
        assertEquals(List.of("Wardak province=place-wardak-province", "Wardak=place-wardak"), places(f));
    }

    @Test
    void arabicPlaceNamesAreTakenWithTheirArticle() {
        Found f = Found.in("The column moved from Tell al-Abyad to Hammam al-Sheikh and Mosul.");
        assertEquals(List.of("Tell al-Abyad=place-tell-al-abyad", "Hammam al-Sheikh=place-hammam-al-sheikh", "Mosul=place-mosul"), places(f));
    }

    @Test
    void riversPlainsSquaresAndHallsArePlaces() {
        Found f = Found.in("They crossed the Ondava River near the Plain of Reeds and met in the Great Hall of the People on Varna Square.");
        assertEquals(List.of("Ondava River=place-ondava-river", "Plain of Reeds=place-plain-of-reeds",
                "Great Hall of the People=place-great-hall-of-the-people", "Varna Square=place-varna-square"), places(f));
    }

    @Test
    void lettersInCapitalsAreNoAtlasNames() {
        Found f = Found.in("THE MAN FROM THE BAR");
        assertTrue(places(f).isEmpty(), places(f).toString());
    }
}
