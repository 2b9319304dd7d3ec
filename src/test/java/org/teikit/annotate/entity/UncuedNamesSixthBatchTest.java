package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of error in places and organisations found on a sixth batch of invented records (Korean,
 * East German, Vietnamese, Palestinian, Mozambican, Mongolian, Bulgarian, Yugoslav, Chilean,
 * Chinese, Iranian, Czechoslovak, Polish, Romanian, Soviet, Cuban, Ethiopian, Indonesian, Japanese,
 * Indian, Hungarian reports): names with no capital word or cue to show them. One test per class,
 * with invented sentences: what must be found, and the near miss that must not.
 */
class UncuedNamesSixthBatchTest {

    // places

    @Test
    void landAndWaterWordsInSmallLettersEndAName() {
        List<String> found = Found.placesIn("The army holds the Telsk heights, the Vardonka delta and the Morav strip; tankers wait in the Kesh gulf near Dorn island.");
        assertTrue(found.containsAll(List.of("Telsk heights", "Vardonka delta", "Morav strip", "Kesh gulf", "Dorn island")), found.toString());
        found = Found.placesIn("The ships passed the Suez canal and reached the Kuril islands.");
        assertTrue(found.containsAll(List.of("Suez canal", "Kuril islands")), found.toString());
        found = Found.placesIn("The ships crossed the Taiwan strait; the troops moved through the Vardonka river delta.");
        assertTrue(found.containsAll(List.of("Taiwan strait", "Vardonka river delta")), "a second place word goes on with the name: " + found);
        found = Found.placesIn("Prices reached new heights; the island was quiet and the delta flooded.");
        assertTrue(found.isEmpty(), "the words with no name before them name no place: " + found);
    }

    @Test
    void anOrdinalBeforeParallelIsALineOfLatitude() {
        List<String> found = Found.placesIn("The troops stood along the 38th parallel; the old line ran south of the 17th parallel.");
        assertEquals(List.of("38th parallel", "17th parallel"), found);
        found = Found.placesIn("The 38th session was held in parallel with the 17th plenum.");
        assertTrue(found.isEmpty(), "an ordinal before another word, or 'in parallel', is no place: " + found);
    }

    @Test
    void aTownsNameRunsOnOverItsParticles() {
        List<String> found = Found.placesIn("The leaders will meet in Horná nad Váhom and later in Lauben an der Vesna.");
        assertTrue(found.containsAll(List.of("Horná nad Váhom", "Lauben an der Vesna")), found.toString());
        found = Found.placesIn("The delegation stayed in Telsk an hour longer.");
        assertEquals(List.of("Telsk"), found, "a particle with no name after it ends the place");
    }

    @Test
    void leftAndPassedShowAPlaceWithNoOtherCue() {
        List<String> found = Found.placesIn("The group passed Dorsk at night; the families have left Vardon for the south.");
        assertTrue(found.containsAll(List.of("Dorsk", "Vardon")), found.toString());
        found = Found.placesIn("The Ambassador left Comrade Pak the draft and passed Kim Hyong the note.");
        assertTrue(found.isEmpty(), "a person after the verb stays a person: " + found);
    }

    @Test
    void aCityNamedAfterALeaderBeforeWhereOrInAListOfPlacesIsThatCity() {
        List<String> found = Found.placesIn("The delegation travelled to Togliatti and to Brezhnev, where the lorry works are.");
        assertTrue(found.contains("Brezhnev"), found.toString());
        found = Found.placesIn("Guards were formed in the factories of Brașov, Cluj and Gheorghe Gheorghiu-Dej.");
        assertTrue(found.contains("Gheorghe Gheorghiu-Dej"), found.toString());
        List<String> people = Found.personsIn("In Moscow, Brezhnev said that the talks and Gheorghe Gheorghiu-Dej would wait.");
        assertTrue(people.contains("Brezhnev"), "after a place and a comma the leader speaks: " + people);
        assertFalse(Found.placesIn("In Moscow, Brezhnev said that the talks would wait.").contains("Brezhnev"));
    }

    @Test
    void wellKnownLandsAndResidencesOfThePeriodArePlaces() {
        List<String> found = Found.placesIn("The cooperatives of Transdanubia and of the Dobrudzha, the border in the Šumava and the talks at Camp David.");
        assertTrue(found.containsAll(List.of("Transdanubia", "Dobrudzha", "Šumava", "Camp David")), found.toString());
    }

    @Test
    void thoseWhoLiveOrWorkInAPlaceShowIt() {
        List<String> found = Found.placesIn("The miners of Jastrzębie struck and the inhabitants of Dorsk fled.");
        assertTrue(found.containsAll(List.of("Jastrzębie", "Dorsk")), found.toString());
        found = Found.placesIn("The miners of the Vardon pit and the inhabitants of this town waited.");
        assertTrue(found.isEmpty(), "a body or a word in small letters after the cue is no place: " + found);
    }

    @Test
    void aSquareNamedAfterAnEventIsAPlace() {
        List<String> found = Found.placesIn("The rally in Revolution Square was followed by a march along Uprising Street.");
        assertTrue(found.containsAll(List.of("Revolution Square", "Uprising Street")), found.toString());
        found = Found.placesIn("The Revolution changed the square; the Uprising began in the street.");
        assertTrue(found.isEmpty(), "the event alone, or before a word in small letters, is no place: " + found);
    }

    @Test
    void aPartyPaperIsATitleNotAPerson() {
        List<String> found = Found.in("Neues Deutschland and Tribüne will print the statement; Al-Ahram wrote the same.").mentions();
        assertFalse(found.stream().anyMatch(m -> m.startsWith("Tribüne") || m.startsWith("Al-Ahram")), found.toString());
    }

