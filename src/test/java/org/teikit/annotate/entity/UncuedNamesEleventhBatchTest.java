package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of error in places, organisations and their persons found on an eleventh batch of
 * invented records from the "Third World" collections (issue 12). One test per class, with
 * invented sentences: what must be found, and the near miss that must not.
 */
class UncuedNamesEleventhBatchTest {

    @Test
    void lettersInAppositionAfterABodysKindAreABody() {
        List<String> orgs = Found.orgsIn("Units of the Ruritanian armed forces FARU crossed the river. The peasant organisation KOPRA and the liberation movement MOLIRU met.",
                "The FPLR, the armed forces of Ruritania, lacked trucks.");
        assertTrue(orgs.containsAll(List.of("FARU", "KOPRA", "MOLIRU", "FPLR")), orgs.toString());
        orgs = Found.orgsIn("The armed forces TV showed the parade. The movement of the troops was slow; the organisation of the ICBM force changed.");
        assertTrue(orgs.isEmpty(), "a thing's initials, or a kind with no letters after it, are no body: " + orgs);
    }

    @Test
    void lettersJoinedByAndToAKnownBodyAreABody() {
        List<String> orgs = Found.orgsIn("The RCPU and the ANC depended on foreign aid. The Jana Sangh and the VRSM had tried to stop the strike.");
        assertTrue(orgs.containsAll(List.of("RCPU", "VRSM")), orgs.toString());
        orgs = Found.orgsIn("The ANC and the UK disagreed. The ANC and the TV crews left; the ANC and MP Smith met.");
        assertFalse(orgs.contains("TV") || orgs.contains("MP") || orgs.contains("UK"), "a state, a thing or an office stays what it is: " + orgs);
    }

    @Test
    void aNationalOrTradeUnionCongressIsABodyButANumberedCongressIsAMeeting() {
        List<String> orgs = Found.orgsIn("The Ruritanian National Congress was split. The All-Ruritania Trade Union Congress (ARTUC) met in the capital.");
        assertTrue(orgs.containsAll(List.of("Ruritanian National Congress", "All-Ruritania Trade Union Congress", "ARTUC")), orgs.toString());
        orgs = Found.orgsIn("The Fifth National Congress of the KWP ended. The 12th National Congress of the party opened; the Twentieth Party Congress too.");
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Congress")), "a numbered congress is a meeting: " + orgs);
    }

    @Test
    void aGivenNameOfFaithIsAForenameByItsEnding() {
        List<String> persons = Found.personsIn("The leaders, Sharafuddin Karimzai of the rebel party and Habibullah Tanweer, were receiving weapons in the hills.");
        assertTrue(persons.containsAll(List.of("Sharafuddin Karimzai", "Habibullah Tanweer")), persons.toString());
        persons = Found.personsIn("In the name of Allah the Merciful the crowd prayed. The Uddin Road was closed.");
        assertTrue(persons.isEmpty(), "no stem before the ending, no forename: " + persons);
    }

    @Test
    void anAbbreviatedSaintOpensAPlacesNameOverItsStop() {
        List<String> places = Found.placesIn("The attacks near St. Gregory's failed, and the rebels fled to Ste. Aurore.");
        assertTrue(places.containsAll(List.of("St. Gregory's", "Ste. Aurore")), places.toString());
        assertFalse(places.contains("St") || places.contains("Ste"), "not the abbreviation alone: " + places);
        places = Found.placesIn("He asked Dr. Gregory to come. We read St. Paul's letters.");
        assertFalse(places.stream().anyMatch(p -> p.contains("Gregory") || p.contains("Paul")), "no place without a place's cue: " + places);
    }

    @Test
    void aCapitalisedCoastOrStripAfterANameIsAPlace() {
        List<String> places = Found.placesIn("On the Miskito Coast the bands were active, and the fighters crossed the Kavango Strip.");
        assertTrue(places.containsAll(List.of("Miskito Coast", "Kavango Strip")), places.toString());
        List<String> found = Found.placesIn("The Coast Guard came at dawn; they sailed along the coast and the strip of sand.");
        assertTrue(found.isEmpty(), "the words alone name no place: " + found);
    }

    @Test
    void theCommonBodiesPlacesAndLeadersOfTheThirdWorldCollectionsAreKnown() {
        Found f = Found.in("The Baath leadership met in secret, and the Hezb-e Islami fighters left the valley. Massawa was relieved; the Ivory Coast abstained.",
                "The bands under Savimbi and the troops of Holden Roberto retreated.");
        List<String> names = f.mentions();
        assertTrue(names.stream().anyMatch(m -> m.startsWith("Baath=org-")) && names.stream().anyMatch(m -> m.startsWith("Hezb-e Islami=org-")), names.toString());
        assertTrue(names.stream().anyMatch(m -> m.startsWith("Massawa=place-")) && names.stream().anyMatch(m -> m.startsWith("Ivory Coast=place-")), names.toString());
        assertTrue(names.stream().anyMatch(m -> m.startsWith("Savimbi=pers-")) && names.stream().anyMatch(m -> m.startsWith("Holden Roberto=pers-")), names.toString());
        assertTrue(names.stream().anyMatch(m -> m.startsWith("Holden Roberto=pers-holden")), "the register's id: " + names);
        List<String> other = Found.in("The singer Roberto arrived; the bath was cold.").mentions();
        assertFalse(other.stream().anyMatch(m -> m.contains("holden") || m.toLowerCase(java.util.Locale.ROOT).startsWith("bath")),
                "a forename alone is not the known leader, a bath no party: " + other);
    }

    @Test
    void whatGunsAndGarrisonsDoToAPlaceCuesThePlace() {
        List<String> places = Found.placesIn("The shelling of Mavinga began at dawn; the garrison of Cuito held, and the bombardment of Kangamba stopped.");
        assertTrue(places.containsAll(List.of("Mavinga", "Cuito", "Kangamba")), places.toString());
        places = Found.placesIn("The ministers took control of Education and Health; the shelling of Comrade Petrov's house was a lie.");
        assertTrue(places.isEmpty(), "a ministry taken over or a person is no place: " + places);
    }

    @Test
    void aWordThatOpensAnArabicPlacesNameMakesAPlaceAfterItsCue() {
        List<String> places = Found.placesIn("The students in Bir Hamid went on strike, and the massacre in Deir Yassin was remembered in Kafr Saleh.");
        assertTrue(places.containsAll(List.of("Bir Hamid", "Deir Yassin", "Kafr Saleh")), places.toString());
        assertFalse(Found.personsIn("The students in Bir Hamid went on strike.").contains("Bir Hamid"), "the place, not a person");
        List<String> other = Found.placesIn("In Sheikh Hamid's view the talks failed. Comrade Tel Ahmed said so.");
        assertFalse(other.stream().anyMatch(p -> p.contains("Hamid") || p.contains("Ahmed")),
                "a title that opens persons' names, or an opener with no place's cue, makes no place: " + other);
    }
}
