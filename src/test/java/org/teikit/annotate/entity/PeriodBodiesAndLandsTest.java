package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of error in places and organisations found on a fifth batch of invented records
 * (Soviet, Mongolian, East German, Vietnamese, Lao, Cypriot, Korean, Indian, Cuban, Ethiopian,
 * Romanian, Yugoslav, Afghan, Albanian, Angolan, Indonesian reports). One test per class, with
 * invented sentences: what must be found, and the near miss that must not.
 */
class PeriodBodiesAndLandsTest {

    // places

    @Test
    void aRiverInSmallLettersAfterANameIsOnePlace() {
        List<String> found = Found.placesIn("The units crossed the Vardonka river near Telsk and stayed along the Yalu river.");
        assertTrue(found.containsAll(List.of("Vardonka river", "Yalu river")), found.toString());
        assertFalse(Found.placesIn("In spring the river rose and the village was cut off.").stream().anyMatch(p -> p.contains("river")),
                "a river word with no name before it names no place");
    }

    @Test
    void aFeastDatesASentenceAndIsNoPlaceAfterACue() {
        List<String> found = Found.placesIn("The delegation arrived in Telsk at Easter and left before Christmas.");
        assertEquals(List.of("Telsk"), found);
        found = Found.placesIn("The ship sailed from Christmas Island to Easter Island.");
        assertTrue(found.containsAll(List.of("Christmas Island", "Easter Island")), "an island named after a feast is one: " + found);
    }

    // organisations

    @Test
    void generalOrChiefBeforeAHeadOpensTheBodysName() {
        List<String> found = Found.orgsIn("The matter went to the General Assembly of the United Nations and to the General Association of Chinese Residents in Indonesia.");
        assertTrue(found.containsAll(List.of("General Assembly of the United Nations", "General Association of Chinese Residents in Indonesia")), found.toString());
        found = Found.orgsIn("The Chief Directorate of Border Troops was informed.");
        assertTrue(found.contains("Chief Directorate of Border Troops"), found.toString());
        found = Found.orgsIn("General Suharto and General Nasution met.");
        assertTrue(found.isEmpty(), "a rank before a person opens no body: " + found);
    }

    @Test
    void aLocatedHeadTakesInAndThePlaceIntoTheName() {
        List<String> found = Found.orgsIn("The UN Force in Cyprus and the Evangelical Church in Saxony protested.");
        assertTrue(found.containsAll(List.of("UN Force in Cyprus", "Evangelical Church in Saxony")), found.toString());
        found = Found.orgsIn("The Party in Hungary held its congress; the Ministry in Prague agreed.");
        assertFalse(found.stream().anyMatch(n -> n.contains(" in ")), "after other heads 'in' says where a body sits: " + found);
        assertTrue(Found.placesIn("The Party in Hungary held its congress.").contains("Hungary"));
    }

    @Test
    void withGoesOnFromAForComplement() {
        List<String> found = Found.orgsIn("The Bulgarian Society for Friendship with the Peoples of Africa sent a delegation.");
        assertTrue(found.contains("Bulgarian Society for Friendship with the Peoples of Africa"), found.toString());
        found = Found.orgsIn("The Ministry of Foreign Affairs with the Embassy prepared the visit.");
        assertTrue(found.contains("Ministry of Foreign Affairs"), found.toString());
        assertFalse(found.stream().anyMatch(n -> n.contains("with")), found.toString());
    }

    @Test
    void aListOfPlacesClosedByAndStaysInTheComplement() {
        List<String> found = Found.orgsIn("He spoke at the Union of Students of Asia, Africa and Latin America in Prague.");
        assertTrue(found.contains("Union of Students of Asia, Africa and Latin America"), found.toString());
        found = Found.orgsIn("The Ministry of Trade of Hungary, in its note, agreed.");
        assertTrue(found.contains("Ministry of Trade of Hungary"), "no list without 'and': " + found);
    }

