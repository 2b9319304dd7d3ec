package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.source.BlockKind;

/**
 * Classes of error in places, organisations and a few persons found on a tenth batch of invented
 * records (issue 12). One test per class, with invented sentences: what must be found, and the
 * near miss that must not.
 */
class UncuedNamesTenthBatchTest {

    @Test
    void aBodysNameCompletedByTheEditorInsideAWordIsOneName() {
        List<String> orgs = Found.orgsIn("We called at the Ruritanian Minis[try] of Fisheries. The Gen[eral] Staff of the KPA agreed, and the Central Com[mittee] of the KWP met.");
        assertTrue(orgs.containsAll(List.of("Ruritanian Minis[try] of Fisheries", "Gen[eral] Staff of the KPA", "Central Com[mittee] of the KWP")), orgs.toString());
        assertFalse(orgs.contains("Staff of the KPA"), "not cut at the bracket: " + orgs);
        orgs = Found.orgsIn("The Minis[ter] of Fisheries spoke; his pa[rty] friends listened.");
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Minis")), "an office completed by the editor is no body: " + orgs);
    }

    @Test
    void theCongressOpeningASentenceIsTheBodyAsAfterTheSmallArticle() {
        List<String> orgs = Found.orgsIn("Kissinger said that the aid was ready. The Congress is not ready to vote.");
        assertTrue(orgs.contains("Congress"), orgs.toString());
        orgs = Found.orgsIn("Kissinger said that the aid was ready. The Party Congress met in March; The 23rd Congress ended.");
        assertFalse(orgs.contains("Congress"), "a party's congress is a meeting: " + orgs);
    }

    @Test
    void unknownLettersOpeningASentenceBeforeABodysActAreABody() {
        List<String> orgs = Found.orgsIn("The guests arrived in the capital. RUFA invited the delegation to a dinner. KOLT showed them a mill.");
        assertTrue(orgs.containsAll(List.of("RUFA", "KOLT")), orgs.toString());
        Found f = Found.in("The delegation was received by KRB (Kim Ryong Bok).", "KRB invited the delegation to a dinner. RUFA said nothing.");
        assertFalse(f.mentions().stream().anyMatch(m -> m.startsWith("KRB=org") || m.startsWith("RUFA=org")),
                "initials explained as a person's, or before a verb a person does too, are no body: " + f.mentions());
    }

    @Test
    void anUnknownWordBeforeAHistoricalLandNamesAPartOfIt() {
        List<String> found = Found.placesIn("The refugees of Struma Macedonia and of Rhodope Thrace reached Sofia.");
        assertTrue(found.containsAll(List.of("Struma Macedonia", "Rhodope Thrace")), found.toString());
        assertFalse(found.contains("Struma") || found.contains("Macedonia"), "one name, not two: " + found);
        found = Found.placesIn("The Greek Macedonia question and the Bulgarian Thrace claims were raised; Comrade Dimitrov Macedonia.");
        assertFalse(found.stream().anyMatch(p -> p.contains(" Macedonia") || p.contains(" Thrace")), "a people's adjective or a name before the land opens no part of it: " + found);
    }

    @Test
    void aBranchOfABodyIsNamedWithTheWholeBody() {
        List<String> orgs = Found.orgsIn("The Ural Branch of the Academy of Sciences of the USSR sent two geologists.");
        assertTrue(orgs.contains("Ural Branch of the Academy of Sciences of the USSR"), orgs.toString());
        orgs = Found.orgsIn("The Branch was closed, and the branch of the bank in Omsk too.");
        assertTrue(orgs.isEmpty(), "the word alone names no body: " + orgs);
    }

    @Test
    void anAddresseeInCapitalsAfterToOnATelegramsSalutationIsAPerson() {
        Found f = Found.blocks(new EntityRecogniser.Input("To BORODIN.", BlockKind.SALUTE),
                new EntityRecogniser.Input("Tell the Korean comrades that we agree.", BlockKind.PARAGRAPH));
        assertTrue(f.mentions().stream().anyMatch(m -> m.startsWith("BORODIN=pers-")), f.mentions().toString());
        f = Found.blocks(new EntityRecogniser.Input("To MOSCOW.", BlockKind.SALUTE),
                new EntityRecogniser.Input("To ALL.", BlockKind.SALUTE));
        assertFalse(f.mentions().stream().anyMatch(m -> m.contains("=pers-")), "a place or a word is no addressee: " + f.mentions());
    }

    @Test
    void aTownThatIsAForenameBeforeWhatIsSaidOnlyOfAPersonIsAPerson() {
        Found f = Found.in("His secretary said that Florence was ill. Mrs. Barrow had lived in Florence before the war.");
        assertTrue(f.mentions().stream().anyMatch(m -> m.startsWith("Florence=pers-")), f.mentions().toString());
        assertTrue(Found.placesIn("His secretary said that Florence was ill. Mrs. Barrow had lived in Florence before the war.").contains("Florence"),
                "the town after \"in\" stays the town: " + f.mentions());
        List<String> persons = Found.personsIn("Florence was taken by the Allies; the war in Florence ended. Everyone was ill.");
        assertFalse(persons.contains("Florence") || persons.contains("Everyone"), "no person without what is said only of one: " + persons);
    }
}
