package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.EntityType;
import org.teikit.annotate.RegisterId;

/**
 * Each question {@link PersonClusters} asks of a document's person finds, on invented names: one
 * case where it says yes and a near miss where it must say no.
 */
class PersonClustersTest {
    private static final Lexicon LEXICON = new Lexicon();
    private static final Set<String> NO_COMMON_WORDS = Set.of();

    private static PersonFound find(String name) {
        return find(name, false, null);
    }

    private static PersonFound speaker(String name) {
        return find(name, true, null);
    }

    private static PersonFound find(String name, boolean weak, KnownEntity known) {
        List<String> parts = List.of(name.split(" "));
        return new PersonFound(0, 0, parts.size(), PersonName.of(parts, LEXICON), known, List.of(), List.of(), null, weak, null,
                parts.size());
    }

    private static KnownEntity person(String slug, String forename, String surname) {
        String name = forename + " " + surname;
        return new KnownEntity(RegisterId.of(EntityType.PERSON, slug), null, name, forename, surname, List.of(name), null, true);
    }

    private static PersonClusters.Cluster cluster(String... names) {
        PersonClusters.Cluster c = new PersonClusters.Cluster();
        for (String n : names) c.add(find(n));
        return c;
    }

    /** The persons {@code build} makes, each as the names of its finds in the order they joined. */
    private static List<List<String>> persons(List<String> common, PersonFound... finds) {
        return PersonClusters.build(Arrays.asList(finds), Set.copyOf(common)).stream()
                .map(c -> c.finds.stream().map(f -> f.name().full()).toList()).toList();
    }

    private static List<List<String>> persons(PersonFound... finds) {
        return persons(List.of(), finds);
    }

    // samePerson: does a find of two or more words name the person of a cluster?

    @Test
    void samePersonByInitialsThatAgreeWithTheForename() {
        assertTrue(PersonClusters.samePerson(cluster("Rudolf Rassendyll"), find("R. Rassendyll")));
        assertFalse(PersonClusters.samePerson(cluster("Rudolf Rassendyll"), find("K. Rassendyll")), "another initial");
    }

    @Test
    void samePersonByAnOcrSlipEitherWay() {
        assertTrue(PersonClusters.samePerson(cluster("Kim Il Sung"), find("Kim II Sung")));
        assertTrue(PersonClusters.samePerson(cluster("Kim II Sung"), find("Kim Il Sung")));
        assertFalse(PersonClusters.samePerson(cluster("Kim Il Sung"), find("Kim Il Song")), "a real other letter");
    }

    @Test
    void samePersonByTheTailOfANameWhoseOrderIsAGuess() {
        assertTrue(PersonClusters.samePerson(cluster("Jaime Ortega Viera"), find("Ortega Viera")));
        assertFalse(PersonClusters.samePerson(cluster("Jaime Ortega Viera"), find("Ortega Lopez")));
    }

    @Test
    void samePersonByTheRegisterAloneWhereBothAreKnown() {
        KnownEntity elder = person("sapt-elder", "Fritz", "Sapt");
        KnownEntity younger = person("sapt-younger", "Fritz", "Sapt");
        PersonClusters.Cluster c = new PersonClusters.Cluster();
        c.add(find("Fritz Sapt", false, elder));
        assertTrue(PersonClusters.samePerson(c, find("Colonel Sapt", false, elder)));
        assertFalse(PersonClusters.samePerson(c, find("Fritz Sapt", false, younger)), "the same words, another entry");
    }

    // compatibleForenames and slipOf: the two comparisons of names word by word.

    @Test
    void forenamesAgreeWhereOneIsTheOthersBeginning() {
        assertTrue(PersonClusters.compatibleForenames("N.", "N.G."));
        assertTrue(PersonClusters.compatibleForenames("Yu.", "Yumjaagiin"));
        assertTrue(PersonClusters.compatibleForenames(null, "Jan"), "no forename to disagree with");
        assertFalse(PersonClusters.compatibleForenames("Jan", "Jiri"));
    }

    @Test
    void aSlipIsTheCleanNameAsOcrMisreadIt() {
        PersonName clean = find("Jan Sluczanski").name();
        assertTrue(PersonClusters.slipOf(find("Jan S?ucza?ski").name(), clean));
        assertFalse(PersonClusters.slipOf(clean, clean), "nothing differs");
        assertFalse(PersonClusters.slipOf(find("Jan Sluczanski").name(), find("Jan S?ucza?ski").name()), "the clean side unreadable");
        assertTrue(PersonClusters.slipOf(find("Jan ?luczanski").name(), clean), "an unreadable first letter");
        assertFalse(PersonClusters.slipOf(find("Jan Sluczanska").name(), clean), "a real other letter");
        assertFalse(PersonClusters.slipOf(find("Jan lvanov").name(), find("Jan Ivanov").name()), "l for I is a slip, but never as a first letter");
        assertFalse(PersonClusters.slipOf(find("Sluczanski").name(), clean), "another number of words");
    }

    // refersTo: can a one-word find name the person of a cluster?

    @Test
    void aLoneSurnameRefersToItsBearerAndALoneForenameDoesNot() {
        PersonClusters.Cluster c = cluster("Rudolf Rassendyll");
        assertTrue(PersonClusters.refersTo(c, find("Rassendyll")));
        assertTrue(PersonClusters.refersTo(c, find("Rass?ndyll")), "with a letter OCR could not read");
        assertFalse(PersonClusters.refersTo(c, find("Rudolf")));
        assertFalse(PersonClusters.refersTo(c, find("Rassendyl")), "a slip is not a reference (slipTarget finds those)");
    }

