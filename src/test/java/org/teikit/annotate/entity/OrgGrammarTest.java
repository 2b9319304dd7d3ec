package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each production of the organisation grammar ({@link OrgGrammar}), on invented sentences: a name
 * it makes, and a near miss it must not make. Run through the whole entity recogniser, which
 * gives the grammar the known places and bodies it builds on; what is asserted is the grammar's
 * part, the organisations (and the places found inside them).
 */
class OrgGrammarTest {

    /** Every mention of the sentence as "surface=id", in text order. */
    private static List<String> found(String sentence) {
        return Found.in(sentence).mentions();
    }

    // core = modifier* head state?

    @Test
    void modifiersBeforeAHeadMakeAName() {
        assertEquals(List.of("Ruritanian Embassy=org-ruritanian-embassy"), found("The Ruritanian Embassy informed us."));
        assertEquals(List.of("KWP CC Politburo=org-kwp-cc-politburo"), found("The KWP CC Politburo met."));
    }

    @Test
    void aBareHeadIsNoName() {
        assertEquals(List.of(), found("We informed the Embassy."));
        assertEquals(List.of(), found("Our Embassy informed the Ministry."));
    }

    @Test
    void aConjunctionOpeningTheSentenceIsNoModifier() {
        assertEquals(List.of(), found("Unless Embassy objects, we go ahead."));
        assertEquals(List.of(), found("Despite Legation warnings, he went."));
    }

    @Test
    void anOrdinalIsAModifier() {
        assertEquals(List.of("1st Western Department=org-1st-western-department"), found("The 1st Western Department replied."));
    }

    @Test
    void anOrdinalBeforeAKnownBodyIsTheNumberOfItsSession() {
        assertEquals(List.of("UN General Assembly=org-un-general-assembly"), found("Delegates of the 15th UN General Assembly session spoke."));
    }

    @Test
    void capitalisedWordsTheEditorSuppliedAreModifiers() {
        assertEquals(List.of("[Supreme] Court=org-supreme-court"), found("The [Supreme] Court ruled."));
        assertEquals(List.of(), found("The [supreme] Court ruled."), "a word in small letters in the brackets");
    }

    @Test
    void modifiersJoinedByAndBeforeTheHead() {
        assertEquals(List.of("Near and Middle East Department=org-near-and-middle-east-department"),
                found("The Near and Middle East Department wrote."));
        assertEquals(List.of(), found("Kim and Party leaders met."), "a person's name joins no body by 'and'");
    }

    @Test
    void aPossessiveOfAPluralInsideAName() {
        assertEquals(List.of("Workers' Party=org-workers-party"), found("The Workers' Party met."));
        assertEquals(List.of("Rivanian People's Party=org-rivanian-people-s-party"), found("The Rivanian People's Party met."));
        assertEquals(List.of("Kim Il Sung=pers-kim-il-sung"), found("Kim Il Sung's Party met."), "a person's possessive ends the name");
    }

    @Test
    void aStateAfterAHeadInCapitals() {
        assertEquals(List.of("MID SSSR=org-mid-sssr", "SSSR=place-ussr"), found("The MID SSSR replied."));
        assertEquals(List.of("USSR=place-ussr"), found("The Ministry USSR replied."), "a head in small letters takes no state after it");
    }

    @Test
    void aRomanNumberAfterTheHeadAndTheAreaItCovers() {
        assertEquals(List.of("Directorate II Europe=org-directorate-ii-europe", "Europe=place-europe"), found("Directorate II Europe wrote."));
        assertEquals(List.of("Europe=place-europe"), found("Directorate II. Europe wrote."), "a numbered point of an outline, not an office");
    }

    @Test
    void aHeadBeforeAWordOfAnEventNamesNoBody() {
        assertEquals(List.of(), found("The Ruritanian Party Congress met."));
    }

    @Test
    void aRegionBeforeADesksHeadIsItsRemitNotAPlaceMentioned() {
        assertEquals(List.of("Far East Department=org-far-east-department"), found("The Far East Department wrote."));
    }

    // complement = (of | for) the? (org | known place | capitalised words)

    @Test
    void ofOrForWithCapitalisedWords() {
        assertEquals(List.of("Ministry of Foreign Affairs=org-ministry-of-foreign-affairs"), found("The Ministry of Foreign Affairs replied."));
        assertEquals(List.of("Committee for Industry and Trade=org-committee-for-industry-and-trade"),
                found("The Committee for Industry and Trade met."));
        assertEquals(List.of(), found("The Committee for the met."), "no words after the article");
    }

    @Test
    void ofWithAKnownPlaceKeptInsideTheName() {
        assertEquals(List.of("Embassy of the GDR=org-embassy-of-the-gdr", "GDR=place-gdr"), found("The Embassy of the GDR wrote."));
        assertEquals(List.of("Embassy of Ruritania=org-embassy-of-ruritania"), found("Our Embassy of Ruritania wrote."),
                "a possessive before a name with 'of'");
    }

    // complement = (in | to) the? (known place | org), only after a diplomatic head

    @Test
    void inOrToAPlaceAfterADiplomaticHead() {
        assertEquals(List.of("GDR Embassy in the USSR=org-gdr-embassy-in-the-ussr", "GDR=place-gdr", "USSR=place-ussr"),
                found("The GDR Embassy in the USSR wrote."));
        assertEquals(List.of("Trade Department=org-trade-department", "Moscow=place-moscow"), found("The Trade Department in Moscow wrote."),
                "not after a head of another kind");
    }

    @Test
    void aPlaceAfterToEndsTheNameAndTheNextBegins() {
        assertEquals(List.of("Embassy to the USSR=org-embassy-to-the-ussr", "USSR=place-ussr", "Political Department=org-political-department"),
                found("The Embassy to the USSR Political Department wrote."));
    }

    @Test
    void aCityRightAfterADiplomaticHead() {
        assertEquals(List.of("Ruritanian Embassy Moscow=org-ruritanian-embassy-moscow", "Moscow=place-moscow"),
                found("The Ruritanian Embassy Moscow wrote."));
        assertEquals(List.of("Trade Department=org-trade-department", "Moscow=place-moscow"), found("The Trade Department Moscow wrote."));
    }

    @Test
    void aBareHeadAfterAPossessiveDescribedByWhereItIsIsNoName() {
        assertEquals(List.of("Embassy in Moscow=org-embassy-in-moscow", "Moscow=place-moscow"), found("The Embassy in Moscow wrote."));
        assertEquals(List.of("Moscow=place-moscow"), found("Our Embassy in Moscow wrote."), "the writer's own mission");
        assertEquals(List.of(), found("The Embassy in Strelsau wrote."), "a place the gazetteer does not know makes no complement");
    }
}
