package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.annotate.Certainty;

/** Persons named without a title before them, found from what surrounds the name. */
class UntitledNameTest {

    private static List<String> persons(Found f) {
        return f.mentions().stream().filter(m -> m.contains("=pers-")).toList();
    }

    @Test
    void aNameAfterFollowersOfOrLedByIsAPerson() {
        Found f = Found.in("The followers of Dorim Valkaj gathered; the group was led by Teodor Mirsa.");
        assertEquals(List.of("Dorim Valkaj=pers-valkaj", "Teodor Mirsa=pers-mirsa"), persons(f));
        assertEquals(Certainty.MEDIUM, f.span("Dorim Valkaj").cert());
    }

    @Test
    void aNameBeforeAVerbOfSpeechOrAPossessiveIsAPerson() {
        Found f = Found.in("Noor Wali Tarzi said that nothing had changed.", "Later Kerem Ostil's position was weak.");
        assertEquals(List.of("Noor Wali Tarzi=pers-wali-tarzi", "Kerem Ostil=pers-ostil"), persons(f));
    }

    @Test
    void oneWordBeforeAVerbOfSpeechMidSentenceIsAPerson() {
        Found f = Found.in("In the end Ostrakov said no.", "Sources said the Party was strong.");
        assertEquals(List.of("Ostrakov=pers-ostrakov"), persons(f));
    }

    @Test
    void placesAndBodiesBeforeAVerbOfSpeechAreNoPersons() {
        Found f = Found.in("Yesterday Hanoi said no, and the Workers' Party declared its support.");
        assertTrue(persons(f).isEmpty(), persons(f).toString());
    }

    @Test
    void aNameSetOffAfterAnOfficeOfABodyIsAPersonWithThatRole() {
        Found f = Found.in("We met the Counselor of the Embassy of Japan, Tadashi Ono, and others.");
        assertEquals(List.of("Tadashi Ono=pers-ono"), persons(f));
        assertEquals(List.of("Counselor of the Embassy of Japan"), f.entry("pers-ono").roles());
    }

    @Test
    void oneWordBeforeAnOfficeOfABodyIsAPerson() {
        Found f = Found.in("Sukarman, head of the Directorate of Information, arrived.");
        assertEquals(List.of("Sukarman=pers-sukarman"), persons(f));
        assertEquals(List.of("head of the Directorate of Information"), f.entry("pers-sukarman").roles());
    }

    @Test
    void arabicNamesWithParticlesAreWhole() {
        Found f = Found.in("The talks with Salah al-Din Hassan and Abd al-Rahman Arif went well.");
        assertEquals(List.of("Salah al-Din Hassan=pers-al-din-hassan", "Abd al-Rahman Arif=pers-al-rahman-arif"), persons(f));
    }

    @Test
    void leadersOfThePeriodAreKnownWithoutATitle() {
        Found f = Found.in("Khieu Samphan and Phoumi Nosavan met Suharto, Kosygin and Ne Win.");
        assertEquals(List.of("Khieu Samphan=pers-khieu-samphan", "Phoumi Nosavan=pers-phoumi-nosavan", "Suharto=pers-suharto",
                "Kosygin=pers-kosygin", "Ne Win=pers-ne-win"), persons(f));
    }
}
