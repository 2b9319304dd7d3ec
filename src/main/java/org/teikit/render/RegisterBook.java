package org.teikit.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The corpus registers, filled document by document. One entry per register id: the encoder
 * gives a person the same id in every document, so mentions across the corpus meet there; the
 * first document (by date) names the entry, later ones add variants, roles and authority links.
 * Only counts of mentions are kept, not the mentions themselves, so that the book stays small
 * however large the corpus: {@link RegisterPages} reads the mentions again part by part.
 */
final class RegisterBook {
    static final List<String> KINDS = List.of("person", "place", "org", "cast");

    private final Map<String, Builder> entries = new LinkedHashMap<>();

    /**
     * Adds a document's entries that its text mentions; documents come in the site's order. Entries
     * meet by their corpus id: teikit's own ids, a register file's, an authority, or a name.
     */
    void add(DocumentSummary.Counts doc) {
        Map<String, Integer> mentions = new HashMap<>();
        for (DocumentSummary.Named m : doc.mentions()) mentions.merge(m.entry(), 1, Integer::sum);
        doc.speeches().forEach((entry, anchors) -> mentions.merge(entry, anchors.size(), Integer::sum));
        for (DocumentSummary.Entry e : doc.entries()) {
            int n = mentions.getOrDefault(e.id(), 0);
            if (!KINDS.contains(e.kind()) || n == 0) continue;
            entries.computeIfAbsent(key(e.kind(), e.corpus()), k -> new Builder(e)).add(e, n);
        }
    }

    static String key(String kind, String id) {
        return kind + ' ' + id;
    }

    /** One register's entries by their sort key (as a reader of English expects), then id; none lists its mentions yet. */
    List<SiteModel.Entry> entries(String kind) {
        Collator english = Collator.getInstance(Locale.ENGLISH);
        List<SiteModel.Entry> out = new ArrayList<>();
        for (Builder b : entries.values()) if (b.first.kind().equals(kind)) out.add(b.build());
        out.sort(Comparator.comparing(SiteModel.Entry::sort, english).thenComparing(SiteModel.Entry::id));
        return out;
    }

    private static final class Builder {
        final DocumentSummary.Entry first;
        final Set<String> variants = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<DocumentSummary.Authority> authorities = new LinkedHashSet<>();
        String note = "";
        int total;
        int documents;

        Builder(DocumentSummary.Entry first) {
            this.first = first;
        }

        void add(DocumentSummary.Entry e, int mentions) {
            if (!e.name().equals(first.name())) variants.add(e.name());
            for (String v : e.variants()) if (!v.equals(first.name())) variants.add(v);
            roles.addAll(e.roles());
            authorities.addAll(e.authorities());
            if (note.isEmpty()) note = e.note();
            total += mentions;
            documents++;
        }

        SiteModel.Entry build() {
            return new SiteModel.Entry(first.corpus(), first.kind(), first.name(), first.sort(), first.type(),
                    List.copyOf(variants), List.copyOf(roles), List.copyOf(authorities), note, total, documents,
                    "", List.of(), first.group(), first.grouped());
        }
    }
}
