package org.teikit.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of the runs of a side-by-side job: the two sides take turns, and the side that goes
 * first changes every round (teikit, anchor, anchor, teikit, …), so neither always meets a cold
 * disk cache or always follows the other's garbage.
 */
final class Alternation {
    private Alternation() { }

    enum Side { TEIKIT, ANCHOR }

    record Turn(int round, Side side) { }

    static List<Turn> turns(int rounds) {
        List<Turn> turns = new ArrayList<>(2 * rounds);
        for (int r = 0; r < rounds; r++) {
            boolean teikitFirst = r % 2 == 0;
            turns.add(new Turn(r, teikitFirst ? Side.TEIKIT : Side.ANCHOR));
            turns.add(new Turn(r, teikitFirst ? Side.ANCHOR : Side.TEIKIT));
        }
        return turns;
    }
}
