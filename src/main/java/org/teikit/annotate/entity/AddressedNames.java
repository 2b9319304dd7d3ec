package org.teikit.annotate.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.teikit.annotate.Certainty;

/**
 * The person rule "addressed" of {@link PersonRules#ORDER}: "asked Torrijos to keep him there",
 * "I told Kianuri that …". A name right after a verb of asking or telling (addressing-verbs.txt)
 * and before "to" and a verb, or before "that", is the person addressed. Places and bodies are
 * addressed so too ("asked Hanoi to explain", "told Congress that"): a known place or body, a
 * place of the atlas, a word in capitals, and a word with the ending of an English noun
 * ("urged Solidarity to strike", common-noun-endings.txt) are left alone.
 */
final class AddressedNames {
    private static final Set<String> VERBS = Set.copyOf(DataFile.lines("addressing-verbs.txt"));
    private static final List<String> NOUN_ENDINGS = DataFile.lines("common-noun-endings.txt");

    private final PersonRules rules;
    private final NameReader names;
    private final Predicate<String> placeWord;

    AddressedNames(PersonRules rules, NameReader names, Predicate<String> placeWord) {
        this.rules = rules;
        this.names = names;
        this.placeWord = placeWord;
    }

    void find(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 1; i < t.size(); i++) {
            if (!s.free(i) || !t.get(i).isCapitalised() || !t.adjacent(i) || !VERBS.contains(t.get(i - 1).text())) continue;
            NameReader.Read r = names.read(s, i);
            if (r == null || r.parts().size() > 2 || !rules.nameShaped(r, hits) || !addressedAfter(t, r.to())) continue;
            String last = r.parts().get(r.parts().size() - 1);
            if (placeWord.test(String.join(" ", r.parts())) || placeWord.test(last) || commonNoun(last)) continue;
            out.add(rules.person(s, hits, r, List.of(), Certainty.MEDIUM, false));
            i = r.to() - 1;
        }
    }

    /** "to keep", "that": what an addressed person is asked or told. */
    private static boolean addressedAfter(Tokens t, int k) {
        if (k >= t.size() || !t.adjacent(k)) return false;
        if (t.get(k).is("that")) return true;
        return t.get(k).is("to") && k + 1 < t.size() && t.adjacent(k + 1) && t.get(k + 1).isLowerCase();
    }

    private static boolean commonNoun(String w) {
        String low = w.toLowerCase(Locale.ROOT);
        return NOUN_ENDINGS.stream().anyMatch(e -> low.endsWith(e) && low.length() > e.length() + 2);
    }
}
