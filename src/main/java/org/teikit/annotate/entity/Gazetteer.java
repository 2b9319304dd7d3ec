package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known entities found by name. Entries of the user's registers come first, so a form they
 * share with the built-in data means the user's entity.
 */
public final class Gazetteer {
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
}
