package org.teikit.source;

import org.jspecify.annotations.Nullable;

/**
 * The archive's citation line taken apart. Any part the citation lacks is {@code null};
 * nothing is invented.
 *
 * @param full          the citation as written
 * @param title         the cited title (between the outer quotation marks)
 * @param date          the date as written ("May 13, 1976")
 * @param publisher     "Wilson Center Digital Archive"
 * @param repository    the holding archive ("Political Archive of the Federal Foreign Office, Berlin (PolA AA)")
 * @param collection    the fonds or collection ("MfAA")
 * @param idno          the shelfmark ("C 6857")
 * @param translator    the translator's name
 * @param translatedFor the project named in "Translated for NKIDP by"
 * @param url           the document's URL
 */
public record Citation(
        String full,
        @Nullable String title,
        @Nullable String date,
        @Nullable String publisher,
        @Nullable String repository,
        @Nullable String collection,
        @Nullable String idno,
        @Nullable String translator,
        @Nullable String translatedFor,
        @Nullable String url) {
}