    // organisations

    @Test
    void aFurnitureWordBeforeAHeadNamesWhatTheBodyDoes() {
        List<String> found = Found.orgsIn("The Telsk Information Agency reported it; students of the Vardon Language Institute listened.");
        assertTrue(found.containsAll(List.of("Telsk Information Agency", "Vardon Language Institute")), found.toString());
        found = Found.orgsIn("Information on the Meeting of the Council. Language: Russian.");
        assertFalse(found.stream().anyMatch(o -> o.startsWith("Information") || o.startsWith("Language")), found.toString());
    }

    @Test
    void radioBeforeANameIsABroadcaster() {
        List<String> found = Found.orgsIn("Radio Tanzania and Radio Vardonka broadcast the statement; the Radio Study Group met.");
        assertTrue(found.containsAll(List.of("Radio Tanzania", "Radio Vardonka", "Radio Study Group")), found.toString());
        found = Found.orgsIn("The radio broadcast it. Radio and television reported.");
        assertTrue(found.isEmpty(), "the word alone names no body: " + found);
    }

    @Test
    void wordsInSmallLettersBeforeAWorksNounLeaveTheNameToTheWorks() {
        List<String> found = Found.orgsIn("The guests saw the Vardon metallurgical works and the Dorsk iron smelting combine.");
        assertTrue(found.containsAll(List.of("Vardon", "Dorsk")), found.toString());
        found = Found.orgsIn("They visited the Dorsk Fertilizer Complex.");
        assertEquals(List.of("Dorsk Fertilizer Complex"), found, "a complex of the planned economies is a works");
        found = Found.orgsIn("The guests saw the Soviet steel works and the new and old works.");
        assertTrue(found.isEmpty(), "an adjective of nationality or function words open no works' name: " + found);
    }

    @Test
    void aFarmOfThePlannedEconomiesIsABodyByItsName() {
        List<String> found = Found.orgsIn("The delegation visited the Dorsk Cooperative Farm, the Vardon Kolkhoz and the Rassvet State Farm.");
        assertEquals(List.of("Dorsk Cooperative Farm", "Vardon Kolkhoz", "Rassvet State Farm"), found);
        found = Found.orgsIn("Farm work was behind the plan. The state farm and the cooperative farm did better.");
        assertTrue(found.isEmpty(), "the word alone or in small letters names no farm: " + found);
    }

    @Test
    void aVerbInIngAndItsObjectEndABodysName() {
        List<String> found = Found.orgsIn("The Commission for Organising the Party of the Working People of Vardonia was dissolved; the Committee for Defending the Revolution met.");
        assertTrue(found.containsAll(List.of("Commission for Organising the Party of the Working People of Vardonia",
                "Committee for Defending the Revolution")), found.toString());
        found = Found.orgsIn("The Committee for the Ring Road met.");
        assertEquals(List.of("Committee for the Ring Road"), found, "a noun in -ing is no verb: " + found);
    }

    @Test
    void aStatesBodyNamedByItsCharacterIsABody() {
        List<String> found = Found.orgsIn("The Government of National Reconstruction and the Government of Popular Unity were formed.");
        assertTrue(found.containsAll(List.of("Government of National Reconstruction", "Government of Popular Unity")), found.toString());
        found = Found.orgsIn("The Heads of State or Government of Non-Aligned Countries met.");
        assertFalse(found.stream().anyMatch(o -> o.startsWith("Government")), "a word of a title is no body: " + found);
    }

    @Test
    void anAcronymAfterTheThatSpeaksOrStandsApartIsABody() {
        List<String> found = Found.orgsIn("The VRGB said that it will come; the unions are independent of the CRZT; according to the UGTV, the KPV has condemned it.");
        assertTrue(found.containsAll(List.of("VRGB", "CRZT", "UGTV", "KPV")), found.toString());
        found = Found.orgsIn("The PM said no; the DCI stated that the ICBM program continues.");
        assertTrue(found.isEmpty(), "an office's or a thing's initials are no body: " + found);
    }

    @Test
    void theMembersABodyUnitesAreNoBodyOfTheirOwn() {
        List<String> found = Found.orgsIn("The Union of Vardonian Youth and the World League of Democratic Youth met.");
        assertEquals(List.of("Union of Vardonian Youth", "World League of Democratic Youth"), found);
        found = Found.orgsIn("The Presidium of the Supreme Soviet of the USSR decided.");
        assertTrue(found.contains("Supreme Soviet of the USSR"), "a body after 'of' is still nested: " + found);
    }

    @Test
    void aPossessiveAfterAndTheOpensASecondBody() {
        List<String> found = Found.orgsIn("The International Union of Students and the Women's International Democratic Federation protested.");
        assertTrue(found.containsAll(List.of("International Union of Students", "Women's International Democratic Federation")), found.toString());
        found = Found.orgsIn("The Ministry of Industry and Trade protested.");
        assertEquals(List.of("Ministry of Industry and Trade"), found);
    }

    @Test
    void movementsServicesAndPartiesOfThePeriodAreKnownByTheirOwnNames() {
        List<String> found = Found.orgsIn("SAVAK arrested them; ZANU-PF and ZANLA, Umkhonto we Sizwe and the Unidad Popular, Gosplan of the USSR and Intourist.");
        assertTrue(found.containsAll(List.of("SAVAK", "ZANU-PF", "ZANLA", "Umkhonto we Sizwe", "Unidad Popular", "Gosplan of the USSR", "Intourist")),
                found.toString());
    }
}
