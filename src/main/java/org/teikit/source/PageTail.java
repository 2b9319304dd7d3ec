package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.teikit.source.HeaderBuilder.Slot;

/**
 * What a page copy carries below the document's text: the archive's labelled blocks when the
 * copy puts them after the text ("Citation:" and its value), a bare citation line, the lists of
 * the page ("Related Documents", "Keywords", "Associated Places", each heading with its entries),
 * and the footer (the site's name with its address, copyright and contact lines, buttons).
 *
 * <p>The tail is the longest run of lines at the end of the text region that reads wholly so;
 * one line it cannot read (a paragraph of prose among the entries, a label whose field the header
 * has already) ends it there, and what stands above stays body text. So a heading or a label
 * inside the document, followed by more of the document, never cuts the text.
 */
final class PageTail {
    /** A tail is looked for only this far above the end of the text region. */
    private static final int MAX_TAIL_LINES = 120;

    private static final WordList PUBLISHER_WORDS = WordList.load("publisher-words.txt");

    private PageTail() { }

    /** A field the tail gives the header. */
    private record Value(Slot slot, Field field) { }

    /** How the tail was read: its labels, lists and footer as furniture, its fields as values. */
    private record Reading(List<Line> furniture, List<Value> values, List<Line> sources) { }

    /**
     * Finds the tail of lines [{@code from}, {@code to}), hands its furniture and fields to
     * {@code header}, and returns where it starts ({@code to} when there is none). The first
     * content line of the region is never tail: a page is not all furniture.
     */
    static int cut(Page page, int from, int to, HeaderBuilder header) {
        int first = page.nextContent(from, to);
        if (first >= to) return to;
        int floor = Math.max(first + 1, to - MAX_TAIL_LINES);
        int best = to;
        Reading bestReading = null;
        for (int i = to - 1; i >= floor; i--) {
            Line line = page.line(i);
            if (line.isBlank() || !opensTail(line.text())) continue;
            Reading r = read(page, i, to, header);
            if (r != null) {
                best = i;
                bestReading = r;
            }
        }
        if (bestReading == null) return to;
        bestReading.furniture().forEach(header::furniture);
        for (Value v : bestReading.values()) header.offer(v.slot(), v.field());
        for (Line l : bestReading.sources()) SourceLines.take(l, header);
        return best;
    }

    /** A line that may begin a tail: a list heading, a label, a bare citation, or furniture. */
    private static boolean opensTail(String text) {
        return SiteChrome.isSectionHeading(text) || label(text).isPresent() || isBareCitation(text)
                || SiteChrome.isFurniture(text) || text.regionMatches(true, 0, "source:", 0, 7);
    }

    /** Reads lines [{@code i}, {@code to}) as a tail, or returns null when one of them is not tail. */
    private static Reading read(Page page, int i, int to, HeaderBuilder header) {
        List<Line> furniture = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        List<Slot> taken = new ArrayList<>();
        List<Line> sources = new ArrayList<>();
        boolean inList = false;
        for (int k = i; k < to; k++) {
            Line line = page.line(k);
            if (line.isBlank()) continue;
            String text = line.text();
            Optional<FieldLabel> label = label(text);
            if (label.isPresent()) {
                Slot slot = label.get().slot();
                if (header.has(slot) || taken.contains(slot)) return null;
                int value = page.nextContent(k + 1, to);
                if (value >= to || label(page.line(value).text()).isPresent() || SiteChrome.isSectionHeading(page.line(value).text())) {
                    return null;
                }
                int end = value;
                while (end + 1 < to && !page.line(end + 1).isBlank()) {
                    String next = page.line(end + 1).text();
                    if (label(next).isPresent() || SiteChrome.isSectionHeading(next)) break;
                    end++;
                }
                furniture.add(line);
                values.add(new Value(slot, page.span(value, end)));
                taken.add(slot);
                k = end;
                inList = false;
            } else if (isBareCitation(text) && !header.has(Slot.CITATION) && !taken.contains(Slot.CITATION)) {
                values.add(new Value(Slot.CITATION, line.field()));
                taken.add(Slot.CITATION);
                inList = false;
            } else if (SourceLines.is(text, header) && !taken.contains(Slot.SOURCE)) {
                sources.add(line);
                taken.add(Slot.SOURCE);
                inList = false;
            } else if (SiteChrome.isSectionHeading(text)) {
                furniture.add(line);
                inList = true;
            } else if (SiteChrome.isFurniture(text)) {
                furniture.add(line);
            } else if (inList && isEntry(text)) {
                furniture.add(line);
            } else {
                return null;
            }
        }
        return new Reading(furniture, values, sources);
    }

    /** A label of the archive's header blocks, with its colon ("Citation:"), standing alone. */
    private static Optional<FieldLabel> label(String text) {
        return FieldLabel.of(text, false);
    }

    /** A citation on a line of its own: a quoted title, a date, and the archive or the document's address. */
    static boolean isBareCitation(String text) {
        if (!CitationParser.looksLikeCitation(text)) return false;
        Citation c = CitationParser.parse(text);
        return c.date() != null && (c.url() != null || (c.publisher() != null && namesAPublisher(c.publisher())));
    }

    private static boolean namesAPublisher(String publisher) {
        for (String word : publisher.split("[^\\p{L}]+")) {
            if (PUBLISHER_WORDS.contains(word)) return true;
        }
        return false;
    }

    /** An entry of a page list or a footer line: short, and not a sentence of prose. */
    private static boolean isEntry(String text) {
        return SiteChrome.mayBePlacedFurniture(text);
    }
}
