package org.teikit.annotate.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The names a document gives to things rather than places ("10 Drakens", "Falcon missile"). */
final class ThingNames {
    /** A count of things has at most three figures; four are a year. */
    private static final int MAX_COUNT_DIGITS = 3;

    private ThingNames() {
    }

    /**
     * The names the document gives to things rather than places, folded: a plural name counted by a
     * figure ("10 Drakens"), and a name followed by the noun of its kind in small letters ("Falcon
     * missile", "Greenwich mean time", thing-nouns.txt). A year before a name ("In 1956 Hungary") is
     * no count: only figures of up to three digits count.
     */
    static Set<String> thingNames(List<TextScan> scans, Lexicon lexicon) {
        Set<String> out = new HashSet<>();
        for (TextScan s : scans) {
            Tokens t = s.tokens;
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                if (!tok.isWord() || !tok.isCapitalised() || tok.isAllCaps()) continue;
                Token before = t.at(i - 1);
                boolean counted = before != null && t.adjacent(i) && before.isDigits() && before.text().length() <= MAX_COUNT_DIGITS
                        && !before.text().equals("1") && tok.text().endsWith("s");
                boolean ofAKind = i + 1 < t.size() && t.adjacent(i + 1) && lexicon.thingNouns.matchAt(t, i + 1) != null;
                if (counted || ofAKind) out.add(PersonClusters.fold(tok.text()));
            }
        }
        return out;
    }

}
