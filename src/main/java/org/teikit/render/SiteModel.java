package org.teikit.render;

import java.util.List;

/**
 * What the corpus pages show, as {@code xslt/site.xsl} reads it (JSON): the index of documents,
 * and a register page — the whole register, or one part of its mentions when it has too many
 * for one page.
 */
final class SiteModel {
    private SiteModel() { }

    /**
     * {@code index.html}: the first documents in site order (the rest are in the pieces
     * {@link SearchIndex} writes), how many there are in all, and the authors and types to filter by.
     */
    record Index(List<Document> documents, int total, int rowsPerPiece, List<String> authors, List<String> types) { }

    /** @param validity {@link Validity#state()} of the TEI the page was made from */
    record Document(String page, String title, String date, String iso, String sort, String summary,
            String source, List<String> names, String validity, List<String> authors, String type) { }

    /**
     * A register page.
     *
     * @param part    0 for the register's own page, else the number of the part of its mentions shown
     * @param parts   the parts its mentions are shown in, empty when they all fit on its own page
     * @param entries in register order; those whose mentions are shown elsewhere say where ({@link Entry#mentionsPage})
     */
    record RegisterPage(int part, List<Part> parts, List<Entry> entries) { }

    /** A page holding the mentions of the entries from {@code first} to {@code last}. */
    record Part(String page, String first, String last) { }

    /**
     * @param total         mentions in the corpus
     * @param documentCount documents that mention it
     * @param mentionsPage  the part page its mentions are on, or "" when {@code documents} holds them here
     */
    record Entry(String id, String kind, String name, String sort, String type, List<String> variants,
            List<String> roles, List<DocumentSummary.Authority> authorities, String note, int total,
            int documentCount, String mentionsPage, List<Occurrence> documents, String group, String grouped) {

        Entry withMentions(String page, List<Occurrence> occurrences) {
            return new Entry(id, kind, name, sort, type, variants, roles, authorities, note, total, documentCount,
                    page, List.copyOf(occurrences), group, grouped);
        }
    }

    record Occurrence(String page, String title, String date, List<Mention> mentions) { }

    record Mention(String anchor, String text, String before, String after) { }
}
