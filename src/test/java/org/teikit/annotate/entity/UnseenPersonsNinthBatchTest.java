package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of error in persons found on a ninth batch of invented documents, written to stress name
 * shapes of Africa, the Middle East, South and Southeast Asia, Iberia and Latin America, and the
 * genres of letters, diaries, interview transcripts, delegation lists and press summaries. One test
 * per class: what must be found, and the near miss that must not. The surnames are invented, so no
 * word list knows them, except where the class is about a word list.
 */
class UnseenPersonsNinthBatchTest {

    @Test
    void thePapersOfThePressSummariesAreNoPersons() {
        List<String> p = Found.personsIn("According to Kayhan and Ettela'at, the talks of Prime Minister Hovarzadeh went well. "
                + "Svobodné Slovo and Die Welt reported it; the Diário de Notícias did not.");
        assertEquals(List.of("Hovarzadeh"), p);
    }

    @Test
    void aSpanishOrPortugueseRankOpensAName() {
        List<String> p = Found.personsIn("Comandante Tomás Borrellano was named Minister of the Interior. "
                + "Coronel Manuel Quintanero leads the service. Teniente Coronel Pedro Esquivar was seen there.");
        assertEquals(List.of("Tomás Borrellano", "Manuel Quintanero", "Pedro Esquivar"), p);
        // a given name one letter away from a rank is still a given name
        assertEquals(List.of("Cornel Vlasceanu"), Found.personsIn("Signed: Cornel Vlasceanu"));
        // the rank alone names no one
        List<String> none = Found.personsIn("The Comandante said nothing.");
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void aTurkishPersianOrLusophoneGivenNameOpensAName() {
        List<String> p = Found.personsIn("The talks of the minister with Bülent Ozkanlar concerned the pipeline. "
                + "Ardeshir Bahramzadi would remain in Washington. Orlando Leteyra was taken away.");
        assertEquals(List.of("Bülent Ozkanlar", "Ardeshir Bahramzadi", "Orlando Leteyra"), p);
    }

    @Test
    void theNameOfAShipIsNoMentionOfThePersonItHonours() {
        List<String> p = Found.personsIn("President Neptuno Varela thanked the crew. The frigate Almirante Gago Sotomar left Lisbon. "
                + "The ship Neptuno Varela will bring the students; the training ship Vasco da Pimenta stays.");
        assertEquals(List.of("Neptuno Varela"), p);
        // a person after a verb that merely looks like a ship's noun is still found
        List<String> found = Found.personsIn("The crew of the ship met General Osvaldo Quintanero.");
        assertEquals(List.of("Osvaldo Quintanero"), found);
    }

    @Test
    void aDoubleSurnameAfterAParticleNamesTheSamePersonAlone() {
        Found f = Found.in("President Francisco da Sousa Ramalho met the ministers. Sousa Ramalho is expected to appoint them.");
        assertEquals(List.of("Francisco da Sousa Ramalho", "Sousa Ramalho"), f.personSurfaces());
        assertEquals(1, f.personCount(), f.personMentions().toString());
        // another forename before the last word is still another member of the family
        Found g = Found.in("President Francisco da Sousa Ramalho met the ministers. Vasco Ramalho, his brother, was absent.");
        assertEquals(2, g.personCount(), g.personMentions().toString());
    }

    @Test
    void aNomDeGuerreInBracketsAfterANameIsThatPersonsOtherName() {
        Found f = Found.in("Yasser Qattawi (Abu Nidalan) had visited Damascus with Salim Haddara. Abu Nidalan will go to Moscow.");
        assertEquals(List.of("Yasser Qattawi", "Abu Nidalan", "Salim Haddara", "Abu Nidalan"), f.personSurfaces());
        assertEquals(2, f.personCount(), f.personMentions().toString());
        // a second person in brackets, or a name that opens with no kunya's word, stays apart
        Found g = Found.in("Yasser Qattawi (Salim Haddara) had visited Damascus. Yasser Qattawi (and Abu Nidalan) came.");
        assertEquals(3, g.personCount(), g.personMentions().toString());
    }

    @Test
    void twoSurnameShapesJoinedByAndInMidSentenceAreTwoPersons() {
        List<String> p = Found.personsIn("The Chairman asked me, Pavlenkovsky and Ivashchenkov to come to the House of the People.");
        assertEquals(List.of("Pavlenkovsky", "Ivashchenkov"), p);
        // after a preposition the same shapes are towns the lists may lack
        List<String> none = Found.personsIn("The trains between Kharkov and Rostov stopped.");
        assertTrue(none.isEmpty(), none.toString());
    }
}
