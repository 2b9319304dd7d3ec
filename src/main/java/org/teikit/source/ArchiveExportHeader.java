package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive export (and its mirror with single newlines): a date line, the title, then any
 * of the labels "Citation:", "Summary:", "Credits:", "Original Language:", "Contents:", in any
 * order, each followed by its value; the body follows the last value. Any of them may be
 * missing, the date line and the title too: what stands above the first label is the date
 * line, the title and the credits sentence, by their shape. The export separates values by
 * blank lines, the mirror by single newlines: that is the only difference, the "unit" a value
 * occupies.
 */
final class ArchiveExportHeader implements HeaderReader {
    /** The labels come together: the header is over once no label follows within this many units. */
    private static final int UNITS_TO_NEXT_LABEL = 4;
    /** A header does not run longer than this; a label further down is body text. */
    private static final int HEADER_LINES = 400;

    /** "Title: …" or "Date: …" above the labels of some copies: the label and its value on one line. */
    private static final Pattern LABELLED_TOP = Pattern.compile("(?i)^((?:title|date)\\s*:)\\s*(\\S.*)$");

    /** Above the labels: the date line and a title of at most three lines. */
    private static final int MAX_TITLE_LINES = 4;

    private final Layout layout;

    ArchiveExportHeader(Layout layout) {
        this.layout = layout;
    }

    @Override
    public Header read(Page page) {
        HeaderBuilder header = new HeaderBuilder(layout);
        int n = page.size();
        int firstLabel = firstLabel(page);
        if (textAbove(page, firstLabel)) {
            // The labels come after the text (a copy with the citation below it): the top is read
            // as a page copy's, the labels with what else follows the text as its tail.
            int bodyFrom = PageTop.read(page, 0, firstLabel, header);
            return header.build(bodyFrom, PageTail.cut(page, bodyFrom, page.size(), header));
        }
        readTitleLines(page, firstLabel, header);
        int i = firstLabel;
        int bodyFrom = n;
        while (i < n) {
            FieldLabel label = label(page, i).orElseThrow();
            if (header.has(label.slot())) {
                bodyFrom = i; // a label met again: what follows is not this header
                break;
            }
            header.furniture(page.line(i));
            int value = skipChrome(page, i + 1, header);
            if (value >= n) {
                bodyFrom = n;
                break;
            }
            if (label(page, value).isPresent()) {
                i = value;
                continue;
            }
            if (label == FieldLabel.CONTENTS && !ContentsEntry.is(page.line(value).text())) {
                bodyFrom = value; // the document starts straight under "Contents:"
                break;
            }
            int valueEnd = valueEnd(page, label, value);
            header.offer(label.slot(), page.span(value, valueEnd));
            int after = skipChrome(page, valueEnd + 1, header);
            if (after < n && label(page, after).isPresent()) {
                i = after;
            } else {
                bodyFrom = after;
                break;
            }
        }
        int bodyTo = Math.max(bodyFrom, InformationBlock.read(page, bodyFrom, header));
        return header.build(bodyFrom, PageTail.cut(page, bodyFrom, bodyTo, header));
    }

    private static int firstLabel(Page page) {
        int limit = Math.min(page.size(), HEADER_LINES);
        for (int i = 0; i < limit; i++) {
            if (label(page, i).isPresent()) return i;
        }
        return page.size();
    }

    /**
     * Whether document text stands above the first label: more lines than a date line, a title
     * and the credits, or a sentence among two lines or more.
     */
    private static boolean textAbove(Page page, int firstLabel) {
        int lines = 0;
        boolean sentence = false;
        for (int i = 0; i < firstLabel; i++) {
            String text = page.line(i).text();
            if (text.isEmpty() || SiteChrome.isFurniture(text) || SiteChrome.isCredits(text) || PageTail.isBareCitation(text)
                    || DateShape.isDate(text)) {
                continue;
            }
            lines++;
            sentence |= Sentence.isProse(text);
        }
        // A title alone may end like a sentence ("… 13 May 1976."); a title with a sentence under it is text.
        return lines > MAX_TITLE_LINES || (sentence && lines >= 2);
    }