    @Test
    void anAcronymSpelledByTheWordsBeforeItNamesAnUnknownBody() {
        List<String> found = Found.orgsIn("He met the leaders of the Lao Neutralist Forces Committee (LNFC). The LNFC asked for rice.");
        assertTrue(found.containsAll(List.of("Lao Neutralist Forces Committee", "LNFC")), found.toString());
        assertTrue(Found.orgsIn("They discussed Most Favored Nation (MFN) treatment.").isEmpty(), "a status, no body");
        found = Found.orgsIn("He met Comrade Souk Vongsak (NLHS) yesterday.");
        assertFalse(found.contains("Souk Vongsak"), "the letters do not spell the acronym: " + found);
    }

    @Test
    void aPartysQualifierInBracketsStaysInItsName() {
        List<String> found = Found.orgsIn("The Communist Party of Nepal (Marxist-Leninist) and the CPI(M) sent greetings.");
        assertTrue(found.containsAll(List.of("Communist Party of Nepal (Marxist-Leninist)", "CPI(M)")), found.toString());
        found = Found.orgsIn("The Party of Labour (see above) met.");
        assertFalse(found.stream().anyMatch(n -> n.contains("(")), found.toString());
    }

    @Test
    void aNameBeforeAWorksNounInSmallLettersAfterTheIsABody() {
        List<String> found = Found.orgsIn("The workers of the Ikarus works and of the Wilhelm Pieck combine went on strike.");
        assertTrue(found.containsAll(List.of("Ikarus", "Wilhelm Pieck")), found.toString());
        assertTrue(found.stream().noneMatch(n -> n.endsWith("works") || n.endsWith("combine")), "the noun stays outside: " + found);
        assertTrue(Found.orgsIn("They visited the Hungarian factory near the border.").isEmpty(), "an adjective of nationality names no works");
        assertTrue(Found.orgsIn("Comrade Ri works in the Ministry.").stream().noneMatch(n -> n.contains("works")), "a verb after a person is no head");
    }

    @Test
    void anAcronymAfterAnAdjectiveOfNationalityIsABody() {
        List<String> found = Found.orgsIn("The Guatemalan FAR and the Chilean MIR sent observers.");
        assertTrue(found.containsAll(List.of("FAR", "MIR")), found.toString());
        assertTrue(Found.orgsIn("The Soviet ICBMs and the Korean DMZ were discussed.").isEmpty(), Found.orgsIn("The Soviet ICBMs and the Korean DMZ were discussed.").toString());
    }

    @Test
    void aPartysDistrictLeadershipWithItsTown() {
        List<String> found = Found.orgsIn("The SED District Leadership in Karl-Marx-Stadt reported to Berlin.");
        assertTrue(found.contains("SED District Leadership in Karl-Marx-Stadt"), found.toString());
    }

    @Test
    void theArchivesBodiesKnownByOneWord() {
        List<String> found = Found.orgsIn("The Derg and the Khalq faction opposed the Parcham; the FDJ and Wismut sent workers.");
        assertTrue(found.containsAll(List.of("Derg", "Khalq", "Parcham", "FDJ", "Wismut")), found.toString());
    }

    // places

    @Test
    void aCityNamedAfterALeaderByHisNameIsAPlaceOnlyAfterAPlaceCue() {
        Found found = Found.in("The train stopped in Choibalsan. Choibalsan said that the herds were safe.");
        assertTrue(found.mentions().contains("Choibalsan=place-choibalsan-city"), found.mentions().toString());
        assertTrue(found.mentions().stream().anyMatch(m -> m.startsWith("Choibalsan=pers-")), found.mentions().toString());
        assertTrue(Found.placesIn("It may lead to the fall of Brezhnev.").isEmpty(), "a cue with 'of' takes persons too");
        List<String> cities = Found.placesIn("The shoe works of Gottwaldov and the smelters of Stalinstadt, Karl-Marx-Stadt and Qyteti Stalin fulfilled the plan.");
        assertTrue(cities.containsAll(List.of("Gottwaldov", "Stalinstadt", "Karl-Marx-Stadt", "Qyteti Stalin")), cities.toString());
    }

