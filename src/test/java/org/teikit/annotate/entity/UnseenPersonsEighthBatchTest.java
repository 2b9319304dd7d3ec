package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of error in persons found on an eighth batch of invented documents, written to stress the
 * later mentions of a person: by office and surname, by a form of address that is also a surname,
 * set off by an office after the name, in telegrams in capitals. One test per class: what must be
 * found, and the near miss that must not. The surnames are invented, so no word list knows them,
 * except where the class is about a word list.
 */
class UnseenPersonsEighthBatchTest {

    @Test
    void aGivenNameOfThePeriodsStatesmenOpensAName() {
        List<String> p = Found.personsIn("Enoch Poskitt called on his voters to support Labour. Poskitt's step cost seats. "
                + "Rainer Brockhoff said no. Roy Jenkinson is expected at the Home Office.");
        assertEquals(List.of("Enoch Poskitt", "Poskitt", "Rainer Brockhoff", "Roy Jenkinson"), p);
        // a given name inside the name of a street or a town is no one
        List<String> none = Found.personsIn("The new hall stands in Stuart Street. Winston-Salem is far.");
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void anOfficeInSmallLettersAfterAnArticleNamesTheNameRightAfterIt() {
        Found f = Found.in("The American ambassador Galbrook is in daily contact with the Prime Minister. Galbrook left.");
        assertEquals(List.of("Galbrook", "Galbrook"), f.personSurfaces());
        assertEquals(1, f.personCount());
        // the office goes on with capitals: no name follows it
        List<String> none = Found.personsIn("The Soviet ambassador Extraordinary and Plenipotentiary arrived in Bonn.");
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void anOfficeSetOffByCommasAfterOneWordMakesItAPerson() {
        List<String> p = Found.personsIn("Mondrell, the Vice President, is travelling in Western Europe. "
                + "Kesselring, the former Premier, lost all his posts.");
        assertEquals(List.of("Mondrell", "Kesselring"), p);
        // an adverb before the office, a body before what is no office, a clause that is no apposition: no one
        List<String> none = Found.personsIn("However, the President, who was tired, left. "
                + "Pravda, the organ of the Central Committee, wrote it. Ruritania, the President said, is calm.");
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void aFormOfAddressThatIsAlsoASurnameIsTheSurnameAfterAGivenNameOrAnotherForm() {
        Found f = Found.in("Winston Lord, Director, Policy Planning Staff", "Mr. Sisco and Mr. Lord worked out the text. Maurice Bishop spoke.");
        assertEquals(List.of("Winston Lord", "Sisco", "Lord", "Maurice Bishop"), f.personSurfaces());
        assertEquals(3, f.personCount(), f.personMentions().toString());
        // before a name it stays the form of address; before an office it names no one
        List<String> p = Found.personsIn("Lord Hoxley will leave the Foreign Office. Bishop Muzorewa spoke. The Lord Mayor came.");
        assertEquals(List.of("Hoxley", "Muzorewa"), p);
    }

    @Test
    void inCapitalsAVerbAfterATitleIsNoNameAndASurnamesShapeBeforeAVerbIs() {
        List<String> p = Found.personsIn("1. SECRETARY MET WITH THE MINISTER. DOBRYNSKY AND KORNIENKO WERE PRESENT. "
                + "BARANOVSKY WILL PREPARE THE TEXT. ACCORDING TO KUZNETSOV, THE TEXT WAS READY.");
        assertEquals(List.of("DOBRYNSKY", "KORNIENKO", "BARANOVSKY", "KUZNETSOV"), p);
        // a place of the same shape, a people, a speaking noun, a word without a surname's ending: no one
        List<String> none = Found.personsIn("GENEVA WILL HOST THE TALKS. THE WEST WILL ANSWER. SOURCES SAID IT. "
                + "PRODUCTIVITY WILL RISE. THE SECRETARY SAID THAT IT WAS GOOD.");
        assertTrue(none.isEmpty(), none.toString());
        // in mixed case the same words are read as before
        assertFalse(Found.personsIn("The Secretary met with the Minister.").contains("Met"));
    }

    @Test
    void theFamilyNameOfAPersonEveryHistorianKnowsNamesHimBeforeACue() {
        assertEquals(List.of("Mao"), Found.personsIn("They want to show that Mao's line is strong."));
        assertEquals(List.of("MAO"), Found.personsIn("THEY WANT TO SHOW THAT MAO'S LINE IS STRONG."));
        // a doctrine named after him is no mention of him
        assertTrue(Found.personsIn("The Maoist line is strong. Maoism spread.").isEmpty());
    }

    @Test
    void aKnownPersonsFamilyNameInAnotherRomanisationNamesHimAlone() {
        Found f = Found.in("Prime Minister Chou En-lai spoke. Chou said that the Chairman agreed. Zhou added nothing.");
        assertEquals(List.of("Chou En-lai", "Chou", "Zhou"), f.personSurfaces());
        assertEquals(1, f.personCount(), f.personMentions().toString());
        // a form of address among the known forms ("Uncle Ho") gives no family name: "Uncle" alone is no one
        assertFalse(Found.in("President Ho Chi Minh died. Uncle said nothing.").personMentions().contains("Uncle=pers-ho-chi-minh"));
    }

    @Test
    void aWordWithASurnamesShapeAfterTheNounOfAJourneyAndToIsATown() {
        List<String> p = Found.personsIn("Comrade Dobrić's visit to Vršovac was discussed. His trip to Szegedło was short.");
        assertEquals(List.of("Dobrić"), p);
        // after "to" alone a person is still read: a letter goes to a person as well
        assertTrue(Found.personsIn("The letter to Husárek was sent.").contains("Husárek"));
    }

    @Test
    void theLastWordOfAnOfficeOfSeveralWordsNamesNoOne() {
        List<String> none = Found.personsIn("Telegram from the Secretary of State's Delegation in Moscow",
                "He met the Secretary of State. The Secretary of State said so.");
        assertTrue(none.isEmpty(), none.toString());
        // the name after the office is still read
        assertEquals(List.of("Rusten"), Found.personsIn("The Secretary of State Rusten said so."));
    }

    @Test
    void aNameSetOffAfterAnOfficeAndWhatItServesMayEndTheSentence() {
        assertEquals(List.of("Courvelle"), Found.personsIn(
                "Present was the head of the General Secretariat, Courvelle. The talks began at noon."));
        // a suffix after a title that is also a name, or a town after a body, names no one
        List<String> none = Found.personsIn("They mourned Dr. King, Jr. Federal troops came. He went to the Embassy of Japan, Tokyo.");
        assertFalse(none.contains("Jr"), none.toString());
        assertFalse(none.contains("Tokyo"), none.toString());
    }
}