    /**
     * Before the first label: the date line, the title, and the credits sentence where a copy puts
     * it there; page furniture around them. The date line may stand above the title or below it
     * (a print copy); a line that the title repeats further down is the breadcrumb's copy of it;
     * "Title:" and "Date:" in front of the values are labels.
     */
    private static void readTitleLines(Page page, int firstLabel, HeaderBuilder header) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < firstLabel; i++) {
            Line line = page.line(i);
            if (line.isBlank()) continue;
            if (SiteChrome.isFurniture(line.text())) header.furniture(line);
            else if (PageTail.isBareCitation(line.text()) && header.offer(HeaderBuilder.Slot.CITATION, line.field())) continue;
            else if (!(SiteChrome.isCredits(line.text()) && header.offer(HeaderBuilder.Slot.CREDITS, line.field()))) lines.add(line);
        }
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            Matcher m = LABELLED_TOP.matcher(line.text());
            if (m.matches()) {
                header.furniture(new Field(m.group(1), line.start()));
                lines.set(k, new Line(line.index(), line.start() + m.start(2), line.end(), m.group(2)));
            }
        }
        for (int k = lines.size() - 2; k >= 0; k--) {
            Line line = lines.get(k);
            if (SiteChrome.mayBePlacedFurniture(line.text()) && lines.subList(k + 1, lines.size()).stream().anyMatch(line::sameWords)) {
                header.furniture(lines.remove(k));
            }
        }
        if (lines.isEmpty()) return;
        Line first = lines.get(0);
        Line last = lines.get(lines.size() - 1);
        if (lines.size() > 1 && !DateShape.isDate(first.text()) && DateShape.isDate(last.text())
                && header.offer(HeaderBuilder.Slot.DATE, last.field())) {
            lines.remove(lines.size() - 1);
            last = lines.get(lines.size() - 1);
        }
        int titleStart = first.start();
        if (DateShape.isDate(first.text())) {
            header.offer(HeaderBuilder.Slot.DATE, first.field());
            if (lines.size() == 1) return;
            titleStart = lines.get(1).start();
        } else if (DateShape.leadingDate(first.text()) > 0) {
            // The date line and the title run together on one line.
            int d = DateShape.leadingDate(first.text());
            header.offer(HeaderBuilder.Slot.DATE, new Field(first.text().substring(0, d), first.start()));
            String rest = first.text().substring(d);
            titleStart = first.start() + d + (rest.length() - rest.stripLeading().length());
        }
        String text = page.source().text();
        header.offer(HeaderBuilder.Slot.TITLE, new Field(text.substring(titleStart, last.end()), titleStart));
    }

    /**
     * Where a value that starts at line {@code value} ends: just before the next label when one
     * follows soon (a summary of several paragraphs), else after one unit; "Contents:" also takes
     * the further entries of its list.
     */
    private int valueEnd(Page page, FieldLabel label, int value) {
        if (label == FieldLabel.CONTENTS) {
            // Entry by entry, line by line: the body may follow on the very next line.
            int end = value;
            int next = page.nextContent(end + 1, page.size());
            while (next < page.size() && ContentsEntry.is(page.line(next).text())) {
                end = next;
                next = page.nextContent(end + 1, page.size());
            }
            return end;
        }
        int end = unitEnd(page, value);
        int probe = end;
        int lastValue = end;
        for (int units = 0; units < UNITS_TO_NEXT_LABEL; units++) {
            int next = page.nextContent(probe + 1, page.size());
            if (next >= page.size()) break;
            if (label(page, next).isPresent()) return lastValue;
            probe = unitEnd(page, next);
            // A button between the value and the next label ("Copy citation") is furniture, not more value.
            if (!SiteChrome.isFurniture(page.line(next).text())) lastValue = probe;
        }
        return end;
    }

    /** The last line of the unit starting at {@code start}: its paragraph, or in the mirror the line itself. */
    private int unitEnd(Page page, int start) {
        return layout == Layout.MIRROR ? start : page.paragraphEnd(start);
    }

    /** Passes the furniture between labels and values (buttons, download links), but not an entry of "Contents:". */
    private static int skipChrome(Page page, int from, HeaderBuilder header) {
        int i = page.nextContent(from, page.size());
        while (i < page.size() && SiteChrome.isFurniture(page.line(i).text()) && !ContentsEntry.is(page.line(i).text())) {
            header.furniture(page.line(i));
            i = page.nextContent(i + 1, page.size());
        }
        return i;
    }

    private static Optional<FieldLabel> label(Page page, int i) {
        return FieldLabel.of(page.line(i).text(), false);
    }
}
