package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.annotate.Certainty;

/** A person named in full and later by part, by a title, by a forename or with a slip is one register entry. */
class OnePersonOneEntryTest {

    private static List<String> persons(Found f) {
        return f.mentions().stream().filter(m -> m.contains("=pers-")).toList();
    }

    @Test
    void twoForenamesThenTheSurname() {
        Found f = Found.in("Nur Ahmad Wardak received the delegation.", "The next day Wardak said the harvest was poor.");
        assertEquals(List.of("Nur Ahmad Wardak=pers-wardak", "Wardak=pers-wardak"), persons(f));
        assertEquals("Nur Ahmad", f.entry("pers-wardak").forename());
    }

    @Test
    void aPatronymicIsAMiddleNameAndItsInitialAgrees() {
        Found f = Found.in("Gennadi Ivanovich Petrov arrived.", "The minister met G. I. Petrov.", "Then Petrov left.");
        assertEquals(List.of("Gennadi Ivanovich Petrov=pers-petrov", "G. I. Petrov=pers-petrov", "Petrov=pers-petrov"), persons(f));
        assertEquals("Gennadi Ivanovich", f.entry("pers-petrov").forename());
    }

    @Test
    void anUnknownForenameBeforeAPatronymicStillMakesAName() {
        Found f = Found.in("The report of Zakhar Borisovich Lentov was read.");
        assertEquals(List.of("Zakhar Borisovich Lentov=pers-lentov"), persons(f));
    }

    @Test
    void honorificsOfSouthAndSoutheastAsiaAreTitles() {
        Found f = Found.in("Shri R. K. Menon spoke first.", "R. K. Menon agreed with U Thant and Daw Khin Myo.");
        assertEquals(List.of("R. K. Menon", "R. K. Menon", "Thant", "Khin Myo"), persons(f).stream().map(m -> m.split("=")[0]).toList());
        assertEquals("R. K.", f.entry("pers-menon").forename());
        assertEquals(List.of("pers-menon", "pers-menon"), persons(f).subList(0, 2).stream().map(m -> m.split("=")[1]).toList());
    }

    @Test
    void aFamilyNameThatIsAlsoATitleIsATitleOnlyBeforeOneWord() {
        Found f = Found.in("Pak Harto met Comrade Pak Yong Chan.");
        assertEquals(List.of("Harto=pers-harto", "Pak Yong Chan=pers-pak-yong-chan"), persons(f));
    }

    @Test
    void anArabicSurnameIsNamedWithAndWithoutItsArticle() {
        Found f = Found.in("Comrade Ahmad al-Rawi welcomed us.", "The guests thanked al-Rawi; Rawi smiled.");
        assertEquals(List.of("Ahmad al-Rawi=pers-al-rawi", "al-Rawi=pers-al-rawi", "Rawi=pers-al-rawi"), persons(f));
    }

    @Test
    void particlesStayInsideTheName() {
        Found f = Found.in("Ambassador Johann van der Berg and Otto von Kessel came.", "Later van der Berg and Kessel left.");
        assertEquals(List.of("Johann van der Berg=pers-van-der-berg", "Otto von Kessel=pers-von-kessel",
                "van der Berg=pers-van-der-berg", "Kessel=pers-von-kessel"), persons(f));
    }

    @Test
    void theFirstWordsOfAFullerNameNameThatPerson() {
        Found f = Found.in("Dejazmach Haile Tessema Wolde arrived.", "Haile Tessema then spoke.");
        assertEquals(List.of("Haile Tessema Wolde=pers-tessema-wolde", "Haile Tessema=pers-tessema-wolde"), persons(f));
    }

    @Test
    void aForenameAloneNamesTheOnePersonWithItAsAGuess() {
        Found f = Found.in("Comrade Ramiz Velaj was present.", "Comrade Ramiz said the Party was strong.");
        assertEquals(List.of("Ramiz Velaj=pers-velaj", "Ramiz=pers-velaj"), persons(f));
        assertEquals(Certainty.MEDIUM, f.span("Ramiz").cert());
    }

    @Test
    void aForenameTwoPersonsShareNamesNoOne() {
        Found f = Found.in("Comrade Ramiz Velaj and Comrade Ramiz Doko came.", "Comrade Ramiz spoke.");
        assertEquals(List.of("Ramiz Velaj=pers-velaj", "Ramiz Doko=pers-doko"), persons(f));
    }

    @Test
    void aSingleNameWithATitleAndWithoutIsOnePerson() {
        Found f = Found.in("Prince Sithavong arrived.", "Sithavong spoke of the Pathet Lao.");
        assertEquals(List.of("Sithavong=pers-sithavong", "Sithavong=pers-sithavong"), persons(f));
    }

