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
        return findings.size() - errors();
    }

    /** Valid when there is no error; under {@code strict} a warning counts against it too. */
    public boolean isValid(boolean strict) {
        return strict ? findings.isEmpty() : errors() == 0;
    }

    public boolean isValid() {
        return isValid(false);
    }

    /** The findings as report lines, for messages such as the encoder's self-check. */
    public List<String> textLines() {
        return findings.stream().map(Finding::textLine).toList();
    }
}
