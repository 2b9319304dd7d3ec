package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.annotate.Certainty;
import org.teikit.source.BlockKind;

class PersonRecognitionTest {

    @Test
    void titleIsNotPartOfTheName() {
        Found f = Found.in("Yesterday Comrade Novotka received the delegation.");
        assertEquals(List.of("Novotka=pers-novotka"), f.mentions());
        assertEquals("Novotka", f.entry("pers-novotka").surname());
    }

    @Test
    void laterBareSurnameIsTheSamePerson() {
        Found f = Found.in("Comrade Varenko, Deputy Head of the Second Department, arrived.",
                "Varenko then said that [Varenko:] nothing had changed.");
        assertEquals(List.of("Varenko=pers-varenko", "Varenko=pers-varenko", "Varenko=pers-varenko"),
                f.mentions().stream().filter(m -> m.contains("pers-")).toList());
        assertEquals(List.of("Deputy Head of the Second Department"), f.entry("pers-varenko").roles());
    }

    @Test
    void officesBeforeTheNameBecomeRoles() {
        Found f = Found.in("Deputy Foreign Minister Teodor Lask opened the talks.");
        assertEquals(List.of("Teodor Lask=pers-lask"), f.mentions());
        assertEquals(List.of("Deputy Foreign Minister"), f.entry("pers-lask").roles());
        assertEquals("Teodor", f.entry("pers-lask").forename());
    }

    @Test
    void initialsMakeAPersonWithoutATitleButMarkedAsAGuess() {
        Found f = Found.in("The report of P. K. Marinov was discussed.");
        assertEquals(List.of("P. K. Marinov=pers-marinov"), f.mentions());
        assertEquals(Certainty.MEDIUM, f.span("P. K. Marinov").cert());
    }

    @Test
    void initialsWrittenTogetherAndApartAreOnePerson() {
        Found f = Found.in("From the diary of V.T. Orlikov.", "Ambassador V. Orlikov signed.");
        assertEquals(List.of("V.T. Orlikov=pers-orlikov", "V. Orlikov=pers-orlikov"), f.mentions());
    }

    @Test
    void eastAsianNamesKeepTheFamilyNameFirstAndAreReferredToByIt() {
        Found f = Found.in("Comrade Ryang Chol-hun, head of department, attended.", "Later Comrade Ryang left.");
        assertEquals(List.of("Ryang Chol-hun=pers-ryang-chol-hun", "Ryang=pers-ryang-chol-hun"), f.mentions());
        assertNull(f.entry("pers-ryang-chol-hun").surname(), "the whole name is the name");
    }

    @Test
    void vietnameseNamesAreReferredToByTheirLastPart() {
        Found f = Found.in("Deputy Minister Nguyen Van Thoai received us.", "Comrade Thoai said the harvest was good.");
        assertEquals(List.of("Nguyen Van Thoai=pers-nguyen-van-thoai", "Thoai=pers-nguyen-van-thoai"), f.mentions());
    }

    @Test
    void aWordThatCouldNameTwoPersonsNamesNoOne() {
        Found f = Found.in("Comrade Choe Il-bok and Comrade Choe Song-u met. Comrade Choe spoke first.");
        assertEquals(List.of("Choe Il-bok=pers-choe-il-bok", "Choe Song-u=pers-choe-song-u"), f.mentions());
    }

    @Test
    void hungarianOrderPutsTheFamilyNameFirst() {
        Found f = Found.in("Our thanks go to Comrade Bodnár Gyula.");
        assertEquals("Bodnár", f.entry("pers-bodnar").surname());
        assertEquals("Gyula", f.entry("pers-bodnar").forename());
    }

    @Test
    void spanishDoubleSurnamesStayWhole() {
        Found f = Found.in("Ambassador Ramón Estrada Luque arrived.", "Comrade Estrada Luque thanked him.");
        assertEquals(List.of("Ramón Estrada Luque=pers-estrada-luque", "Estrada Luque=pers-estrada-luque"), f.mentions());
        assertEquals("Estrada Luque", f.entry("pers-estrada-luque").surname());
    }