    @Test
    void landsAndRiversNamedWithThe() {
        List<String> found = Found.placesIn("The miners of the Ruhr, the Saar and the Donbas; the troops along the Prut and in the Golan.");
        assertTrue(found.containsAll(List.of("Ruhr", "Saar", "Donbas", "Prut", "Golan")), found.toString());
    }

    @Test
    void streetsAndSquaresByTheirGermanWordOrEnding() {
        List<String> found = Found.placesIn("The marchers went from the Stalinallee along the Leipziger Straße to the Alexanderplatz and the Marienkirche.");
        assertTrue(found.containsAll(List.of("Stalinallee", "Leipziger Straße", "Alexanderplatz", "Marienkirche")), found.toString());
        assertTrue(Found.placesIn("Comrade Hans Kirchner and Comrade Platz spoke.").isEmpty(), Found.placesIn("Comrade Hans Kirchner and Comrade Platz spoke.").toString());
    }

    @Test
    void aKnownPlaceOpensAListOfPlacesWithoutACue() {
        List<String> found = Found.placesIn("The rebels hold everything except Asmara and Keren; the miners of Ostrava and Příbram struck.");
        assertTrue(found.containsAll(List.of("Asmara", "Keren", "Ostrava", "Příbram")), found.toString());
        found = Found.placesIn("Delegates from Hanoi and Nguyen Duy Trinh arrived.");
        assertFalse(found.contains("Nguyen Duy Trinh"), "a person after the place: " + found);
        found = Found.placesIn("Source: Presidential Library, Country File, Romania, Cables, Vol. 2.");
        assertFalse(found.contains("Cables"), "a state heads the lists of filing lines: " + found);
    }

    @Test
    void hotelsAndBordersByTheirWord() {
        List<String> found = Found.placesIn("The delegation stayed at the Koryo Hotel and then at the Hotel Metropol; the Oder-Neisse line was not discussed.");
        assertTrue(found.containsAll(List.of("Koryo Hotel", "Hotel Metropol", "Oder-Neisse line")), found.toString());
    }

    @Test
    void placeWordsInSmallLetters() {
        List<String> found = Found.placesIn("The refugees in the Karpas peninsula and on the Salang highway were counted.");
        assertTrue(found.containsAll(List.of("Karpas peninsula", "Salang highway")), found.toString());
        assertEquals(List.of(), Found.placesIn("The highway was closed."));
    }
    @Test
    void theIslandsChinaAndJapanBothClaimAreOnePlaceUnderEachName() {
        Found f = Found.in("The Diaoyu Islands, which Tokyo calls the Senkaku Islands, were raised; Mao received him at Diaoyutai.");
        assertEquals(List.of("Diaoyu Islands=place-senkaku-islands", "Tokyo=place-tokyo", "Senkaku Islands=place-senkaku-islands",
                "Mao=pers-mao", "Diaoyutai=place-diaoyutai"), f.mentions(), "the guesthouse of Beijing stays itself");
    }
    @Test
    void chineseCitiesByTheSpellingsOfThePeriod() {
        Found f = Found.in("The delegation will visit Huhhot, Urumchi and Lüda, and then Hsinking.");
        assertEquals(List.of("Huhhot=place-hohhot", "Urumchi=place-urumqi", "Lüda=place-dalian", "Hsinking=place-changchun"), f.mentions());
    }
    @Test
    void theCapitalsOfYugoslaviasRepublicsSpeakForTheirGovernments() {
        Found f = Found.in("Ljubljana wants a new border crossing; Skopje agreed. The waters off Istria and the Free Territory of Trieste.");
        assertEquals(List.of("Ljubljana=place-ljubljana", "Skopje=place-skopje", "Istria=place-istria",
                "Free Territory of Trieste=place-free-territory-of-trieste"), f.mentions());
    }
}
