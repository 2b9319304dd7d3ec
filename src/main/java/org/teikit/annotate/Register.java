package org.teikit.annotate;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The persons, places and organisations one document mentions, in order of first mention. */
public record Register(List<RegisterEntry> entries) {
    public Register {
        entries = List.copyOf(entries);
    }

    public List<RegisterEntry> of(EntityType type) {
        return entries.stream().filter(e -> e.type() == type).toList();
    }

    public Optional<RegisterEntry> byId(String id) {
        return entries.stream().filter(e -> e.id().value().equals(id)).findFirst();
    }

    /** This register without the entries no mention in {@code texts} points at (TEI wants no empty lists, nor idle entries). */
    public Register mentionedIn(Collection<AnnotatedText> texts) {
        Set<RegisterId> used = new HashSet<>();
        for (AnnotatedText t : texts) {
            for (Span s : t.spans()) {
                if (s.mark() instanceof Mark.Mention m) used.add(m.entry());
            }
        }
        return new Register(entries.stream().filter(e -> used.contains(e.id())).toList());
    }
}
