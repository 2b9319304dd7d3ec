package org.teikit.validate;

import java.util.Locale;

/**
 * How bad a finding is: an error makes the file invalid; a warning does so only under
 * {@code --strict}; a note only informs (which schema was chosen, and why).
 */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The word the report prints: {@code error} or {@code warning}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
