package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is named after a person ("Johnson Library", "Kennedy Round") is not the person: an
 * institution is an organisation of its own with the person's name nested in it, as TEI nests
 * names; a thing or event keeps only the person's name, as the FRUS editors mark it. Texts invented.
 */
class EponymsTest {

    private static List<String> ofKind(Found f, String prefix) {
        return f.mentions().stream().filter(m -> m.contains("=" + prefix)).toList();
    }

    @Test
    void aLibraryNamedAfterAPresidentIsAnOrganisationHoldingHisName() {
        Found f = Found.in("[1] Source: Johnson Library, National Security File, Country File, Ruritania, Vol. 2.");
        assertEquals(List.of("Johnson Library=org-johnson-library"), ofKind(f, "org-"));
        assertEquals(1, ofKind(f, "pers-").size());
        assertTrue(ofKind(f, "pers-").get(0).startsWith("Johnson="));
    }

    @Test
    void theFullNameBeforeTheLibraryIsNestedToo() {
        Found f = Found.in("The papers are kept at the Dwight D. Eisenhower Library in Abilene.");
        assertEquals(List.of("Dwight D. Eisenhower Library=org-dwight-d-eisenhower-library"), ofKind(f, "org-"));
        assertTrue(ofKind(f, "pers-").get(0).startsWith("Dwight D. Eisenhower="));
    }

    @Test
    void aRoundOrADoctrineIsNoOrganisation() {
        Found f = Found.in("Trade will suffer under the Kennedy Round, and the Brezhnev Doctrine still stands.");
        assertEquals(List.of(), ofKind(f, "org-"));
        assertEquals(List.of("Kennedy", "Brezhnev"), ofKind(f, "pers-").stream().map(m -> m.substring(0, m.indexOf('='))).toList());
    }

    @Test
    void aFoundationKeepsItsOwnName() {
        // named after a family, not after the statesman of the same surname
        Found f = Found.in("He studied in the United States with a grant of the Ford Foundation.");
        assertEquals(List.of(), ofKind(f, "pers-"));
    }
}
