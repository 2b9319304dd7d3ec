package org.teikit.source;

import org.jspecify.annotations.Nullable;

/**
 * What the archive's page says about the document. A field the page lacks is {@code null}:
 * the header leaves it out rather than invent it.
 *
 * @param layout           which export layout the page was recognised as
 * @param date             the document date line ("May 13, 1976")
 * @param title            the archive's title
 * @param citation         the citation, taken apart
 * @param summary          the archive's summary
 * @param credits          the funding sentence ("This document was made possible with support from …")
 * @param funder           the funder named in the credits ("Leon Levy Foundation")
 * @param originalLanguage the language of the original ("German")
 * @param contents         the language of this text ("Translation - English")
 * @param source           a "Source" field (new-site layout)
 * @param archive          an "Original Archive" field (new-site layout)
 * @param rights           a "Rights" field
 */
public record Metadata(
        Layout layout,
        @Nullable Field date,
        @Nullable Field title,
        @Nullable Citation citation,
        @Nullable Field summary,
        @Nullable Field credits,
        @Nullable String funder,
        @Nullable Field originalLanguage,
        @Nullable Field contents,
        @Nullable Field source,
        @Nullable Field archive,
        @Nullable Field rights) {

    public static Metadata none() {
        return new Metadata(Layout.BARE, null, null, null, null, null, null, null, null, null, null, null);
    }
}
