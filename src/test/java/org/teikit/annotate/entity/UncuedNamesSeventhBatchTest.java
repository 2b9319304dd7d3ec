package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of error in places and organisations found on a seventh batch of invented records in the
 * archive's export layout (Soviet oblasts, Chinese counties in Wade-Giles and pinyin, Vietnamese and
 * Korean provinces, African and Latin American towns, bodies by their full translated names): roads
 * by number, kinds in small letters, a body's place with its kind, remits listed with commas, names
 * after a cue of surroundings that a verb would make persons, buildings named after a body. One test
 * per class, with invented sentences: what must be found, and the near miss that must not.
 */
class UncuedNamesSeventhBatchTest {

    @Test
    void aRoadOrMarkerNamedByItsNumberIsAPlace() {
        List<String> found = Found.placesIn("The column moved along Route 4 and road 17 to the tent at Kilometre 88; the marines held Hill 702.");
        assertTrue(found.containsAll(List.of("Route 4", "road 17", "Kilometre 88", "Hill 702")), found.toString());
        found = Found.placesIn("The road was 300 kilometres long and the route took 4 days; 17 roads were closed.");
        assertTrue(found.isEmpty(), "a number before the word, or a word with no number after it, is no place: " + found);
    }

    @Test
    void aKindInSmallLettersEndsTheNameAndTheNameAloneNestsInIt() {
        List<String> found = Found.placesIn("The herders of Dorvan somon moved to the Telsk mountains, past the Oran swamp and the Kesh pass.");
        assertTrue(found.containsAll(List.of("Dorvan somon", "Telsk mountains", "Oran swamp", "Kesh pass")), found.toString());
        assertTrue(found.containsAll(List.of("Dorvan", "Telsk", "Oran", "Kesh")), "the name alone nests in the whole: " + found);
        found = Found.placesIn("In Varsk commune of Dolin county the grain is short.");
        assertTrue(found.contains("Varsk commune") && found.contains("Dolin county"), found.toString());
        assertFalse(found.contains("Varsk commune of Dolin county"), "a kind in small letters does not go on over 'of': " + found);
        found = Found.placesIn("The commune was poor; the pass was closed and the mountains were cold.");
        assertTrue(found.isEmpty(), "the words with no name before them name no place: " + found);
    }

    @Test
    void aSentencesOpeningCueIsNoWordOfTheName() {
        List<String> found = Found.placesIn("Near Dorsk station the train stopped. Outside Varn district it rained.");
        assertTrue(found.contains("Dorsk station") && found.contains("Varn district"), found.toString());
        assertFalse(found.stream().anyMatch(p -> p.startsWith("Near") || p.startsWith("Outside")), found.toString());
    }

    @Test
    void theNameAloneOfAPlaceNamedWithItsKindIsFoundAgain() {
        Found f = Found.in("In Tolsuk county all communes kept their mess halls.", "The paper will report on the halls of Tolsuk.");
        List<String> found = f.surfaces("place-");
        assertEquals(2, found.stream().filter("Tolsuk"::equals).count(), "in the whole and again alone: " + found);
        found = Found.placesIn("The Tolsuk Daily reported; Comrade Tolsuk spoke.");
        assertTrue(found.isEmpty(), "a word the document never names as a place with its kind is no place: " + found);
    }

    @Test
    void aBodysPlaceKeepsItsKindInSmallLetters() {
        Found f = Found.in("The chairman of the Administrative Committee of Thai Binh province and officers of the Directorate for Chelyabinsk oblast came.");
        assertTrue(f.surfaces("org-").contains("Administrative Committee of Thai Binh province"), f.surfaces("org-").toString());
        assertTrue(f.surfaces("place-").containsAll(List.of("Thai Binh province", "Thai Binh")), f.surfaces("place-").toString());
        List<String> orgs = Found.orgsIn("The Ministry of Foreign Affairs of Poland said the province was calm.");
        assertEquals(List.of("Ministry of Foreign Affairs of Poland"), orgs, "a kind after other words is no part of the body");
    }

    @Test
    void aRemitListedWithCommasAndAndIsOneBody() {
        List<String> orgs = Found.orgsIn("The Ministry of Mines, Oil and Geology and the Ministry of Water Conservancy and Electric Power sent experts;"
                + " the Alliance of National, Democratic and Peace Forces took part.");
        assertTrue(orgs.containsAll(List.of("Ministry of Mines, Oil and Geology", "Ministry of Water Conservancy and Electric Power",
                "Alliance of National, Democratic and Peace Forces")), orgs.toString());
        orgs = Found.orgsIn("The Ministry of Defence, Comrade Ustinov and Comrade Ogarkov agreed.");
        assertTrue(orgs.contains("Ministry of Defence") && orgs.stream().noneMatch(o -> o.contains("Ustinov")), "persons end the remit: " + orgs);
    }

