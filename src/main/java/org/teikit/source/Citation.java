package org.teikit.source;

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
        String title,
        String date,
        String publisher,
        String repository,
        String collection,
        String idno,
        String translator,
        String translatedFor,
        String url) {
}
