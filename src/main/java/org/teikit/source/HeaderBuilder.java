package org.teikit.source;

import java.util.ArrayList;
import java.util.List;

/** Collects a page's metadata while a layout reader walks its header lines. */
final class HeaderBuilder {
    private final Layout layout;
    private final List<Field> values = new ArrayList<>();
    private final List<Field> furniture = new ArrayList<>();
    Field date;
    Field title;
    Field summary;
    Field originalLanguage;
    Field contents;
    Field source;
    Field archive;
    Field rights;
    private Field credits;
    private Field citationField;

    HeaderBuilder(Layout layout) {
        this.layout = layout;
    }

    void citation(Field value) {
        citationField = value;
    }

    void credits(Field value) {
        credits = value;
    }

    /** A line used as a label or site chrome: accounted for, but no metadata. */
    void furniture(Line line) {
        furniture.add(line.field());
    }

    Header build(int bodyFrom, int bodyTo) {
        for (Field f : new Field[] {date, title, summary, originalLanguage, contents, source, archive, rights,
                credits, citationField}) {
            if (f != null) values.add(f);
        }
        Citation citation = citationField != null ? CitationParser.parse(citationField.text())
                : source != null ? CitationParser.fromSourceNote(source.text(), archive == null ? null : archive.text())
                : null;
        String funder = credits == null ? null : Credits.funder(credits.text());
        Metadata metadata = new Metadata(layout, date, title, citation, summary, credits, funder,
                originalLanguage, contents, source, archive, rights);
        return new Header(metadata, bodyFrom, bodyTo, values, furniture);
    }
}
