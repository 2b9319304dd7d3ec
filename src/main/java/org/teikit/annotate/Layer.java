package org.teikit.annotate;

/**
 * The layers of markup the recognisers add over a document's structure, as an editor would name
 * them. When one guess breaks teikit's schema or rules, the encoder can leave out that guess, then
 * its whole layer, and still write the document.
 */
public enum Layer {
    PERSONS("person names"),
    PLACES("place names"),
    ORGS("organisation names"),
    DATES("dates"),
    MEASURES("measures"),
    EDITORIAL("editorial marks"),
    FOOTNOTE_LINKS("footnote links");

    private final String label;

    Layer(String label) {
        this.label = label;
    }

    /** What the layer holds, in words: "organisation names". */
    public String label() {
        return label;
    }

    /** The layer a mark belongs to. */
    public static Layer of(Mark mark) {
        if (mark instanceof Mark.Mention m) return of(m.type());
        if (mark instanceof Mark.Role) return PERSONS;
        if (mark instanceof Mark.Date) return DATES;
        if (mark instanceof Mark.Measure) return MEASURES;
        if (mark instanceof Mark.FootnoteAnchor) return FOOTNOTE_LINKS;
        return EDITORIAL;
    }

    /** The layer of the mentions of register entries of this kind. */
    public static Layer of(EntityType type) {
        return switch (type) {
            case PERSON -> PERSONS;
            case PLACE -> PLACES;
            case ORG -> ORGS;
        };
    }
}
