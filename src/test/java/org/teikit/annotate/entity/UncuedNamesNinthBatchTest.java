package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of error in places and organisations found on a ninth batch of invented records (issue
 * 12): names the editor's brackets cut, the points between the compass points, the Soviet
 * republics, the words inside a known place, a state's short formal name, a state's trade office
 * abroad, a university's town, older spellings and initials before an atlas place in brackets, a
 * party's faction in brackets, a land named as a republic of a federation, and bodies,
 * residences, rivers and lines of the period no list knew. One test per class, with invented
 * sentences: what must be found, and the near miss that must not.
 */
class UncuedNamesNinthBatchTest {

    @Test
    void aKnownNameCutByTheEditorsBracketIsOneName() {
        List<String> found = Found.placesIn("The train ran from Pyong[yang] to Kae[song]; the talks in [North] Korea went on; he flew to North [Korea].");
        assertTrue(found.containsAll(List.of("Pyong[yang]", "Kae[song]", "[North] Korea", "North [Korea]")), found.toString());
        assertFalse(found.contains("Pyong") || found.contains("Korea"), "no part of the name alone: " + found);
        found = Found.placesIn("The [North] Korean army paraded; we drove to Guseong [Kusong] and Panmunjeom [Panmunjom].");
        assertFalse(found.contains("[North] Korean") || found.stream().anyMatch(p -> p.contains("North")), "an adjective is no name: " + found);
        assertTrue(found.containsAll(List.of("Panmunjeom", "Panmunjom")), "a variant wholly in brackets stays a name of its own: " + found);
    }

    @Test
    void aPointBetweenTheCompassPointsNamesAPartOfAPlace() {
        List<String> found = Found.placesIn("The army left Northeast China and Southwest Poland.");
        assertTrue(found.containsAll(List.of("Northeast China", "Southwest Poland")), found.toString());
        found = Found.placesIn("The wind came from the Northeast; the Southwest was dry.");
        assertTrue(found.isEmpty(), "the point alone is a direction: " + found);
    }

    @Test
    void aSovietRepublicIsNamedByItsPeoplesAdjective() {
        List<String> found = Found.placesIn("Delegates of the Moldavian SSR and of the Buryat ASSR arrived.");
        assertTrue(found.containsAll(List.of("Moldavian SSR", "Buryat ASSR")), found.toString());
        found = Found.placesIn("Each SSR sent a delegate; the ASSR did not.");
        assertTrue(found.isEmpty(), "the word alone names no republic: " + found);
    }

    @Test
    void theWordsOfAKnownPlaceOpenNoOtherPlace() {
        List<String> found = Found.placesIn("Supplies still move along the Ho Chi Minh Trail.");
        assertTrue(found.contains("Ho Chi Minh Trail"), found.toString());
        assertFalse(found.contains("Chi Minh Trail"), found.toString());
        found = Found.placesIn("The Zelvora Trail was closed.");
        assertTrue(found.contains("Zelvora Trail"), "a name no list knows before the word still names a place: " + found);
    }

    @Test
    void theFederalRepublicAloneIsWestGermanyButOpensAnotherStatesFormalName() {
        List<String> found = Found.placesIn("The Federal Republic is seeking trade with Asia.");
        assertTrue(found.contains("Federal Republic"), found.toString());
        found = Found.placesIn("The Federal Republic of Nigeria sent a delegation.");
        assertFalse(found.contains("Federal Republic"), "the head of a longer formal name is no name alone: " + found);
    }

    @Test
    void aTradeOfficeAbroadKeepsItsSeat() {
        List<String> found = Found.orgsIn("Members of the DPRK Trade Office in Berlin met the firms.");
        assertTrue(found.contains("DPRK Trade Office in Berlin"), found.toString());
        found = Found.orgsIn("The head of the Press Office in Berlin was absent.");
        assertFalse(found.contains("Press Office in Berlin"), "another office's town says where it sits: " + found);
    }

