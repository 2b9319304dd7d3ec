package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of error in places and organisations found on a twelfth batch of invented records
 * (issue 12): the Warsaw Pact's commands, party and state apparatus, nuclear bodies and the
 * foreign ministries of Western Europe. One test per class, with invented sentences: what must be
 * found, and the near miss that must not.
 */
class UncuedNamesTwelfthBatchTest {

    @Test
    void aLocatedHeadTakesAStateOrRegionButNotTheCityItSitsIn() {
        List<String> orgs = Found.orgsIn("The Eastern Group of Forces in Kraków directed the exercise.");
        assertTrue(orgs.contains("Eastern Group of Forces"), orgs.toString());
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Kraków")), "the city is where the body sits: " + orgs);
        assertTrue(Found.placesIn("The Eastern Group of Forces in Kraków directed the exercise.").contains("Kraków"));
        orgs = Found.orgsIn("The Southern Group of Forces in Hungary and the Evangelical Church in Saxony protested.");
        assertTrue(orgs.containsAll(List.of("Southern Group of Forces in Hungary", "Evangelical Church in Saxony")), orgs.toString());
    }

    @Test
    void aTownOfOneWordRightAfterInIsThePlaceBeforeAVerb() {
        Found f = Found.in("The staff in Tartu asked for trains. The council in Lviv reports daily.");
        assertTrue(f.surfaces("place-").containsAll(List.of("Tartu", "Lviv")), f.mentions().toString());
        assertTrue(f.personSurfaces().isEmpty(), "no person: " + f.mentions());
        List<String> places = Found.placesIn("The clause in Para 2 applies. Interest in Balkan politics grew.");
        assertTrue(places.isEmpty(), "a document's part or an adjective after 'in' is no town: " + places);
    }

    @Test
    void aBodyAttachedToAnotherByAtTheIsOneName() {
        List<String> orgs = Found.orgsIn("The Fisheries Commission at the Council of Ministers met on Monday.");
        assertTrue(orgs.contains("Fisheries Commission at the Council of Ministers"), orgs.toString());
        orgs = Found.orgsIn("The Commission at the Council of Ministers met. The Fisheries Commission at the Hague met.");
        assertFalse(orgs.stream().anyMatch(o -> o.contains(" at ")), "a bare head, or a place after 'at the', makes no longer name: " + orgs);
        assertTrue(orgs.contains("Fisheries Commission"), orgs.toString());
    }

    @Test
    void aDirectorateGeneralAndAChancelleryAreHeads() {
        List<String> orgs = Found.orgsIn("The Directorate General of Fisheries informed the Federal Chancellery.");
        assertTrue(orgs.containsAll(List.of("Directorate General of Fisheries", "Federal Chancellery")), orgs.toString());
        orgs = Found.orgsIn("The Chancellery agreed, and so did the Directorate.");
        assertTrue(orgs.isEmpty(), "a bare head is no name: " + orgs);
    }

    @Test
    void westernArmiesNuclearBodiesAndMinistriesByTheirSeatAreBodies() {
        Found f = Found.in("Euratom agreed. The Bundeswehr and the Bundesheer held manoeuvres. CNEN protested; the Farnesina consulted the Quai d'Orsay.");
        assertTrue(f.surfaces("org-").containsAll(List.of("Euratom", "Bundeswehr", "Bundesheer", "CNEN", "Farnesina", "Quai d'Orsay")), f.mentions().toString());
        assertTrue(f.personSurfaces().isEmpty(), "no person: " + f.mentions());
        List<String> orgs = Found.orgsIn("The ambassador dined at the Palazzo Farnese and walked along the quai.");
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Farnes")), "the palace is no ministry: " + orgs);
    }

    @Test
    void westernRegionsByTheirEnglishNamesAndTheFrontsOfThePactArePlaces() {
        List<String> places = Found.placesIn("Lombardy and Piedmont voted. Carinthia and Styria are quiet. The divisions left Wünsdorf for the Fulda Gap and the Karelian Isthmus.");
        assertTrue(places.containsAll(List.of("Lombardy", "Piedmont", "Carinthia", "Styria", "Wünsdorf", "Fulda Gap", "Karelian Isthmus")), places.toString());
        places = Found.placesIn("Sicilian wine and Tuscan oil were served; the Karelian delegates spoke.");
        assertTrue(places.isEmpty(), "adjectives are no places: " + places);
    }

