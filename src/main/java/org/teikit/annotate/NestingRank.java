package org.teikit.annotate;

/** The rank behind {@link Mark#nestingRank()}, one line per kind of mark: lower goes outside. */
final class NestingRank implements Mark.Visitor<Integer> {
    static final NestingRank RANK = new NestingRank();

    private NestingRank() { }

    // an editor's bracket encloses everything the text holds
    @Override public Integer supplied(Mark.Supplied m) { return 0; }
    @Override public Integer editorialNote(Mark.EditorialNote m) { return 0; }
    @Override public Integer gap(Mark.Gap m) { return 0; }
    @Override public Integer mention(Mark.Mention m) { return 1; }
    @Override public Integer role(Mark.Role m) { return 2; }
    @Override public Integer date(Mark.Date m) { return 2; }
    @Override public Integer measure(Mark.Measure m) { return 2; }
    @Override public Integer abbreviation(Mark.Abbreviation m) { return 3; }
    // a name encloses its slip: "Kim II Sung" is a name whose text is a sic
    @Override public Integer sic(Mark.Sic m) { return 4; }
    @Override public Integer footnoteAnchor(Mark.FootnoteAnchor m) { return 5; }
}
