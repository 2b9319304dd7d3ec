package org.teikit.bench;

import java.util.Arrays;

/** The median of a few timings: one run spoilt by other processes' load moves it least. */
final class Median {
    private Median() { }

    /** The middle value, or the mean of the two middle ones for an even count. */
    static double of(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("no values");
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static long of(long[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) d[i] = values[i];
        return Math.round(of(d));
    }
}