    @Test
    void bracketedAlternativeSpellingIsOneMentionWithAVariant() {
        Found f = Found.in("Comrade Ko Yeong-sik [Ko Yong Sik], Deputy Premier, spoke.");
        assertEquals(List.of("Ko Yeong-sik [Ko Yong Sik]=pers-ko-yeong-sik"), f.mentions());
        assertTrue(f.entry("pers-ko-yeong-sik").variants().contains("Ko Yong Sik"));
        assertEquals(1, f.result.variantBrackets().get(0).size());
        assertEquals(List.of("Deputy Premier"), f.entry("pers-ko-yeong-sik").roles());
    }

    @Test
    void editorSuppliedPartsStayInsideTheName() {
        Found f = Found.in("Comrade [Kurt] Lamprecht and Vice Premier [Hu] Dingwen and W[alter] Bessel met.");
        assertEquals(List.of("[Kurt] Lamprecht=pers-lamprecht", "[Hu] Dingwen=pers-hu-dingwen", "W[alter] Bessel=pers-bessel"),
                f.mentions());
        assertEquals("Kurt", f.entry("pers-lamprecht").forename());
        assertEquals("Walter", f.entry("pers-bessel").forename());
    }

    @Test
    void anOfficeInBracketsBeforeTheNameIsARole() {
        Found f = Found.in("the letter by [GDR Deputy Foreign Minister] Comrade [Kurt] Lamprecht arrived");
        assertEquals(List.of("GDR Deputy Foreign Minister"), f.entry("pers-lamprecht").roles());
    }

    @Test
    void explainedAbbreviationIsOneMentionAndNamesThePersonLater() {
        Found f = Found.in("The delegation was received by KIS (Kim Il Sung).", "Then KIS spoke at length.");
        assertEquals(List.of("KIS (Kim Il Sung)=pers-kim-il-sung", "KIS=pers-kim-il-sung"), f.mentions());
        assertTrue(f.marks().contains("KIS:Abbreviation[expansion=Kim Il Sung]"), f.marks().toString());
    }

    @Test
    void capitalLetterIForSmallLIsMendedAsASlip() {
        Found f = Found.in("The visit of Kim II Sung was postponed.");
        assertEquals(List.of("Kim II Sung=pers-kim-il-sung"), f.mentions());
        assertEquals(List.of("Kim II Sung:Sic[correction=Kim Il Sung]"), f.marks());
        assertTrue(f.entry("pers-kim-il-sung").variants().contains("Kim II Sung"));
    }

    @Test
    void unreadableLettersJoinTheCleanSpellingOfTheSameName() {
        Found f = Found.in("General Z?otowski objected.", "[Signed] Adam Złotowski");
        assertEquals(List.of("Z?otowski=pers-zlotowski", "Adam Złotowski=pers-zlotowski"), f.mentions());
        assertEquals(List.of("Z?otowski:Sic[correction=Złotowski]"), f.marks());
    }

    @Test
    void allCapitalsFormOfAKnownPersonIsAMention() {
        Found f = Found.in("Comrade Kim Il Sung arrived.", "KIM IL SUNG then spoke.");
        assertEquals(List.of("Kim Il Sung=pers-kim-il-sung", "KIM IL SUNG=pers-kim-il-sung"), f.mentions());
    }

    @Test
    void signatureBlockNamesTheSignerAndTheRoleAfterIt() {
        Found f = Found.blocks(new EntityRecogniser.Input("[Signed] Hartwig Attache", BlockKind.SIGNATURE));
        assertEquals(List.of("Hartwig=pers-hartwig"), f.mentions());
        assertEquals(List.of("Attache"), f.entry("pers-hartwig").roles());
    }