    @Test
    void aBoardIsAHead() {
        List<String> orgs = Found.orgsIn("The Board of Governors of the Fisheries Agency met, and the Editorial Board agreed.");
        assertTrue(orgs.containsAll(List.of("Board of Governors of the Fisheries Agency", "Editorial Board")), orgs.toString());
        Found f = Found.in("The Board agreed on Monday.");
        assertTrue(f.mentions().isEmpty(), "a bare head is no name, nor a person: " + f.mentions());
    }

    @Test
    void centreInsideABodysNameIsNoRegion() {
        Found f = Found.in("The Centre Party and the Centre Union voted for the bill.");
        assertTrue(f.surfaces("org-").containsAll(List.of("Centre Party", "Centre Union")), f.mentions().toString());
        assertTrue(f.surfaces("place-").isEmpty(), "no region of Cameroon or Haiti: " + f.mentions());
        assertTrue(Found.placesIn("The delegation toured Central Java.").contains("Central Java"), "a part of a land stays one");
    }

    @Test
    void aBodyTheGazetteerNamesInSmallLettersIsFoundSo() {
        List<String> orgs = Found.orgsIn("According to dpa, Reuters confirmed the report.");
        assertTrue(orgs.containsAll(List.of("dpa", "Reuters")), orgs.toString());
        orgs = Found.orgsIn("The tourists saw the kremlin walls and a building of pentagon shape.");
        assertTrue(orgs.isEmpty(), "other words in small letters name no known body: " + orgs);
    }

    @Test
    void westernPartiesServicesParliamentsAndTheTestSitesAreKnown() {
        Found f = Found.in("The SPÖ and the ÖVP agree that the Nationalrat must vote. The SSIP, the HVA, the PSI and ANSA were told; the Eduskunta waits.",
                "The tests on Novaya Zemlya and at Semipalatinsk, Lop Nur and Mururoa were discussed.");
        assertTrue(f.surfaces("org-").containsAll(List.of("SPÖ", "ÖVP", "Nationalrat", "SSIP", "HVA", "PSI", "ANSA", "Eduskunta")), f.mentions().toString());
        assertTrue(f.surfaces("place-").containsAll(List.of("Novaya Zemlya", "Semipalatinsk", "Lop Nur", "Mururoa")), f.mentions().toString());
        assertTrue(Found.placesIn("They lop the branches off in the new season.").isEmpty());
    }

    @Test
    void aFlotillaIsAHead() {
        List<String> orgs = Found.orgsIn("The Vistula Flotilla stays in port, and the Amur Flotilla sailed.");
        assertTrue(orgs.containsAll(List.of("Vistula Flotilla", "Amur Flotilla")), orgs.toString());
        assertTrue(Found.orgsIn("The Flotilla sailed at dawn.").isEmpty(), "a bare head is no name");
    }

    @Test
    void theSeatsOfGovernmentAndTheServicesOfThePactAreBodies() {
        Found f = Found.in("The Élysée wants the treaty. Matignon, Palazzo Chigi and the Viminale agree; the GRU told the Volksmarine.");
        assertTrue(f.surfaces("org-").containsAll(List.of("Élysée", "Matignon", "Palazzo Chigi", "Viminale", "GRU", "Volksmarine")), f.mentions().toString());
        assertTrue(f.personSurfaces().isEmpty(), "no person: " + f.mentions());
        Found near = Found.in("Mr. Chigi walked up the Viminal Hill to the Palazzo Venezia.");
        assertFalse(near.surfaces("org-").stream().anyMatch(o -> o.startsWith("Vimina") || o.contains("Chigi")), "a hill, a palace or a man of the name is no ministry: " + near.mentions());
    }

    @Test
    void theMemberStatesOfAnAllianceInAComplementEndTheName() {
        List<String> orgs = Found.orgsIn("The Committee of Ministers of Fisheries of the Warsaw Treaty member states met, as did the Standing Commission of the CMEA member countries.");
        assertTrue(orgs.containsAll(List.of("Committee of Ministers of Fisheries of the Warsaw Treaty member states",
                "Standing Commission of the CMEA member countries")), orgs.toString());
        orgs = Found.orgsIn("The Committee of Fisheries of Ruritania member states protested; the Council of Europe member states agreed.");
        assertFalse(orgs.stream().anyMatch(o -> o.endsWith("member states")), "after a place, or no complement, they stay outside: " + orgs);
    }
}
