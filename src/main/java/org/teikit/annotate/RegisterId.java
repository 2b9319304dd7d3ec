package org.teikit.annotate;

import java.util.Objects;

/**
 * The id of a register entry together with its kind: {@code pers-…}, {@code place-…} or
 * {@code org-…}. Entries and mentions carry this rather than a bare string and a separate kind,
 * so an element's kind and its id's kind agree by construction: an organisation cannot be given
 * a place id anywhere, whichever recogniser guessed it.
 *
 * @param kind  person, place or organisation
 * @param value the XML id, starting with the kind's prefix and a hyphen ("org-un")
 */
public record RegisterId(EntityType kind, String value) {
    public RegisterId {
        Objects.requireNonNull(kind, "kind");
        String prefix = kind.idPrefix() + "-";
        if (value == null || value.length() <= prefix.length() || !value.startsWith(prefix)) {
            throw new IllegalArgumentException("the id of a " + kind + " must start with \"" + prefix + "\": " + value);
        }
    }

    /** The id of kind {@code kind} whose part after the prefix is {@code slug} ("un" → "org-un"). */
    public static RegisterId of(EntityType kind, String slug) {
        return new RegisterId(kind, kind.idPrefix() + "-" + slug);
    }

    /** The same id with a number put after it ("org-un" → "org-un-2"), of the same kind. */
    public RegisterId numbered(int n) {
        return new RegisterId(kind, value + "-" + n);
    }

    @Override
    public String toString() {
        return value;
    }
}
