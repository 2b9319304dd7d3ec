package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teikit.annotate.EntityType;

/**
 * Known entities found by name. Entries of the user's registers come first, so a form they
 * share with the built-in data means the user's entity.
 */
public final class Gazetteer {
    /** How many words an editor supplies to the front of a known name ("[New] Delhi"). */
    private static final int MAX_SUPPLIED_WORDS = 3;
    private final PhraseSet<KnownEntity> phrases = new PhraseSet<>(true);
    private final List<KnownEntity> entities;
    private final Map<String, KnownEntity> byId = new HashMap<>();

    Gazetteer(List<KnownEntity> userEntities, List<KnownEntity> builtIn) {
        List<KnownEntity> all = new ArrayList<>(userEntities);
        all.addAll(builtIn);
        this.entities = List.copyOf(all);
        for (KnownEntity e : all) {
            for (String form : e.forms()) phrases.add(form, e);
            byId.putIfAbsent(e.id().value(), e);
        }
    }

    /** The longest known name starting at token {@code i}, or {@code null}. */
    PhraseSet.Match<KnownEntity> matchAt(Tokens tokens, int i) {
        return phrases.matchAt(tokens, i);
    }

    /** Whether {@code phrase} is a known name, compared as the text would be. */
    boolean knowsPhrase(String phrase) {
        Tokens t = Tokens.of(phrase);
        PhraseSet.Match<KnownEntity> m = t.size() == 0 ? null : phrases.matchAt(t, 0);
        return m != null && m.to() == t.size();
    }

    /** Whether {@code word} alone is a known name. */
    boolean knowsWord(String word) {
        return phrases.containsWord(word);
    }

    /** The entity with this id ("hungary"), or {@code null}. */
    KnownEntity byId(String id) {
        return byId.get(id);
    }

    List<KnownEntity> entities() {
        return entities;
    }

    /**
     * "[New] Delhi": a known name whose first words the editor supplied in brackets, as a match from
     * the "[" to the end of the name; or {@code null}. The words in brackets and the name after them
     * must together be a form of the same entity.
     */
    static PhraseSet.Match<KnownEntity> completedBySupplied(Tokens t, int open, Hits hits) {
        if (!t.get(open).is("[")) return null;
        int close = open + 1;
        while (close < t.size() && close - open <= MAX_SUPPLIED_WORDS && t.get(close).isWord() && t.get(close).isCapitalised()) close++;
        if (close == open + 1 || close + 1 >= t.size() || !t.get(close).is("]") || !t.adjacent(close + 1)) return null;
        PhraseSet.Match<KnownEntity> name = hits.at(close + 1);
        if (name == null || name.value().type() == EntityType.PERSON) return null;
        String whole = t.span(open + 1, close) + " " + t.span(close + 1, name.to());
        boolean form = name.value().forms().stream().anyMatch(f -> f.equalsIgnoreCase(whole));
        return form ? new PhraseSet.Match<>(open, name.to(), name.phrase(), name.slip()) : null;
    }
}
