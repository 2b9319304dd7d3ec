package org.teikit.annotate;

import java.util.List;
import java.util.Optional;

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
}
