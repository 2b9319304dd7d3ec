package org.teikit.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Times several ways of doing the same work and keeps each one's best time. Rounds go through all
 * the ways in turn, so a burst of load from other processes spoils one round of each rather than
 * every round of one; round 0 only warms up.
 */
final class Rounds {
    private Rounds() { }

    interface Work {
        void run() throws Exception;
    }

    record Way(String label, Work work) { }

    /** Each way's best time in seconds over {@code rounds} timed rounds. */
    static double[] bestTimes(List<Way> ways, int rounds) throws Exception {
        double[] best = new double[ways.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int round = 0; round <= rounds; round++) {
            for (int i = 0; i < ways.size(); i++) {
                long t0 = System.nanoTime();
                ways.get(i).work().run();
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (round > 0) best[i] = Math.min(best[i], seconds);
            }
        }
        return best;
    }
}