    @Test
    void theTailOfAFullerNameIsThatPerson() {
        Found f = Found.in("Hamid Abdel Rahim received the delegation.", "Later Abdel Rahim spoke of the harvest.");
        assertEquals(1, persons(f).stream().map(m -> m.split("=")[1]).distinct().count(), persons(f).toString());
        assertEquals(2, persons(f).size(), persons(f).toString());
    }

    @Test
    void initialsAndSurnameJoinAFullerNameWithAMiddleName() {
        Found f = Found.in("Radomir Bojanov Stankev opened the session.", "R. Stankev closed it.");
        assertEquals(1, persons(f).stream().map(m -> m.split("=")[1]).distinct().count(), persons(f).toString());
    }

    @Test
    void aPlenipotentiaryIsATitleNotAName() {
        Found f = Found.in("Plenipotentiary Jerzy Orlik opened the meeting.", "J. Orlik closed it.");
        assertEquals(List.of("Jerzy Orlik", "J. Orlik"), persons(f).stream().map(m -> m.split("=")[0]).toList());
        assertEquals(1, persons(f).stream().map(m -> m.split("=")[1]).distinct().count(), persons(f).toString());
    }

    @Test
    void aSlipOfTheWordAPersonIsNamedByAloneJoinsThatPerson() {
        Found f = Found.in("Chairman Tesfaye Gebre Kidan arrived.", "Tesfaye spoke first.", "Then Tesfyae left.");
        List<String> ids = persons(f).stream().map(m -> m.split("=")[1]).toList();
        assertEquals(3, ids.size(), persons(f).toString());
        assertEquals(1, ids.stream().distinct().count(), persons(f).toString());
    }

    @Test
    void initialsJoinTheForenameTheyAbbreviate() {
        Found f = Found.in("Petar Ivanov opened the session.", "P. Ivanov closed it.");
        assertEquals(List.of("Petar Ivanov=pers-ivanov", "P. Ivanov=pers-ivanov"), persons(f));
    }

    @Test
    void aSlipOfAKnownNameJoinsThePersonAsAVariantWithItsCorrection() {
        Found f = Found.in("Brezhnev spoke.", "Brezhenv [sic] repeated it.", "Comrade Velkovski agreed; Velkovksi said no more.");
        assertEquals(List.of("Brezhnev=pers-brezhnev", "Brezhenv=pers-brezhnev", "Velkovski=pers-velkovski", "Velkovksi=pers-velkovski"),
                persons(f));
        assertTrue(f.marks().contains("Brezhenv:Sic[correction=Brezhnev]"), f.marks().toString());
        assertTrue(f.marks().contains("Velkovksi:Sic[correction=Velkovski]"), f.marks().toString());
        assertTrue(f.entry("pers-brezhnev").variants().contains("Brezhenv"));
    }

    @Test
    void aSpellingTheDocumentRepeatsIsItsOwnNotASlip() {
        Found f = Found.in("He said Jaroszewicz had telephoned him. Jaroszewicz was now having a study prepared.",
                "We discussed Jaroszewicz's desire for more exports.", "[1] A talk with Vice President Jarosewicz.");
        List<String> ids = persons(f).stream().map(m -> m.split("=")[1]).distinct().toList();
        assertEquals(1, ids.size(), "one person in both spellings: " + persons(f));
        assertTrue(f.marks().stream().noneMatch(m -> m.contains("Sic")), "no spelling marked as an error: " + f.marks());

        Found once = Found.in("Vice President Jarosewicz arrived. Jarosewicz spoke first.", "Then Jaroszewicz left.");
        assertTrue(once.marks().contains("Jaroszewicz:Sic[correction=Jarosewicz]"), "written once, beside a name written twice: a slip "
                + once.marks());
    }

    @Test
    void aWordOneLetterFromANameThatTheDocumentWritesSmallIsNoSlip() {
        Found f = Found.in("Comrade Leaser spoke.", "Lesser powers objected to the lesser evil.");
        assertEquals(List.of("Leaser=pers-leaser"), persons(f));
    }

    @Test
    void aSpanishDoubleSurnameIsNamedByEitherPart() {
        Found f = Found.in("Ambassador Ramón Estrada Luque arrived.", "Comrade Estrada thanked him.");
        assertEquals(List.of("Ramón Estrada Luque=pers-estrada-luque", "Estrada=pers-estrada-luque"), persons(f));
        assertNull(f.span("Estrada").cert());
    }
}