    @Test
    void aCueOfSurroundingsShowsAPlaceBeforeAVerbCouldMakeItAPerson() {
        List<String> found = Found.placesIn("The miners of Lopeni and Varsani had held the minister; the hills west of Do Thanh were empty.");
        assertTrue(found.containsAll(List.of("Lopeni", "Varsani", "Do Thanh")), found.toString());
        List<String> persons = Found.personsIn("The followers of Comrade Varsani had held a meeting; the wife of Kim Il Sung came.");
        assertTrue(persons.contains("Varsani") || persons.contains("Comrade Varsani"), "a title still shows a person: " + persons);
    }

    @Test
    void aBodysNameBeforeABuildingsWordNamesTheBuilding() {
        Found f = Found.in("We were received at the Mansudae Assembly Hall; the rally was held in the Trade Union Palace.");
        assertTrue(f.surfaces("place-").containsAll(List.of("Mansudae Assembly Hall", "Trade Union Palace")), f.surfaces("place-").toString());
        assertFalse(f.surfaces("org-").contains("Mansudae Assembly"), f.surfaces("org-").toString());
        List<String> orgs = Found.orgsIn("The Supreme People's Assembly held a session.");
        assertTrue(orgs.contains("Supreme People's Assembly"), "a body with no building word stays a body: " + orgs);
    }

    @Test
    void aBodysNameGoesOnOverTheLineEndOfAHardWrappedParagraph() {
        List<String> orgs = Found.orgsIn("According to the representative of the National Front for the Liberation\n"
                + "of Varnesia in Hanoi, the congress met in a liberated zone near the border.");
        assertTrue(orgs.contains("National Front for the Liberation\nof Varnesia"), orgs.toString());
        orgs = Found.orgsIn("Department of International Relations\nof the Embassy");
        assertFalse(orgs.stream().anyMatch(o -> o.contains("\n")), "a short line, a heading, ends the name on it: " + orgs);
    }

    @Test
    void aNameTheGazetteerKnowsIsLeftToThePassThatKnowsIt() {
        List<String> persons = Found.personsIn("I would not go near Kosygin during the crisis.");
        assertTrue(persons.contains("Kosygin"), "a known person after 'near' stays a person: " + persons);
        List<String> orgs = Found.orgsIn("The Department of Defense, RPM, and G agreed; the Department of Health, Education and Welfare did not.");
        assertTrue(orgs.contains("Department of Health, Education and Welfare"), orgs.toString());
        assertFalse(orgs.contains("Department of Defense, RPM, and G"), "initials end a remit: " + orgs);
    }

    @Test
    void aRoutesStopsJoinedByDashesAreAList() {
        List<String> found = Found.placesIn("Our units remain on the line Moscow - Dorvansk - Telsk.");
        assertTrue(found.containsAll(List.of("Moscow", "Dorvansk", "Telsk")), found.toString());
        found = Found.placesIn("The Moscow-Dorvansk talks ended.");
        assertFalse(found.contains("Dorvansk"), "a hyphen inside a word joins no list: " + found);
    }

    @Test
    void aRoutesVerbsAndTheFurthestPointAreCues() {
        List<String> found = Found.placesIn("The road passes Dorvansk; the rebels operate as far as Telsk in the south.");
        assertTrue(found.containsAll(List.of("Dorvansk", "Telsk")), found.toString());
        found = Found.placesIn("As far as Comrade Telsk knows, the plan passes.");
        assertFalse(found.contains("Telsk"), "a title after the cue shows a person: " + found);
    }

    @Test
    void aCueAtTheEndOfAHardWrappedLineReadsTheNameOnTheNext() {
        List<String> found = Found.placesIn("The office of the front has its seat in the forests that lie north of\n"
                + "Loc Varn. The fighting continues.");
        assertTrue(found.contains("Loc Varn"), found.toString());
    }

    @Test
    void aPeoplesEnterpriseIsNamedAfterItsHeadWithItsSeat() {
        List<String> orgs = Found.orgsIn("The VEB Dorvit Berlin and the VEB Gaskombinat Telsa Pumpe sent goods to the Leuna Works.");
        assertTrue(orgs.containsAll(List.of("VEB Dorvit Berlin", "VEB Gaskombinat Telsa Pumpe")), orgs.toString());
        orgs = Found.orgsIn("The VEB sent goods.");
        assertTrue(orgs.isEmpty(), "the head alone names no enterprise: " + orgs);
    }
}
