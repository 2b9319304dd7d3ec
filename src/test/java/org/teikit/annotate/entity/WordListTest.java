package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The small word lists the rules read from data, compared as their files say, and the two Roman-number questions. */
class WordListTest {
    private static final Lexicon LEXICON = new Lexicon();

    @Test
    void compassWordsMatchAsWrittenOrInCapitalsOnly() {
        assertTrue(LEXICON.isCompassWord("South"));
        assertTrue(LEXICON.isCompassWord("SOUTH"));
        assertFalse(LEXICON.isCompassWord("south"));
        assertFalse(LEXICON.isCompassWord("Southern"));
    }

    @Test
    void possessivesMatchInSmallLettersOrWithACapitalNotInCapitals() {
        assertTrue(LEXICON.isPossessive("our"));
        assertTrue(LEXICON.isPossessive("Our"));
        assertFalse(LEXICON.isPossessive("OUR"));
        assertFalse(LEXICON.isPossessive("the"));
    }

    @Test
    void personLabelsMatchInAnyCase() {
        assertTrue(LEXICON.isPersonLabel("Interpreter"));
        assertTrue(LEXICON.isPersonLabel("PARTICIPANTS"));
        assertFalse(LEXICON.isPersonLabel("Weather"));
    }

    @Test
    void abbreviationsOfTwoLettersAreNoInitials() {
        assertTrue(LEXICON.isNotInitial("Dr"));
        assertFalse(LEXICON.isNotInitial("Yu"));
    }

    @Test
    void anOrdinalRomanNumberRunsToNinetyNine() {
        for (String n : new String[] {"I", "IV", "XIV", "XXV", "XL", "XCIX"}) assertTrue(RomanNumerals.isOrdinal(n), n);
        for (String n : new String[] {"C", "CC", "CD", "MID", "IIII", ""}) assertFalse(RomanNumerals.isOrdinal(n), n);
    }

    @Test
    void aSectionLetterIsOneOfIVXNotAnInitialSuchAsL() {
        assertTrue(RomanNumerals.isSectionLetter("V"));
        assertFalse(RomanNumerals.isSectionLetter("L"));
        assertFalse(RomanNumerals.isSectionLetter("II"));
    }
}
