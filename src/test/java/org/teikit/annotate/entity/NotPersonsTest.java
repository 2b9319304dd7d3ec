package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.source.BlockKind;

/**
 * Capitalised words in English diplomatic documents that read like a person's name and are not:
 * peoples, firms and endowments, newspapers, a participle opening a sentence, a qualifier of an
 * office, a person's papers, adjectives of two states. Each class was found auditing the false
 * persons on real telegrams and memoranda; every text here is invented.
 */
class NotPersonsTest {

    private static List<String> persons(Found f) {
        return f.mentions().stream().filter(m -> m.contains("=pers-")).toList();
    }

    private static List<String> bodies(Found f) {
        return f.mentions().stream().filter(m -> m.contains("=org-")).toList();
    }

    @Test
    void aPeopleInThePluralIsNoPerson() {
        Found f = Found.in("Ambassador Brennick asked whether the Poles believed the frontier was settled.",
                "He said talks with Swedes and Finns were going well, and that Brennick would report.");
        assertEquals(List.of("Brennick=pers-brennick", "Brennick=pers-brennick"), persons(f));
    }

    @Test
    void aNameBeforeTheNounOfAFirmOrAnEndowmentNamesTheBody() {
        Found f = Found.in("The Secretary referred to the Mellon Foundation's long work in Ruritania.",
                "Ruritanian Airlines will negotiate with Harlan Aircraft for two jets.",
                "Mr. Oskar Tamm, Director, Mutual Security Review Staff, was present.",
                "The Chief of the General Staff will visit in May.");
        assertEquals(List.of("Oskar Tamm=pers-tamm"), persons(f));
        List<String> bodies = bodies(f);
        assertTrue(bodies.contains("Mellon Foundation=org-mellon-foundation"), bodies.toString());
        assertTrue(bodies.contains("Harlan Aircraft=org-harlan-aircraft"), bodies.toString());
        assertTrue(bodies.contains("Mutual Security Review Staff=org-mutual-security-review-staff"), bodies.toString());
    }

    @Test
    void aFirmOfOneWordIsABodyNotASurname() {
        Found f = Found.in("The delegation will visit Boeing and Lockheed plants; Kessler said General Electric "
                + "would quote for the turbine.");
        assertEquals(List.of("Kessler=pers-kessler"), persons(f));
        List<String> bodies = bodies(f);
        assertTrue(bodies.contains("Boeing=org-boeing") && bodies.contains("General Electric=org-general-electric"), bodies.toString());
    }

    @Test
    void aNewspaperIsNoPerson() {
        Found f = Found.in("Izvestiya denounced Mlada Fronta's reaction to the meetings; Literaturnaya Gazeta followed.");
        assertEquals(List.of(), persons(f));
    }

    @Test
    void aParticipleOpeningASentenceIsNoForename() {
        Found f = Found.in("Echoing Varenko's remark that no one may close his eyes, Pravda attacked the writers.",
                "2. Following Brennick's call, the Minister said Varenko had spoken too soon.");
        List<String> persons = persons(f);
        assertTrue(persons.stream().noneMatch(m -> m.startsWith("Echoing") || m.startsWith("Following")), persons.toString());
        // a known forename in -ing still opens a name, and a surname in -ing alone is still a name
        Found g = Found.in("Irving Haskell said the claims were settled.", "Mr. Brenning agreed. Brenning said nothing more.");
        assertEquals(List.of("Irving Haskell=pers-haskell", "Brenning=pers-brenning", "Brenning=pers-brenning"), persons(g));
    }

    @Test
    void aQualifierOfAnOfficeIsNoName() {
        Found f = Found.in("1. Sandor Vamos, Acting Hungarian Chargé, called on Kessler at noon.");
        assertEquals(List.of("Sandor Vamos=pers-vamos", "Kessler=pers-kessler"), persons(f));
    }

    @Test
    void aPersonsPapersAreNotPartOfTheName() {
        Found f = Found.blocks(new EntityRecogniser.Input("NOTES ON THE BRIEFING OF GOVERNOR HALLORAN", BlockKind.HEAD),
                new EntityRecogniser.Input("[1] Source: Tom Hallam Notes of Meetings. Prepared by Tom Hallam.", BlockKind.PARAGRAPH));
        List<String> persons = persons(f);
        assertTrue(persons.stream().noneMatch(m -> m.toLowerCase().startsWith("notes") || m.contains("Notes")), persons.toString());
        assertTrue(persons.contains("Tom Hallam=pers-hallam"), persons.toString());
    }

    @Test
    void adjectivesOfTwoStatesAreNoName() {
        Found f = Found.in("2. Major US-Czech issue of claims remains. The Sino-Soviet dispute and Polish-American trade were raised.");
        assertEquals(List.of(), persons(f));
    }
}
