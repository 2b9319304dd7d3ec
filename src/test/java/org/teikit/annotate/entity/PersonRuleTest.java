package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.source.BlockKind;

/** The rules of {@link PersonRules#ORDER} one by one: each fires on its own fixture and not on a near miss. */
class PersonRuleTest {
    private static final PersonRules RULES = new PersonRules(new Lexicon(), List.of());

    /** The names one rule alone finds in a paragraph, as written. */
    private static List<String> found(String rule, String text) {
        return found(List.of(rule), text);
    }

    /** The names the rules find in a paragraph, run in the order given. */
    private static List<String> found(List<String> rules, String text) {
        TextScan s = new TextScan(0, text, BlockKind.PARAGRAPH);
        List<PersonFound> out = new ArrayList<>();
        for (String rule : rules) PersonRules.PersonRule.named(rule).find(RULES, s, Hits.none(), out);
        return out.stream().map(p -> s.span(p.from(), p.to())).toList();
    }

    @Test
    void theOrderIsTheDocumentedOne() {
        assertEquals(List.of("abbreviation", "title", "office-in-small-letters", "label", "signature", "speaker", "shape", "known-surname",
                "pair", "person-predicate", "cue", "surname-in-capitals", "addressee-in-capitals", "addressed", "apposition-after-office", "bracket-after-office", "surname-after-preposition", "gazetteer"),
                PersonRules.ORDER.stream().map(PersonRules.PersonRule::name).toList());
    }

    @Test
    void officeInSmallLettersNeedsAnArticleBeforeItAndANameRightAfterIt() {
        assertEquals(List.of("Galbrook"), found("office-in-small-letters", "The American ambassador Galbrook is in daily contact with him."));
        assertEquals(List.of(), found("office-in-small-letters", "He acted as ambassador Galbrook had done."));
        assertEquals(List.of(), found("office-in-small-letters", "The ambassador Extraordinary and Plenipotentiary arrived."));
    }

    @Test
    void surnameInCapitalsNeedsASurnamesEndingAndAVerbOrCue() {
        assertEquals(List.of("KORNIENKO"), found("surname-in-capitals", "THEN KORNIENKO SAID THAT THE TEXT WAS READY."));
        assertEquals(List.of("DOBRYNSKY", "KORNIENKO"), found("surname-in-capitals", "DOBRYNSKY AND KORNIENKO WERE PRESENT."));
        assertEquals(List.of(), found("surname-in-capitals", "THEN HILLENBRAND SAID THAT THE TEXT WAS READY."));
        assertEquals(List.of(), found("surname-in-capitals", "Then Kornienko said that the text was ready."));
    }

    @Test
    void surnameAfterPrepositionNeedsTheShapeOfASurnameAndAPersonsPreposition() {
        assertEquals(List.of("Varlamenko"), found("surname-after-preposition", "He will discuss the plan with Varlamenko tomorrow."));
        assertEquals(List.of(), found("surname-after-preposition", "He will discuss the plan with Bauer tomorrow."));
        assertEquals(List.of(), found("surname-after-preposition", "The train came from Ostrakov at noon."));
    }

    @Test
    void addressedNeedsAVerbOfAskingOrTellingAndWhatIsAskedOrTold() {
        assertEquals(List.of("Torrimos"), found("addressed", "The Americans have asked Torrimos to keep him there."));
        assertEquals(List.of("Kianuda"), found("addressed", "I told Kianuda that we agree."));
        // no verb of addressing, nothing asked or told, or an English noun's ending: no person
        assertEquals(List.of(), found("addressed", "The Americans have sent Torrimos to Panama."));
        assertEquals(List.of(), found("addressed", "I told Kianuda about it."));
        assertEquals(List.of(), found("addressed", "They urged Solidarity to strike."));
    }

    @Test
    void titleFindsTheNameAfterAFormOfAddressNotAWordAfterAPlainNoun() {
        assertEquals(List.of("Bauer"), found("title", "Then Comrade Bauer spoke of the harvest."));
        assertEquals(List.of(), found("title", "Then the report of Bauer spoke of the harvest."));
    }

    @Test
    void abbreviationNeedsInitialsThatSpellTheName() {
        assertEquals(List.of("KIS (Kim Il Sung)"), found("abbreviation", "Later KIS (Kim Il Sung) received the delegation."));
        assertEquals(List.of(), found("abbreviation", "Later KJS (Kim Il Sung) received the delegation."));
    }

    @Test
    void labelNeedsALabelOfPersons() {
        assertEquals(List.of("Bai Shuwen"), found("label", "Interpreter: Bai Shuwen"));
        assertEquals(List.of(), found("label", "Weather: Bai Shuwen"));
    }

    @Test
    void speakerStandsAtTheStartOfTheParagraph() {
        assertEquals(List.of("Li Fuchun"), found("speaker", "Li Fuchun: We agree with the plan."));
        assertEquals(List.of(), found("speaker", "We told Li Fuchun: agree with the plan."));
    }

    @Test
    void bracketAfterOfficeNeedsAnOfficeBeforeTheBracket() {
        assertEquals(List.of("Beam"), found("bracket-after-office", "Memorandum From the Ambassador to Czechoslovakia (Beam) to the Files"));
        assertEquals(List.of(), found("bracket-after-office", "Memorandum From the meeting in Prague (Beam) to the Files"));
    }

    @Test
    void cueBeforeANameMakesItAPersonAPlainPrepositionDoesNot() {
        assertEquals(List.of("Babrak Karmal"), found("cue", "The followers of Babrak Karmal gathered."));
        assertEquals(List.of(), found("cue", "The streets of Babrak Karmal gathered."));
    }

    @Test
    void anEarlierRuleTakesTheTokensALaterRuleWouldRead() {
        // the title reads the name with its office; the shape rule after it finds nothing more
        assertEquals(List.of("Walter Ulbricht"), found(List.of("title", "shape"), "Then Comrade Walter Ulbricht spoke."));
        assertEquals(List.of("Walter Ulbricht"), found("shape", "Then Walter Ulbricht spoke."));
        assertEquals(List.of(), found("shape", "Then Walter spoke."));
    }
}