    @Test
    void aUniversitysKnownTownAfterItsNameStaysInIt() {
        List<String> found = Found.orgsIn("Two students went to the Karl Marx University Leipzig.");
        assertTrue(found.contains("Karl Marx University Leipzig"), found.toString());
        found = Found.orgsIn("Two students from the Humboldt University Zelvora branch came.");
        assertFalse(found.stream().anyMatch(o -> o.contains("Zelvora")), "a word no list knows as a town is no seat: " + found);
    }

    @Test
    void theAmericasAndSecurityServicesByTheirInitials() {
        List<String> found = Found.orgsIn("The OAS did not react; the NKVD arrested him; ASEAN met in Manila.");
        assertTrue(found.containsAll(List.of("OAS", "NKVD", "ASEAN")), found.toString());
    }

    @Test
    void anOlderSpellingOrInitialsBeforeAnAtlasPlaceInBracketsAreThatPlace() {
        List<String> found = Found.placesIn("The Premier said that Hangchow [Hangzhou] was open; workers from the IMAR [Inner Mongolian Autonomous Region] came.");
        assertTrue(found.containsAll(List.of("Hangchow", "Hangzhou", "IMAR", "Inner Mongolian Autonomous Region")), found.toString());
        found = Found.placesIn("The Premier said that Zelvora [Hangzhou] was open; the PLA [Inner Mongolian Autonomous Region] came.");
        assertFalse(found.contains("Zelvora") || found.contains("PLA"), "a word that begins otherwise, or other initials, is no variant: " + found);
    }

    @Test
    void aPartysFactionInBracketsStaysInItsName() {
        List<String> found = Found.orgsIn("The Bulgarian Workers' Party (Communists) and the CPY disagreed.");
        assertTrue(found.containsAll(List.of("Bulgarian Workers' Party (Communists)", "CPY")), found.toString());
        found = Found.orgsIn("The Bulgarian Workers' Party (in Sofia) met.");
        assertFalse(found.stream().anyMatch(o -> o.contains("Sofia")), "a place in brackets says where, it is no faction: " + found);
    }

    @Test
    void residencesRiversAndLinesOfThePeriod() {
        List<String> found = Found.placesIn("The Zhongnanhai leadership spoke of building Darkhan, of the Selenga and of the Demarcation Line.");
        assertTrue(found.containsAll(List.of("Zhongnanhai", "Darkhan", "Selenga", "Demarcation Line")), found.toString());
        List<String> orgs = Found.orgsIn("The Kremlin warned Peking.");
        assertTrue(orgs.contains("Kremlin"), "the Kremlin speaks for a government, as the Pentagon does: " + orgs);
        assertFalse(Found.personsIn("The Kremlin warned Peking.").contains("Kremlin"), "no person");
    }

    @Test
    void aLandNamedAsARepublicOfAFederationIsOnePlace() {
        List<String> found = Found.placesIn("Belgrade wanted Pirin joined to the People's Republic of Macedonia.");
        assertTrue(found.contains("People's Republic of Macedonia"), found.toString());
        assertFalse(found.contains("Macedonia"), "the land is a word of the republic's name here: " + found);
        found = Found.placesIn("The republic sent aid to Macedonia; the Republic of Letters met.");
        assertTrue(found.contains("Macedonia") && found.stream().noneMatch(p -> p.contains("Republic")), "no head before it, no republic: " + found);
        assertTrue(Found.orgsIn("The BWP(C) must not frighten the Agrarians.").contains("BWP(C)"), "the party of the 1940s by its initials and faction");
    }

    @Test
    void aRegionNamedOnlyByPointsOfTheCompassIsADirection() {
        List<String> found = Found.placesIn("The troops came from the North-East and went to the North West; snow fell in the Upper East.");
        assertTrue(found.isEmpty(), "directions, not the atlas's regions of Ghana or Botswana: " + found);
        found = Found.placesIn("The army left North-East China for South-West Poland.");
        assertTrue(found.containsAll(List.of("North-East China", "South-West Poland")), "they still place a part of a named land: " + found);
    }
}
