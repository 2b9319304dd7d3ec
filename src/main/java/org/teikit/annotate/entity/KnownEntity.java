package org.teikit.annotate.entity;

import java.util.List;
import org.teikit.annotate.EntityType;
import org.teikit.annotate.RegisterId;

/**
 * A person, place or organisation known before reading the document: from the built-in data or
 * from a register the user supplied.
 *
 * @param id            its register id ("place-ussr", "pers-kim-il-sung", or the user's own), which
 *                      carries its kind: person, place or organisation
 * @param subtype       "state", "city", "region" for places, else {@code null}
 * @param name          the preferred name
 * @param forename      a person's forename, else {@code null}
 * @param surname       a person's surname, else {@code null}
 * @param forms         every form to look for in a text, the preferred name included
 * @param uri           an authority URI, else {@code null}
 * @param fromAuthority whether the user supplied it
 */
public record KnownEntity(RegisterId id, String subtype, String name, String forename,
                          String surname, List<String> forms, String uri, boolean fromAuthority) {
    public KnownEntity {
        forms = List.copyOf(forms);
    }

    /** Person, place or organisation: the kind of its id. */
    public EntityType type() {
        return id.kind();
    }
}
