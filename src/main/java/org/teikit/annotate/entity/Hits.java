package org.teikit.annotate.entity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teikit.annotate.EntityType;

/**
 * The known names found in one text (gazetteer, atlas), each filed under the token it starts at:
 * what the rules ask of "is there a known name here, and what is it". Mutable while it is filled;
 * lives for one call of {@link EntityRecogniser}.
 */
final class Hits {
    private final Map<Integer, PhraseSet.Match<KnownEntity>> byStart = new HashMap<>();

    /** Hits with none found. */
    static Hits none() {
        return new Hits();
    }

    /** The known name starting at token {@code i}, or {@code null}. */
    PhraseSet.Match<KnownEntity> at(int i) {
        return byStart.get(i);
    }

    /** Whether a known name starts at token {@code i}. */
    boolean startsAt(int i) {
        return byStart.containsKey(i);
    }

    /** Whether a known name of this type starts at token {@code i}. */
    boolean isAt(int i, EntityType type) {
        PhraseSet.Match<KnownEntity> hit = byStart.get(i);
        return hit != null && hit.value().type() == type;
    }

    /** Files {@code m} under its first token, in place of any hit there. */
    void put(PhraseSet.Match<KnownEntity> m) {
        byStart.put(m.from(), m);
    }

    /** These hits with {@code over}'s laid over them: where both have a hit at a token, {@code over}'s is kept. */
    Hits overlaidWith(Hits over) {
        Hits all = new Hits();
        all.byStart.putAll(byStart);
        all.byStart.putAll(over.byStart);
        return all;
    }

    /**
     * These hits without the places that lie inside a longer place of {@code longer} begun before
     * them: "Kashmir" of "Jammu and Kashmir" is a word of the region's name, not a mention of its own.
     */
    Hits withoutPlacesInside(Hits longer) {
        Hits out = new Hits();
        out.byStart.putAll(byStart);
        for (PhraseSet.Match<KnownEntity> outer : longer.byStart.values()) {
            if (outer.value().type() != EntityType.PLACE || byStart.containsKey(outer.from())) continue;
            out.byStart.values().removeIf(h -> h.value().type() == EntityType.PLACE
                    && h.from() > outer.from() && h.from() < outer.to() && h.to() <= outer.to());
        }
        return out;
    }

    /** The known persons, left to right. */
    List<PhraseSet.Match<KnownEntity>> persons() {
        return byStart.values().stream().filter(h -> h.value().type() == EntityType.PERSON)
                .sorted(Comparator.comparingInt(PhraseSet.Match::from)).toList();
    }

    /** The known person named by exactly tokens {@code [from, to)}, or {@code null}. */
    KnownEntity personAt(int from, int to) {
        PhraseSet.Match<KnownEntity> hit = byStart.get(from);
        return hit != null && hit.to() == to && hit.value().type() == EntityType.PERSON ? hit.value() : null;
    }
}
