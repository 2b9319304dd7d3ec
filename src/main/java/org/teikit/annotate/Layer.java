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
        return mark.accept(OF_MARK);
    }

    private static final Mark.Visitor<Layer> OF_MARK = new Mark.Visitor<>() {
        @Override public Layer mention(Mark.Mention m) { return of(m.type()); }
        @Override public Layer role(Mark.Role m) { return PERSONS; }
        @Override public Layer date(Mark.Date m) { return DATES; }
        @Override public Layer measure(Mark.Measure m) { return MEASURES; }
        @Override public Layer supplied(Mark.Supplied m) { return EDITORIAL; }
        @Override public Layer editorialNote(Mark.EditorialNote m) { return EDITORIAL; }
        @Override public Layer gap(Mark.Gap m) { return EDITORIAL; }
        @Override public Layer sic(Mark.Sic m) { return EDITORIAL; }
        @Override public Layer abbreviation(Mark.Abbreviation m) { return EDITORIAL; }
        @Override public Layer footnoteAnchor(Mark.FootnoteAnchor m) { return FOOTNOTE_LINKS; }
    };

    /** The layer of the mentions of register entries of this kind. */
    public static Layer of(EntityType type) {
        return switch (type) {
            case PERSON -> PERSONS;
            case PLACE -> PLACES;
            case ORG -> ORGS;
        };
    }
}
