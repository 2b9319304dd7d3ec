package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Places and organisations as real archive editions print them: words the editor supplied to a
 * name, another spelling in brackets, numbers of sessions and ministries by their initials.
 */
class SuppliedAndVariantNameTest {

    @Test
    void wordsSuppliedBeforeAHeadAreInTheOrganisationsName() {
        List<String> m = Found.in("The judges of the [Supreme] Court met. The [Joint Fisheries and Whaling] Commission agreed.").mentions();
        assertTrue(m.contains("[Supreme] Court=org-supreme-court"), m.toString());
        assertTrue(m.contains("[Joint Fisheries and Whaling] Commission=org-joint-fisheries-and-whaling-commission"), m.toString());
    }

    @Test
    void aKnownBodyInTheBracketIsANameOfItsOwn() {
        List<String> m = Found.in("They spoke of our [CPSU] Central Committee Plenum.").mentions();
        assertTrue(m.contains("CPSU=org-cpsu"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.startsWith("[CPSU]")), m.toString());
    }

    @Test
    void aKnownPlaceWhoseFirstWordTheEditorSuppliedIsOneName() {
        assertEquals(List.of("[New] Delhi=place-new-delhi"), Found.in("The envoy flew to [New] Delhi on Monday.").mentions());
    }

    @Test
    void aNameBeforeABracketedKnownPlaceIsAnotherSpellingOfIt() {
        assertEquals(List.of("Phyongyang=place-pyongyang", "Pyongyang=place-pyongyang"),
                Found.in("The train from Phyongyang [Pyongyang] was late.").mentions());
        // one word must begin as the bracketed name does
        assertFalse(Found.in("The train from Velmora [Pyongyang] was late.").mentions().contains("Velmora=place-pyongyang"));
    }

    @Test
    void anOrdinalBeforeAKnownBodyIsTheNumberOfItsSession() {
        List<String> m = Found.in("He spoke at the 21st UN General Assembly session, and later at the General Assembly again.").mentions();
        assertEquals(List.of("UN General Assembly=org-un-general-assembly", "General Assembly=org-un-general-assembly"), m);
    }

    @Test
    void aMinistryByItsInitialsTakesItsStateBeforeOrAfterIt() {
        List<String> m = Found.in("The USSR MFA protested.", "3 - OVPI MID SSSR").mentions();
        assertTrue(m.contains("USSR MFA=org-ussr-mfa"), m.toString());
        assertTrue(m.contains("OVPI MID SSSR=org-ovpi-mid-sssr"), m.toString());
        assertTrue(m.contains("SSSR=place-ussr"), m.toString());
    }

    @Test
    void aCueAndAWordEndingALabelAreNoPlace() {
        List<String> m = Found.in("Polish in Attendance: Nowak", "Officers in Charge: none").mentions();
        assertFalse(m.stream().anyMatch(x -> x.startsWith("Attendance") || x.startsWith("Charge")), m.toString());
        assertTrue(Found.in("He stayed in Velmora: the talks went on.").mentions().contains("Velmora=place-velmora"));
    }

    @Test
    void aPossessiveMissionDescribedByItsPlaceIsNoName() {
        List<String> m = Found.in("Our Embassy in Hanoi reported. Their Ministry of Trade agreed.").mentions();
        assertFalse(m.stream().anyMatch(x -> x.startsWith("Embassy in Hanoi")), m.toString());
        assertTrue(m.contains("Ministry of Trade=org-ministry-of-trade"), m.toString());
        assertTrue(Found.in("The Embassy in Hanoi reported.").mentions().contains("Embassy in Hanoi=org-embassy-in-hanoi"));
    }

    @Test
    void anAcronymTheEditorExpandsInSquareBracketsNamesThatBody() {
        List<String> m = Found.in("The MZV [Ministry of Foreign Trade] protested. Later the MZV agreed.").mentions();
        assertEquals(List.of("MZV=org-ministry-of-foreign-trade", "Ministry of Foreign Trade=org-ministry-of-foreign-trade",
                "MZV=org-ministry-of-foreign-trade"), m);
        // a bracket left open inside a quotation
        assertTrue(Found.in("[handwritten: \"OMO [Department of Trade Relations\"]").mentions()
                .contains("OMO=org-department-of-trade-relations"));
    }

    @Test
    void transliteratedInitialsOfAStateNameIt() {
        assertTrue(Found.in("ChSR Ambassador Novak left.").mentions().contains("ChSR=place-czechoslovakia"));
    }
}
