package org.teikit.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus registers, filled document by document. One entry per register id: the encoder
 * gives a person the same id in every document, so mentions across the corpus meet there; the
 * first document (by date) names the entry, later ones add variants, roles and authority links.
 */
final class RegisterBook {
    static final List<String> KINDS = List.of("person", "place", "org");

    private final Map<String, Builder> entries = new LinkedHashMap<>();

    /** Adds a document's entries and mentions; documents come in the site's order. */
    void add(String page, DocumentSummary doc) {
        Map<String, List<SiteModel.Mention>> mentionsByEntry = new LinkedHashMap<>();
        for (DocumentSummary.Mention m : doc.mentions()) {
            mentionsByEntry.computeIfAbsent(m.entry(), k -> new ArrayList<>())
                    .add(new SiteModel.Mention(m.anchor(), m.text(), m.before(), m.after()));
        }
        for (DocumentSummary.Entry e : doc.entries()) {
            if (!KINDS.contains(e.kind())) continue;
            List<SiteModel.Mention> mentions = mentionsByEntry.getOrDefault(e.id(), List.of());
            if (mentions.isEmpty()) continue;
            entries.computeIfAbsent(e.kind() + ' ' + e.id(), k -> new Builder(e)).add(e, page, doc, mentions);
        }
    }

    Map<String, List<SiteModel.Entry>> build() {
        Map<String, List<SiteModel.Entry>> registers = new LinkedHashMap<>();
        for (String kind : KINDS) registers.put(kind, new ArrayList<>());
        for (Builder b : entries.values()) registers.get(b.first.kind()).add(b.build());
        return registers;
    }

    private static final class Builder {
        final DocumentSummary.Entry first;
        final Set<String> variants = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<DocumentSummary.Authority> authorities = new LinkedHashSet<>();
        String note = "";
        final List<SiteModel.Occurrence> occurrences = new ArrayList<>();
        int total;

        Builder(DocumentSummary.Entry first) {
            this.first = first;
        }

        void add(DocumentSummary.Entry e, String page, DocumentSummary doc, List<SiteModel.Mention> mentions) {
            if (!e.name().equals(first.name())) variants.add(e.name());
            for (String v : e.variants()) if (!v.equals(first.name())) variants.add(v);
            roles.addAll(e.roles());
            authorities.addAll(e.authorities());
            if (note.isEmpty()) note = e.note();
            occurrences.add(new SiteModel.Occurrence(page, doc.title(), doc.date(), List.copyOf(mentions)));
            total += mentions.size();
        }

        SiteModel.Entry build() {
            return new SiteModel.Entry(first.id(), first.kind(), first.name(), first.sort(), first.type(),
                    List.copyOf(variants), List.copyOf(roles), List.copyOf(authorities), note, total,
                    List.copyOf(occurrences));
        }
    }
}
