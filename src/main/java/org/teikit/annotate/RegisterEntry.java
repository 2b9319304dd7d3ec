package org.teikit.annotate;

import java.util.List;

/**
 * One person, place or organisation of a document's register.
 *
 * @param id        an XML id, unique in the document ("pers-basmanov"), and with it the kind of
 *                  entry (person, place or organisation): one value, so the two cannot disagree
 * @param name      the preferred name ("Basmanov", "Soviet Union", "Ministry of Foreign Affairs")
 * @param forename  a person's forename where known, else {@code null}
 * @param surname   a person's surname (family name) where known, else {@code null}
 * @param variants  other forms met in the text ("USSR", "Kim II Sung", "Pak Yong Chan")
 * @param roles     roles and offices from appositions ("Deputy Head of the 1st Far Eastern Department …")
 * @param uri       an authority URI (VIAF, Wikidata, GND) from the user's register, else {@code null}
 * @param subtype   a finer kind where known: "state", "city", "region" for places; else {@code null}
 * @param fromAuthority whether the entry came from a register the user supplied rather than a guess
 */
public record RegisterEntry(
        RegisterId id,
        String name,
        String forename,
        String surname,
        List<String> variants,
        List<String> roles,
        String uri,
        String subtype,
        boolean fromAuthority) {

    public RegisterEntry {
        variants = List.copyOf(variants);
        roles = List.copyOf(roles);
    }

    /** Person, place or organisation: the kind of its id. */
    public EntityType type() {
        return id.kind();
    }
}
