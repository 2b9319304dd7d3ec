package org.teikit.bench;

import java.util.Locale;

/**
 * Whether a stage's time per document stays flat as the corpus grows: the time per document on
 * the larger corpus divided by that on the smaller (1 is perfectly flat, above 1 slower per
 * document as the corpus grows).
 */
record Scaling(String stage, int smallerCount, double smallerSeconds, int largerCount, double largerSeconds) {
    /** The tolerance: within 20 % either way. */
    static final double TOLERANCE = 0.20;

    double smallerMillisPerDocument() {
        return smallerSeconds * 1000 / smallerCount;
    }

    double largerMillisPerDocument() {
        return largerSeconds * 1000 / largerCount;
    }

    double ratio() {
        return largerMillisPerDocument() / smallerMillisPerDocument();
    }

    boolean flat() {
        return Math.abs(ratio() - 1) <= TOLERANCE;
    }

    String line() {
        return String.format(Locale.ROOT, "%-12s %8.2f ms → %8.2f ms   %.2f  %s", stage, smallerMillisPerDocument(),
                largerMillisPerDocument(), ratio(), flat() ? "flat" : "not flat");
    }
}
