package org.teikit.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything found in one file, in document order.
 *
 * @param file     the file as the user named it
 * @param findings its findings, sorted by line and column (file-level findings first)
 */
public record Report(String file, List<Finding> findings) {

    public Report {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.DOCUMENT_ORDER);
        findings = List.copyOf(sorted);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** What the file came to: valid, invalid, or not checked (a schema it declares could not be had). */
    public enum Outcome {
        VALID, INVALID, NOT_CHECKED;

        /** {@code valid}, {@code invalid}, {@code not-checked}: the word JSON and SVRL carry. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Invalid when there is an error; not checked when a declared schema was unavailable (under
     * {@code strict}, invalid); under {@code strict} a warning makes it invalid too.
     */
    public Outcome outcome(boolean strict) {
        if (errors() > 0) return Outcome.INVALID;
        if (findings.stream().anyMatch(Finding::meansNotChecked)) return strict ? Outcome.INVALID : Outcome.NOT_CHECKED;
        return strict && warnings() > 0 ? Outcome.INVALID : Outcome.VALID;
    }

    /** Valid when there is no error and nothing was left unchecked; under {@code strict} a warning counts against it too. */
    public boolean isValid(boolean strict) {
        return outcome(strict) == Outcome.VALID;
    }

    public boolean isValid() {
        return isValid(false);
    }

    /** The findings as report lines, for messages such as the encoder's self-check. */
    public List<String> textLines() {
        return findings.stream().map(Finding::textLine).toList();
    }
}
