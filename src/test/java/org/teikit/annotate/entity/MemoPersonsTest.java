package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.source.BlockKind;

/**
 * Persons in the English documents of other archives: telegrams and memoranda of conversation
 * with memo headings, officials named by bare surname, sign-offs, drafting notes and outline
 * labels. Every text here is invented.
 */
class MemoPersonsTest {

    private static EntityRecogniser.Input p(String text) {
        return new EntityRecogniser.Input(text, BlockKind.PARAGRAPH);
    }

    private static EntityRecogniser.Input head(String text) {
        return new EntityRecogniser.Input(text, BlockKind.HEAD);
    }

    private static List<String> persons(Found f) {
        return f.mentions().stream().filter(m -> m.contains("=pers-")).toList();
    }

    @Test
    void memoHeadingLinesNameTheirOfficials() {
        Found f = Found.blocks(head("TO: The Secretary"), head("FROM: EUR - Wendell Harkness"), head("THROUGH: S/S"),
                head("SUBJECT: Call by Ambassador Vorlicek"),
                p("Vorlicek will ask about the claims. Harkness believes we should listen."));
        assertEquals(List.of("Wendell Harkness=pers-harkness", "Vorlicek=pers-vorlicek", "Vorlicek=pers-vorlicek",
                "Harkness=pers-harkness"), persons(f));
    }

    @Test
    void aNameInParenthesesAfterAnOfficeIsTheOfficial() {
        Found f = Found.in("Memorandum From the Ambassador to Ruritania (Halloran) to the Under Secretary of State for "
                + "Political Affairs (Brennick)", "[1] A handwritten note by Brennick reads: agreed. Bulgaria (Tab N) follows.");
        assertEquals(List.of("Halloran=pers-halloran", "Brennick=pers-brennick", "Brennick=pers-brennick"), persons(f));
    }

    @Test
    void theNameSigningOffATelegramBeforeItsNotesIsAPerson() {
        Found f = Found.blocks(p("1. Trade talks resumed today in good atmosphere."),
                p("2. Embassy will report further by pouch."),
                head("Tolliver"),
                p("[1] Source: Central Files. Secret. Drafted by Tolliver."));
        assertEquals(List.of("Tolliver=pers-tolliver", "Tolliver=pers-tolliver"), persons(f));
    }

    @Test
    void aSignOffCarriesItsFootnoteMarkerAndItsOffice() {
        Found f = Found.blocks(p("We should go on as before."), head("Nathan Pellworth [2]"), p("[1] Source: Central Files."));
        assertEquals(List.of("Nathan Pellworth=pers-pellworth"), persons(f));
        Found g = Found.blocks(p("We should go on as before."), head("Nathan Pellworth American Minister"), p("[1] Source: Central Files."));
        assertEquals(List.of("Nathan Pellworth=pers-pellworth"), persons(g));
    }

    @Test
    void aLastLineThatIsACommonWordSignsNothing() {
        Found f = Found.blocks(p("The plan was approved by the committee."), head("Approved"), p("[1] Source: Central Files."));
        assertEquals(List.of(), persons(f));
    }

    @Test
    void theDraftingNoteNamesEveryOfficialItLists() {
        Found f = Found.in("[1] Source: Central Files. Secret. Drafted by Marchetti, Quellan, and Dorsey; "
                + "cleared by EUR/RPM and Harwood, and approved by Stellmach. Copies were sent to Bowdin and Leffert.");
        assertEquals(List.of("Marchetti=pers-marchetti", "Quellan=pers-quellan", "Dorsey=pers-dorsey", "Harwood=pers-harwood",
                "Stellmach=pers-stellmach", "Bowdin=pers-bowdin", "Leffert=pers-leffert"), persons(f));
    }

