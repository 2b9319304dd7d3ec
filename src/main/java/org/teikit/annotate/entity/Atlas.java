package org.teikit.annotate.entity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.EntityType;
import org.teikit.annotate.RegisterId;

/**
 * The world's cities of more than 100,000 people and first-level regions, generated from open data
 * ({@code atlas.tsv}; see its header and {@code src/tools/make-atlas.py}). Far more names than the
 * curated gazetteer, and so far more names that are also persons' names or common words: the
 * recogniser takes an atlas name only after the persons of the document are known, and one
 * marked "common" ("Reading", "Split") only where a cue shows it is a place.
 */
final class Atlas {
    private final PhraseSet<KnownEntity> phrases = new PhraseSet<>();
    private final Set<KnownEntity> common = new HashSet<>();

    /**
     * The atlas without the names {@code curated} knows: the curated entry is the one meant. Nor
     * does it keep names made only of words that place a part of something ({@code placesAPart}:
     * "North East", "Upper West", "North-Western", regions of Ghana, Botswana or Zambia): in a
     * record of the period they are directions and parts of a named land ("the North-East",
     * "North-East China"), not those regions.
     */
    Atlas(Gazetteer curated, Predicate<String> placesAPart) {
        for (String[] r : DataFile.rows("atlas.tsv", 6)) {
            List<String> forms = Stream.concat(Stream.of(r[2]), DataFile.alternatives(r[3]).stream())
                    .filter(f -> !curated.knowsPhrase(f) && !onlyPartWords(f, placesAPart)).distinct().toList();
            if (forms.isEmpty() || !forms.get(0).equals(r[2])) continue;
            KnownEntity e = new KnownEntity(RegisterId.of(EntityType.PLACE, r[0]), r[1], r[2], null, null, forms, null, false);
            for (String f : forms) phrases.add(f, e);
            if (r[5].equals("common")) common.add(e);
        }
    }

    /** Whether every word of {@code form} places a part ("North East", "North-Western"). */
    private static boolean onlyPartWords(String form, Predicate<String> placesAPart) {
        for (String w : form.split(" ")) {
            if (!placesAPart.test(w) && !Arrays.stream(w.split("-")).allMatch(placesAPart)) return false;
        }
        return true;
    }

    /** The longest atlas name starting at token {@code i}, or {@code null}. */
    PhraseSet.@Nullable Match<KnownEntity> matchAt(Tokens tokens, int i) {
        return phrases.matchAt(tokens, i);
    }

    /** Whether {@code word} (a word or a phrase) is, all of it, the name of a place of the atlas ("Jackson", "Lincoln", "Abu Dhabi"). */
    boolean namesPlace(String word) {
        Tokens t = Tokens.of(word);
        PhraseSet.Match<KnownEntity> m = phrases.matchAt(t, 0);
        return m != null && m.to() == t.size();
    }

    /** Whether the place is named like an English word in small letters, and so needs a cue. */
    boolean isCommonWord(KnownEntity e) {
        return common.contains(e);
    }
}