    @Test
    void signatureLinesGiveNameAndOffice() {
        Found f = Found.blocks(new EntityRecogniser.Input("Lantos Ödön\nAmbassador", BlockKind.SIGNATURE));
        assertEquals(List.of("Lantos Ödön=pers-lantos"), f.mentions());
        assertEquals(List.of("Ambassador"), f.entry("pers-lantos").roles());
    }

    @Test
    void speakerLabelsMakeAPersonOnlyWhenTheyRecur() {
        Found once = Found.in("Assessment: the talks went well.");
        assertTrue(once.mentions().isEmpty(), once.mentions().toString());
        Found twice = Found.in("Batbayar: We need a loan.", "Zhang Wenbo: How much?", "Batbayar: About ten million.");
        assertEquals(List.of("Batbayar=pers-batbayar", "Zhang Wenbo=pers-zhang-wenbo", "Batbayar=pers-batbayar"), twice.mentions());
    }

    @Test
    void labelledLinesNamePersons() {
        Found f = Found.in("Interpreter: Sun Lihua [female]");
        assertEquals(List.of("Sun Lihua=pers-sun-lihua"), f.mentions());
    }

    @Test
    void pluralTitleCoversEveryName() {
        Found f = Found.in("the leaders, Comrades Le Duan and Truong Chinh, agreed");
        assertEquals(List.of("Le Duan=pers-le-duan", "Truong Chinh=pers-truong-chinh"), f.mentions());
    }

    @Test
    void titlesAndPronounsAloneAreNoMentions() {
        Found f = Found.in("The Ambassador said that he and the Minister would meet the Comrades.");
        assertTrue(f.mentions().isEmpty(), f.mentions().toString());
    }

    @Test
    void appositionAfterAFootnoteNameIsARole() {
        Found f = Found.in("Yumjaagiin Tsedenbal, First Secretary of the MPRP CC.");
        assertTrue(f.entry("pers-tsedenbal").roles().contains("First Secretary of the MPRP CC"));
        assertFalse(f.mentions().stream().anyMatch(m -> m.startsWith("First")));
    }

    @Test
    void middleInitialsBelongToTheName() {
        Found f = Found.in("Orvald T. Brenning and Harriet K. Moss met.");
        assertEquals(List.of("Orvald T. Brenning=pers-brenning", "Harriet K. Moss=pers-moss"), f.mentions());
        assertEquals("Orvald T.", f.entry("pers-brenning").forename());
    }

    @Test
    void initialsGluedToAnAbbreviationAreNoName() {
        Found f = Found.in("The Sino-U.S. Ambassadorial Talks resumed.");
        assertTrue(f.mentions().stream().noneMatch(m -> m.contains("pers-")), f.mentions().toString());
    }

    @Test
    void aDocumentAfterAForenameIsNoSurname() {
        Found f = Found.in("The James Declaration was read.");
        assertTrue(f.mentions().isEmpty(), f.mentions().toString());
    }

    @Test
    void aWordTheDocumentAlsoWritesSmallNamesNoOne() {
        Found f = Found.in("He became General Editor of the series.", "The editor agreed.", "Developments: none.",
                "Developments: many.", "There were developments.");
        assertTrue(f.mentions().isEmpty(), f.mentions().toString());
    }

    @Test
    void aLetteredHeadingIsNoName() {
        Found f = Found.in("A. Early Policies of the Office");
        assertTrue(f.mentions().isEmpty(), f.mentions().toString());
    }
    @Test
    void aChineseFamilyNameThatIsAlsoAPronounIsTheNameAfterATitle() {
        List<String> persons = Found.personsIn("A delegation headed by Marshal He Long came; Comrade He Ying spoke after Vice Premier Chen Yi.");
        assertTrue(persons.containsAll(List.of("He Long", "He Ying", "Chen Yi")), persons.toString());
        persons = Found.personsIn("He met the Marshal. He Long was not there. As Premier He said nothing, Chen Yi spoke.");
        assertTrue(persons.stream().noneMatch(p -> p.startsWith("He")), "after a full stop, or before no given name, He is the pronoun: " + persons);
    }
}
