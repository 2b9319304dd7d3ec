package org.teikit.annotate.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often a document writes each word. A slip is an accident: a spelling the document repeats
 * at least as often as the name it is one letter from is the document's own ("Jaroszewicz" three
 * times in a telegram, "Jarosewicz" once in the editor's note), and is not marked as an error.
 *
 * @param uses the number of times each word is written, by its folded form
 */
record Spellings(Map<String, Integer> uses) {
    /** No counts: every spelling one letter from a name is a slip. */
    static final Spellings NONE = new Spellings(Map.of());

    Spellings {
        uses = Map.copyOf(uses);
    }

    static Spellings of(List<TextScan> scans) {
        Map<String, Integer> uses = new HashMap<>();
        for (TextScan s : scans) {
            for (Token t : s.tokens.list()) {
                if (t.isWord()) uses.merge(PersonClusters.fold(t.text()), 1, Integer::sum);
            }
        }
        return new Spellings(uses);
    }

    /** Whether {@code word}, one letter from {@code name}, is a slip to be mended rather than the document's own spelling. */
    boolean isSlip(String word, String name) {
        int written = uses.getOrDefault(PersonClusters.fold(word), 0);
        return written < 2 || written < uses.getOrDefault(PersonClusters.fold(name), 0);
    }
}
