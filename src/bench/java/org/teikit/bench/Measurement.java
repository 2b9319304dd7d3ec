package org.teikit.bench;

import java.util.Locale;

/**
 * How long one way of processing a set of files took.
 *
 * @param label        what was measured
 * @param seconds      wall-clock time (best of the rounds)
 * @param files        how many files
 * @param megabytes    how much XML
 * @param extrapolated whether the time was measured on a sample and scaled to the whole set
 */
record Measurement(String label, double seconds, int files, double megabytes, boolean extrapolated) {

    double filesPerSecond() {
        return files / seconds;
    }

    double megabytesPerSecond() {
        return megabytes / seconds;
    }

    /** How many times faster this is than {@code other} (below 1: slower). */
    double speedupOver(Measurement other) {
        return other.seconds / seconds;
    }

    String row(Measurement reference) {
        return String.format(Locale.ROOT, "%-52s %9.2f %10.1f %8.2f %9s", label + (extrapolated ? " *" : ""), seconds,
                filesPerSecond(), megabytesPerSecond(), reference == null ? "" : String.format(Locale.ROOT, "%.2fx", speedupOver(reference)));
    }
}
