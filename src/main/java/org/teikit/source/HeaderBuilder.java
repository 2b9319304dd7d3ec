package org.teikit.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a page's metadata while a layout reader walks its header lines. Each slot takes one
 * value; a second offer is refused, so the reader puts that line elsewhere instead of losing it.
 */
final class HeaderBuilder {
    enum Slot { DATE, TITLE, CITATION, SUMMARY, CREDITS, ORIGINAL_LANGUAGE, CONTENTS, SOURCE, ORIGINAL_ARCHIVE, RIGHTS, CALL_NUMBER }

    private final Layout layout;
    private final Map<Slot, Field> slots = new EnumMap<>(Slot.class);
    private final List<Field> furniture = new ArrayList<>();

    HeaderBuilder(Layout layout) {
        this.layout = layout;
    }

    /** Fills an empty slot; returns false (and changes nothing) when it is taken. */
    boolean offer(Slot slot, Field value) {
        return slots.putIfAbsent(slot, value) == null;
    }

    boolean has(Slot slot) {
        return slots.containsKey(slot);
    }

    /** A line used as a label or site chrome: accounted for, but no metadata. */
    void furniture(Line line) {
        furniture.add(line.field());
    }

    /** A piece of a line used as site chrome (a " - Share" button after the citation). */
    void furniture(Field piece) {
        furniture.add(piece);
    }

    /**
     * The "Call Number" a page gives beside its citation or source note is the shelfmark; it is
     * kept as the citation's, unless the citation already says it (then it is there verbatim).
     */
    private static Citation withCallNumber(Citation citation, Field callNumber) {
        if (callNumber == null) return citation;
        String shelfmark = callNumber.text().strip();
        if (citation == null) return new Citation(shelfmark, null, null, null, null, null, shelfmark, null, null, null);
        if (citation.full().contains(shelfmark)) return citation;
        return new Citation(citation.full(), citation.title(), citation.date(), citation.publisher(), citation.repository(),
                citation.collection(), shelfmark, citation.translator(), citation.translatedFor(), citation.url());
    }

    Header build(int bodyFrom, int bodyTo) {
        Field citationField = slots.get(Slot.CITATION);
        Field source = slots.get(Slot.SOURCE);
        Field archive = slots.get(Slot.ORIGINAL_ARCHIVE);
        Field credits = slots.get(Slot.CREDITS);
        Field title = slots.get(Slot.TITLE);
        Citation citation = citationField != null
                ? CitationParser.parse(citationField.text(), title == null ? null : title.text())
                : source != null ? CitationParser.fromSourceNote(source.text(), archive == null ? null : archive.text())
                : null;
        citation = withCallNumber(citation, slots.get(Slot.CALL_NUMBER));
        Metadata metadata = new Metadata(layout, slots.get(Slot.DATE), slots.get(Slot.TITLE), citation,
                slots.get(Slot.SUMMARY), credits, credits == null ? null : Credits.funder(credits.text()),
                slots.get(Slot.ORIGINAL_LANGUAGE), slots.get(Slot.CONTENTS), source, archive, slots.get(Slot.RIGHTS));
        return new Header(metadata, bodyFrom, bodyTo, slots, furniture);
    }
}
