package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.annotate.EntityType;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RegisterEntry;
import org.teikit.annotate.RegisterId;
import org.teikit.annotate.Span;

/**
 * An element's kind and its register id's kind agree by construction: a known organisation met
 * where a rule expected a place is still that organisation, and no id of one kind can be given
 * to an entry or mention of another.
 */
class KindAgreementTest {

    @Test
    void aKnownOrganisationInsideAnotherBodysNameStaysAnOrganisation() {
        // the organisation grammar reads modifiers before a head; a known body among them was taken for a place
        Found f = Found.in("The Vandorian UN Mission asked that the matter not be raised in the UN.");
        assertTrue(f.mentions().contains("UN=org-un"), f.mentions().toString());
        assertEquals(EntityType.ORG, f.entry("org-un").type());
        assertAllKindsAgree(f);
    }

    @Test
    void aKnownBodyInAPlacesSlotAfterACueIsNoPlace() {
        Found f = Found.in("The delegates met in UNESCO and then in Geneva.", "He spoke of the UN at the UN Command.");
        assertAllKindsAgree(f);
        assertEquals(EntityType.ORG, f.entry("org-unesco").type());
    }

    @Test
    void aKnownEntityFoundByAnyRuleTakesItsOwnKind() {
        KnownEntity un = new KnownEntity(RegisterId.of(EntityType.ORG, "un"), null, "United Nations", null, null,
                List.of("United Nations", "UN"), null, false);
        NameFound asPlace = new NameFound(0, 3, 4, EntityType.PLACE, "region", un, "name:un", "UN", null);
        assertEquals(EntityType.ORG, asPlace.type());
        assertEquals("org-un", asPlace.key());
        assertEquals(null, asPlace.subtype());
    }

    @Test
    void anIdOfAnotherKindCannotBeExpressed() {
        assertThrows(IllegalArgumentException.class, () -> new RegisterId(EntityType.PLACE, "org-un"));
        assertThrows(IllegalArgumentException.class, () -> new Mark.Mention(EntityType.PLACE, "org-un"));
        assertThrows(IllegalArgumentException.class, () -> new RegisterId(EntityType.ORG, "org-"));
        assertEquals("org-un-2", RegisterId.of(EntityType.ORG, "un").numbered(2).value());
        assertEquals(EntityType.ORG, RegisterId.of(EntityType.ORG, "un").numbered(2).kind());
    }

    /** Every mention points at an entry of its own kind, and every entry's id has its kind's prefix. */
    private static void assertAllKindsAgree(Found f) {
        for (RegisterEntry e : f.result.register().entries()) {
            assertTrue(e.id().value().startsWith(e.type().idPrefix() + "-"), e.toString());
        }
        for (List<Span> spans : f.result.spans()) {
            for (Span s : spans) {
                if (s.mark() instanceof Mark.Mention m) {
                    assertEquals(m.type(), f.entry(m.entryId()).type(), m.toString());
                }
            }
        }
    }
}