    @Test
    void memoHeadingsNameOfficialsByClippedOfficesAndLaterByBareSurname() {
        Found f = Found.blocks(head("PARTICIPANTS"), head("The Secretary"), head("Asst. Sec. Whitcombe (E)"),
                head("Dep. Asst. Sec. Harrowgate (EUR)"), head("FonMin Vasilescu"),
                p("Vasilescu said the talks had gone well. Harrowgate replied that Whitcombe would call."));
        assertEquals(List.of("Whitcombe=pers-whitcombe", "Harrowgate=pers-harrowgate", "Vasilescu=pers-vasilescu",
                "Vasilescu=pers-vasilescu", "Harrowgate=pers-harrowgate", "Whitcombe=pers-whitcombe"), persons(f));
    }

    @Test
    void aFootnoteMarkerGluedToANameIsNotPartOfIt() {
        Found f = Found.in("Secretary Kellerman[2] met the Ambassador.", "Kellerman[3] said the meeting was useful.");
        assertEquals(List.of("Kellerman=pers-kellerman", "Kellerman=pers-kellerman"), persons(f));
    }

    @Test
    void outlineLettersAreNoInitials() {
        Found f = Found.in("A. Withdrawal", "The withdrawal of the forces is not expected.",
                "B. Qualified Support", "Their support remains qualified.");
        assertEquals(List.of(), persons(f));
    }

    @Test
    void theLettersOfAnOutlineAreLabelsEvenBeforeAName() {
        Found f = Found.in("A. Varenko said the statement had been wise.", "B. Cierno", "C. Varenko replied that he did not presume to judge.");
        assertEquals(List.of("Varenko=pers-varenko", "Varenko=pers-varenko"), persons(f));
    }

    @Test
    void koreanNamesInUsSpellingAreFamilyNameFirst() {
        Found f = Found.in("Ambassador Brandon called on Prime Minister Chung Il Kwon and on Kim Hyung Wook.",
                "Chung said that Kim had not been told.");
        assertEquals(List.of("Brandon=pers-brandon", "Chung Il Kwon=pers-chung-il-kwon", "Kim Hyung Wook=pers-kim-hyung-wook",
                "Chung=pers-chung-il-kwon", "Kim=pers-kim-hyung-wook"), persons(f));
    }

    @Test
    void aNameAfterAnOfficeMayEndWithAnEditorsRemark() {
        Found f = Found.in("A reception was held by the Naval Attaché of the Republic, Ovid Spirek [sic] on the occasion of the holiday.");
        assertEquals(List.of("Ovid Spirek=pers-spirek"), persons(f));
    }

    @Test
    void aDoctrineIsNoPerson() {
        Found f = Found.in("It is an undialectical reading of Marxism-Leninism informed by the struggle.",
                "Ever since Lenin, Communism has claimed it; Stalinist rule replaced it.");
        assertEquals(List.of("Lenin=pers-lenin"), persons(f));
    }

    @Test
    void archiveFileNamesAreNoPersons() {
        Found f = Found.in("[1] Source: National Archives, Nixon Presidential Materials, NSC Files, Box 712, Country Files, Europe. "
                + "Secret. Sent for information. Kissinger initialed the memorandum.",
                "Materials: File, Folder 3.");
        List<String> found = persons(f);
        assertTrue(found.stream().noneMatch(m -> m.startsWith("Materials") || m.startsWith("File") || m.startsWith("Box")
                || m.startsWith("Country")), found.toString());
    }

    @Test
    void namesListedWithAPersonArePersons() {
        Found f = Found.in("The talks of Ambassador Tolliver, Hrubec and Lanska went on.",
                "Later Hrubec complained.");
        assertEquals(List.of("Tolliver=pers-tolliver", "Hrubec=pers-hrubec", "Lanska=pers-lanska", "Hrubec=pers-hrubec"), persons(f));
    }

    @Test
    void aCommaListAfterAParticipantsLabelIsAListOfPersons() {
        Found f = Found.in("Those Taking Part: Ostrovin, Belenkov, Sarkisyan(1)");
        assertEquals(List.of("Ostrovin=pers-ostrovin", "Belenkov=pers-belenkov", "Sarkisyan=pers-sarkisyan"), persons(f));
    }

