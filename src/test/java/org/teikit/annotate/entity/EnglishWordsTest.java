package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English words that are no one's name (english-words.txt) outweigh a guess from a name's shape or
 * from the words before it, never a cue: "D. Cannot reconcile" is an outline's letter before a verb,
 * "Ambassador Beam" a person.
 */
class EnglishWordsTest {

    private static List<String> tagged(String kind, String... paragraphs) {
        return Found.in(paragraphs).mentions().stream().filter(m -> m.contains("=" + kind + "-"))
                .map(m -> m.substring(0, m.indexOf('='))).toList();
    }

    @Test
    void aLetterOfAnInlineOutlineBeforeAnEnglishWordIsNoInitial() {
        assertEquals(List.of(), tagged("pers", "The President: A. Do we send for him? B. Do we say nothing? "
                + "C. Do we say we are dismayed by it. D. Cannot reconcile his statement with the others."));
        assertEquals(List.of("D. Vardenko"), tagged("pers", "The President: C. Do we say we are dismayed by it. "
                + "D. Vardenko cannot reconcile his statement with the others."), "a word no dictionary holds is still a surname");
    }

    @Test
    void thePluralOfAnEnglishWordAfterARankThatIsAlsoAnAdjectiveIsAHeadingsNoun() {
        assertEquals(List.of(), tagged("pers", "I. General Questions", "The talks were held in a friendly atmosphere.",
                "II. Major Issues of Trade", "The delegation discussed the agreement."));
        assertEquals(List.of("Shtemenko", "Banks"), tagged("pers", "General Shtemenko and Major Banks attended."),
                "a surname, or a plural that is also a proper name, stays a person's");
    }

    @Test
    void anEnglishWordIsNoPersonsNameWhereACueSaysSo() {
        assertEquals(List.of("Beam"), tagged("pers", "Ambassador Beam called on the Minister."));
    }

    @Test
    void anEnglishWordTheContextAloneWouldMakeAPlaceIsNone() {
        assertEquals(List.of(), tagged("place", "He asked for credits from Congressmen and for the Republic."));
        assertEquals(List.of("Vardenovo"), tagged("place", "He asked for credits from Vardenovo."),
                "a word no dictionary holds is still a place there");
    }
}
