package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bodies and places as US diplomatic telegrams and memoranda name them: the US government's
 * bodies by their short forms, broadcasters whose names hold a place, the regions of Europe,
 * a foreign ministry by its abbreviation; and what only looks like one of them.
 */
class TelegramNamesTest {

    @Test
    void theUsGovernmentsBodiesByTheirShortForms() {
        Found f = Found.in("The Senate may balk, but Congress will fund USIA; USUN and USNATO informed, NSC and INR consulted, Eximbank credits pending.");
        assertEquals(List.of("Senate=org-us-senate", "Congress=org-us-congress", "USIA=org-usia", "USUN=org-usun",
                "USNATO=org-usnato", "NSC=org-nsc", "INR=org-inr", "Eximbank=org-eximbank"), f.mentions());
    }

    @Test
    void aPartysCongressIsAMeetingNotTheUsCongress() {
        Found f = Found.in("Before the Party Congress, at the 12th Congress and the Congress of the Ruritanian Workers' Party, he spoke.");
        assertFalse(f.mentions().stream().anyMatch(m -> m.endsWith("=org-us-congress")), f.mentions().toString());
    }

    @Test
    void aStatesCongressIsTheUsOne() {
        assertTrue(Found.in("Members of the US Congress wrote.").mentions().stream().anyMatch(m -> m.contains("Congress=org-")),
                Found.in("Members of the US Congress wrote.").mentions().toString());
    }

    @Test
    void aBroadcasterWhoseNameHoldsAPlaceIsOneBody() {
        Found f = Found.in("Radio Free Europe, Radio Liberty and the Voice of America will broadcast the speech.");
        assertEquals(List.of("Radio Free Europe=org-rfe", "Radio Liberty=org-radio-liberty", "Voice of America=org-voa"), f.mentions());
    }

    @Test
    void thePartsOfEuropeAreRegionsOfTheirOwn() {
        Found f = Found.in("Policy toward Eastern Europe differs from that toward Western Europe and Central Europe.");
        assertEquals(List.of("Eastern Europe=place-eastern-europe", "Western Europe=place-western-europe",
                "Central Europe=place-central-europe"), f.mentions());
    }

    @Test
    void aDividedStateWrittenWithAHyphen() {
        Found f = Found.in("Trade with North Viet-Nam and aid to South Viet-Nam; the delegation left for England.");
        assertEquals(List.of("North Viet-Nam=place-drv", "South Viet-Nam=place-rvn", "England=place-england"), f.mentions());
    }

    @Test
    void twoPointsOfTheCompassAreADirection() {
        assertEquals(List.of(), Found.in("They stressed East-West trade and the North-South talks in East-West relations.").mentions());
    }

    @Test
    void aForeignMinistryByItsAbbreviation() {
        Found f = Found.in("Novak of MFA said FonOff would reply.");
        assertEquals(List.of("MFA=org-mfa", "FonOff=org-fonoff"), f.mentions().stream().filter(m -> m.contains("=org-")).toList());
    }

    @Test
    void anOfficeBeforeABodyIsAPersonsTitle() {
        Found f = Found.in("The hunt was hosted by President Council of State Ruritania.");
        assertTrue(f.mentions().stream().noneMatch(m -> m.startsWith("President")), f.mentions().toString());
        assertTrue(f.mentions().stream().anyMatch(m -> m.startsWith("Council of State")), f.mentions().toString());
    }

    @Test
    void aLegislaturesSubcommitteeIsABody() {
        Found f = Found.in("He testified before the Appropriations Subcommittee on Tuesday.");
        assertEquals(List.of("Appropriations Subcommittee=org-appropriations-subcommittee"), f.mentions());
    }

    @Test
    void aStateDepartmentOfficeByItsSymbol() {
        Found f = Found.in("Drafted by Doe (EUR/EE), cleared by S/S and S/P; RFE/RL budgets were discussed.");
        assertEquals(List.of("EUR/EE=org-eur-ee", "S/S=org-s-s", "S/P=org-s-p", "RFE/RL=org-rfe-rl"),
                f.mentions().stream().filter(m -> m.contains("=org-")).toList());
    }
    @Test
    void aClippedCompoundOfTelegramsIsNoPersonsName() {
        List<String> persons = Found.in("FonMin Toncic discussed Vietnam, ChiRep, Albania and DoD plans; Austria will abstain on ChiRep issues.")
                .mentions().stream().filter(m -> m.contains("=pers-")).toList();
        assertEquals(List.of("Toncic=pers-toncic"), persons);
        assertEquals(List.of("McNamara=pers-mcnamara", "DeWitt=pers-dewitt", "LeRoy=pers-leroy"),
                Found.in("McNamara and Ambassador DeWitt met; LeRoy said so.").mentions().stream().filter(m -> m.contains("=pers-")).toList(),
                "a surname's head keeps the capital inside it a name's");
    }

    @Test
    void anOfficeWhoseSpaceTheCopyLostIsStillTheOffice() {
        assertEquals(List.of("Janos Vardanyi=pers-vardanyi"),
                Found.in("PARTICIPANTS: Janos Vardanyi, Chargéd'Affaires ad interim").mentions().stream().filter(m -> m.contains("=pers-")).toList());
    }

    @Test
    void theMeetingPlaceOf1968IsAPlaceByItsFirstWord() {
        assertEquals(List.of("Cierna=place-cierna-nad-tisou"),
                Found.in("Rostow commented that the Soviet decisions at Cierna seemed wise.").mentions().stream().filter(m -> m.contains("Cierna")).toList());
    }
}