    // slipTarget: which reference word a lone word misspells.

    @Test
    void aLoneWordOneLetterOffALongSurnameIsItsSlip() {
        PersonClusters.Cluster c = cluster("Fritz Velkovski");
        assertEquals("Velkovski", PersonClusters.slipTarget(c, "Velkovksi"));
        assertEquals("Velkovski", PersonClusters.slipTarget(c, "Velkovsky"));
        assertNull(PersonClusters.slipTarget(cluster("Fritz Sapt"), "Sapd"), "too short to tell a slip from another name");
        assertNull(PersonClusters.slipTarget(c, "Welkovski"), "the first letter differs");
    }

    // build: the passes that use those questions, and the ones with no name of their own.

    @Test
    void aFullNameAndItsShorterFormsAreOnePerson() {
        assertEquals(List.of(List.of("Rudolf Rassendyll", "R. Rassendyll", "Rassendyll")),
                persons(find("Rudolf Rassendyll"), find("R. Rassendyll"), find("Rassendyll")));
    }

    @Test
    void aLoneSurnameTwoPersonsBearIsDropped() {
        assertEquals(List.of(List.of("Rudolf Elphberg"), List.of("Flavia Elphberg")),
                persons(find("Rudolf Elphberg"), find("Flavia Elphberg"), find("Elphberg")));
    }

    @Test
    void aLoneForenameNamesTheOnePersonWhoBearsItAsAGuess() {
        List<PersonClusters.Cluster> one = PersonClusters.build(List.of(find("Ottokar Hentzau"), find("Ottokar")), NO_COMMON_WORDS);
        assertEquals(1, one.size());
        assertEquals(Certainty.MEDIUM, one.get(0).finds.get(1).cert());
        assertEquals(List.of(List.of("Ottokar Hentzau"), List.of("Ottokar Sapt")),
                persons(find("Ottokar Hentzau"), find("Ottokar Sapt"), find("Ottokar")), "two persons bear it");
    }

    @Test
    void aLoneSlipOfASurnameJoinsThatPersonCorrected() {
        List<PersonClusters.Cluster> one = PersonClusters.build(List.of(find("Fritz Velkovski"), find("Velkovksi")), NO_COMMON_WORDS);
        assertEquals(1, one.size());
        assertEquals("Velkovski", one.get(0).finds.get(1).name().full());
        assertEquals(List.of(List.of("Fritz Sapt"), List.of("Sapd")), persons(find("Fritz Sapt"), find("Sapd")),
                "too short to be taken for a slip: a person of its own");
    }

    @Test
    void aSpeakerLabelAloneMakesAPersonOnlyWhereItRecurs() {
        assertEquals(List.of(), persons(speaker("Detchard")));
        assertEquals(List.of(List.of("Detchard", "Detchard")), persons(speaker("Detchard"), speaker("Detchard")));
        assertEquals(List.of(List.of("Detchard")), persons(find("Detchard")), "named in the text, not as a label");
    }

    @Test
    void aWordTheDocumentAlsoWritesInSmallLettersNamesNoOneAlone() {
        assertEquals(List.of(), persons(List.of("developments"), find("Developments"), find("Developments")));
        assertEquals(List.of(List.of("Detchard", "Detchard")), persons(List.of("developments"), find("Detchard"), find("Detchard")));
    }

    @Test
    void anOutlineLetterBeforeACommonWordIsAHeadingsLabel() {
        assertEquals(List.of(), persons(List.of("introduction"), find("A. Introduction")));
        assertEquals(List.of(List.of("A. Hentzau")), persons(List.of("introduction"), find("A. Hentzau")));
    }

    @Test
    void theFirstWordsOfOneFullerNameAreThatPerson() {
        assertEquals(List.of(List.of("Haile Tessema Gugsa", "Haile Tessema")), persons(find("Haile Tessema"), find("Haile Tessema Gugsa")));
        assertEquals(3, persons(find("Haile Tessema"), find("Haile Tessema Gugsa"), find("Haile Tessema Worku")).size(),
                "the first words of two fuller names");
    }

    @Test
    void theLastWordsOfOneFullerNameAreThatPerson() {
        assertEquals(List.of(List.of("Osman Abdel Rahim", "Abdel Rahim")), persons(find("Abdel Rahim"), find("Osman Abdel Rahim")));
        assertEquals(List.of(List.of("Petar Stoyanov Dimitrov", "P. Dimitrov")), persons(find("P. Dimitrov"), find("Petar Stoyanov Dimitrov")));
        assertEquals(2, persons(find("K. Dimitrov"), find("Petar Stoyanov Dimitrov")).size(), "initials that do not fit");
    }

    @Test
    void aPersonNamedInPartTakesTheOneRegisterEntryThatFits() {
        KnownEntity rassendyll = person("rassendyll", "Rudolf", "Rassendyll");
        List<PersonClusters.Cluster> c = PersonClusters.build(List.of(find("Rassendyll"), find("Rassendyll")), List.of(rassendyll),
                NO_COMMON_WORDS, Spellings.NONE);
        assertEquals(rassendyll, c.get(0).known);
        List<PersonClusters.Cluster> two = PersonClusters.build(List.of(find("Rassendyll"), find("Rassendyll")),
                List.of(rassendyll, person("rassendyll-jr", "Robert", "Rassendyll")), NO_COMMON_WORDS, Spellings.NONE);
        assertNull(two.get(0).known, "two entries fit: neither is taken");
    }
}
