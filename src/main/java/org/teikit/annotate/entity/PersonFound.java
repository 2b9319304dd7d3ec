package org.teikit.annotate.entity;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.EntityType;

/**
 * A person's name found in one text.
 *
 * @param text         which text of the document
 * @param from         first token of the name (an alternative spelling in brackets included)
 * @param to           one past its last token
 * @param name         the name taken apart
 * @param known        the gazetteer's person it is, else {@code null} (never a place or organisation)
 * @param roles        roles and offices said of the person here
 * @param variants     other forms given here ("Pak Yong Chan" of "Pak Yeong-chan [Pak Yong Chan]", "KIS")
 * @param cert         how sure, where the person was guessed from the shape of the name alone
 * @param weak         found only as a speaker label: kept only where the document confirms it
 * @param abbreviation the abbreviation the text explains here ("KIS" of "KIS (Kim Il Sung)"), or {@code null}
 * @param nameTo       one past the last token of the name proper, before any bracketed variant
 */
record PersonFound(int text, int from, int to, PersonName name, @Nullable KnownEntity known, List<String> roles,
                   List<String> variants, @Nullable Certainty cert, boolean weak, @Nullable Abbreviation abbreviation,
                   int nameTo) {

    /** An abbreviation at tokens {@code [from, to)} that stands for {@code expansion}. */
    record Abbreviation(int from, int to, String expansion) { }

    PersonFound {
        // a person's find takes a person's register id or none: never a place's or an organisation's
        if (known != null && known.type() != EntityType.PERSON) known = null;
        roles = List.copyOf(roles);
        variants = List.copyOf(variants);
    }

    /** The same find, confirmed: no longer {@link #weak}. */
    PersonFound confirmed() {
        return new PersonFound(text, from, to, name, known, roles, variants, cert, false, abbreviation, nameTo);
    }

    /** The same find read as {@code name}, with {@code cert}. */
    PersonFound with(PersonName name, Certainty cert) {
        return new PersonFound(text, from, to, name, known, roles, variants, cert, weak, abbreviation, nameTo);
    }
}