    @Test
    void anOfficeInThePluralTitlesEveryNameItLists() {
        Found f = Found.in("Foreign Ministers Aldrick and Vermeulen had come to the capital.");
        assertEquals(List.of("Aldrick=pers-aldrick", "Vermeulen=pers-vermeulen"), persons(f));
    }

    @Test
    void aClippedComradeIsAFormOfAddress() {
        Found f = Found.in("The envoy visited Premier Cde. Sirotek in the capital.");
        assertEquals(List.of("Sirotek=pers-sirotek"), persons(f));
    }

    @Test
    void aKnownPersonIsNamedInWhatIsNamedAfterThem() {
        Found f = Found.in("[1] Source: Johnson Library, National Security File, Country File.");
        assertEquals(List.of("Johnson=pers-johnson"), persons(f));
    }

    @Test
    void aKnownPersonsSurnameWithAPossessiveIsThatPerson() {
        Found f = Found.in("[3] For text of Rusk's October 2 speech, see the Bulletin.");
        assertEquals(List.of("Rusk=pers-rusk"), persons(f));
    }

    @Test
    void aKnownSurnameJoinsThePersonTheDocumentNamesSo() {
        Found f = Found.in("Our message to President Kennedy was answered.", "Kennedy's response was firm.");
        assertEquals(List.of("Kennedy=pers-kennedy", "Kennedy=pers-kennedy"), persons(f));
    }

    @Test
    void aPossessiveMakesAPersonOnlyWhenTheDocumentSaysSoAgain() {
        Found f = Found.in("The press reported Halvorsen's testimony of May 17.", "[3] For text of Halvorsen's testimony, see the Hearings.");
        assertEquals(List.of("Halvorsen=pers-halvorsen", "Halvorsen=pers-halvorsen"), persons(f));
        Found g = Found.in("The press reported Carmody's testimony of May 17.");
        assertEquals(List.of(), persons(g));
    }

    @Test
    void aMistypedOfficeIsNoForename() {
        Found f = Found.in("Minister Halloway recalled the talks.", "As Minster Halloway stated, the issue remains.",
                "Minister Halloway said more.");
        assertEquals(List.of("Halloway=pers-halloway", "Halloway=pers-halloway", "Halloway=pers-halloway"), persons(f));
    }

    @Test
    void aNameWhoseFirstWordsTheEditorSuppliedIsOneName() {
        Found f = Found.in("They believe the regime of [Tran Van] Khiem [has been] strengthened.");
        assertEquals(List.of("[Tran Van] Khiem=pers-tran-van-khiem"), persons(f));
    }

    @Test
    void peoplesAndQualifiersOfOfficesAreNoPersons() {
        Found f = Found.in("In a conversation with Defense Secretary Carrington the Czechs and Soviets were discussed.",
                "Ambassador Tolliver, Executive Secretary Brandauer and Ostrovin met.");
        List<String> found = persons(f);
        assertTrue(found.stream().noneMatch(m -> m.startsWith("Defense") || m.startsWith("Czechs") || m.startsWith("Soviets")
                || m.startsWith("Executive")), found.toString());
    }
    @Test
    void figuresEveryHistorianKnowsAreNamedByTheirSurnameAlone() {
        Found f = Found.in("He said that Rapacki had spoken of this to Rusk, and the Secretary made the point to Dobrynin.",
                "[2] A reply to Mindszenty's letter was delivered. Bohlen and the Ambassador were away.");
        assertEquals(List.of("Rapacki=pers-rapacki", "Rusk=pers-rusk", "Dobrynin=pers-dobrynin", "Mindszenty=pers-mindszenty",
                "Bohlen=pers-bohlen"), persons(f));
        assertEquals(List.of(), persons(Found.in("The Secretary made the point to Dobrovin and to Ruskin.")),
                "a name one letter off a known figure's, with no cue, is no one's");
    }
}
