package org.teikit.annotate;

/** TEI's {@code @cert} values. */
public enum Certainty {
    HIGH, MEDIUM, LOW;

    public String tei() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
