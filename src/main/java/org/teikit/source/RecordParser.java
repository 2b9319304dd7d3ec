package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import org.teikit.InputException;

/**
 * Reads an archive page into an {@link ArchiveRecord}: recognises its export layout, takes the
 * header fields from it, and cuts the body into blocks. Site chrome becomes neither metadata
 * nor body.
 */
public final class RecordParser {
    private RecordParser() { }

    public static ArchiveRecord parse(SourceText source) {
        return analyse(source).record();
    }

    static ParsedPage analyse(SourceText source) {
        Page page = Page.of(source);
        return analyse(source, page, HeaderReader.of(LayoutDetector.detect(page)));
    }

    /**
     * Reads the page with {@code reader}. Should the reader have left a line in neither header nor
     * body (a slip of its rules), the page is read again as text alone, chrome aside: a line the
     * parser cannot place goes to the body, never nowhere, and the document is still written.
     */
    static ParsedPage analyse(SourceText source, Page page, HeaderReader reader) {
        Header header = reader.read(page);
        ParsedPage parsed = analyse(source, page, header);
        boolean lost = parsed.record().lines().stream().anyMatch(l -> l.role() == SourceLine.Role.UNPLACED);
        return lost ? analyse(source, page, new HeaderBuilder(Layout.BARE).build(0, page.size())) : parsed;
    }

    private static ParsedPage analyse(SourceText source, Page page, Header header) {
        Layout layout = header.metadata().layout();
        List<Field> furniture = new ArrayList<>(header.furniture());
        List<LineShape> shapes = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        boolean blankBetween = false;
        boolean gap = false;
        boolean dropped = false;
        List<Boolean> afterDropped = new ArrayList<>();
        int group = 0;
        int first = header.bodyFrom();
        int last = header.bodyTo() - 1;
        // Furniture (menus, buttons, a footer line) at the edges of the text is the page's, not the document's.
        while (first <= last && (page.line(first).isBlank() || SiteChrome.isFurniture(page.line(first).text()))) {
            if (!page.line(first).isBlank()) furniture.add(page.line(first).field());
            first++;
        }
        while (last >= first && (page.line(last).isBlank() || SiteChrome.isFurniture(page.line(last).text()))) {
            if (!page.line(last).isBlank()) furniture.add(page.line(last).field());
            last--;
        }
        for (int i = first; i <= last; i++) {
            Line line = page.line(i);
            if (line.isBlank()) {
                gap = !shapes.isEmpty();
            } else if (SiteChrome.isChrome(line.text())) {
                furniture.add(line.field());
                dropped = !shapes.isEmpty();
            } else {
                if (gap) {
                    group++;
                    blankBetween = true;
                    gap = false;
                }
                shapes.add(new LineShape(line));
                groups.add(group);
                afterDropped.add(dropped);
                dropped = false;
            }
        }
        if (shapes.isEmpty()) {
            int line = Math.min(header.bodyFrom(), page.size() - 1);
            throw new InputException(source.name(), line + 1, 1, "found no document text after the archive's header",
                    "check that the file holds the whole export, body included");
        }
        int bodyStart = shapes.get(0).line.start();
        int bodyEnd = shapes.get(shapes.size() - 1).line.end();
        boolean singleNewlines = layout == Layout.MIRROR || !blankBetween;
        int[] groupOf = groups.stream().mapToInt(Integer::intValue).toArray();
        boolean[] cut = new boolean[afterDropped.size()];
        for (int i = 0; i < cut.length; i++) cut[i] = afterDropped.get(i);
        FootnoteAnchors anchors = new FootnoteAnchors(source.text(), bodyStart, bodyEnd);
        List<Block> blocks = BodyParser.parse(new BodyLines(shapes, groupOf, cut, singleNewlines, anchors), source.text());
        Metadata metadata = header.metadata();
        String url = metadata.citation() == null ? null : metadata.citation().url();
        List<SourceLine> account = LineAccount.of(page, header.fields(), furniture, blocks);
        ArchiveRecord record = new ArchiveRecord(DocumentId.of(url, source.name()), source, metadata, blocks, account);
        return new ParsedPage(record, bodyStart, bodyEnd, header.values(), furniture);
    }
}
