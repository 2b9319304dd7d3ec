package org.teikit.annotate;

/** The kinds of register entry. */
public enum EntityType {
    PERSON("pers"), PLACE("place"), ORG("org");

    private final String idPrefix;

    EntityType(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** The prefix of register ids of this kind: "pers", "place", "org". */
    public String idPrefix() {
        return idPrefix;
    }
}
