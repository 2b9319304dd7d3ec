package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import org.teikit.source.HeaderBuilder.Slot;

/**
 * The old site's page scrape: chrome ("Search in", "• Citation", "get citation",
 * "• share document", "English HTML") around the date, the credits sentence, an indented
 * summary and the citation; the body follows the last chrome line. Some page versions have no
 * date line and an upper-case title instead, glue the summary to the citation on one line
 * ("… North Vietnam."Telegram, …") and end the citation with a " - Share" button: each piece
 * goes where it belongs. A page without a title line leaves the title to the citation's.
 */
final class OldSiteHeader implements HeaderReader {
    /** The chrome run that closes the header is found within this many lines. */
    private static final int HEADER_LINES = 60;

    @Override
    public Header read(Page page) {
        HeaderBuilder header = new HeaderBuilder(Layout.OLD_SITE);
        int end = headerEnd(page);
        List<Field> title = new ArrayList<>();
        List<Field> summary = new ArrayList<>();
        int lastTitleLine = -2;
        boolean inCitationBox = false;
        for (int i = 0; i < end; i++) {
            Line line = page.line(i);
            String text = line.text();
            if (line.isBlank()) continue;
            if (SiteChrome.isFurniture(text)) {
                header.furniture(line);
                inCitationBox |= SiteChrome.is(text, "get citation") || SiteChrome.is(text, "citation");
                continue;
            }
            Field field = line.field();
            boolean taken = (!inCitationBox && DateShape.isDate(text) && header.offer(Slot.DATE, field))
                    || (SiteChrome.isCredits(text) && header.offer(Slot.CREDITS, field))
                    || (CitationParser.looksLikeCitation(text) && offerCitation(header, field));
            if (taken) continue;
            int glued = inCitationBox ? CitationParser.gluedCitationStart(text) : -1;
            if (glued > 0 && !header.has(Slot.CITATION)) {
                summary.add(new Field(text.substring(0, glued), line.start()));
                offerCitation(header, new Field(text.substring(glued), line.start() + glued));
            } else if (!inCitationBox && (title.isEmpty() || lastTitleLine == i - 1)) {
                // The title is one run of lines; a stray line after it is not more title.
                title.add(field);
                lastTitleLine = i;
            } else {
                summary.add(field);
            }
        }
        offer(header, Slot.TITLE, page, title);
        offer(header, Slot.SUMMARY, page, summary);
        int bodyFrom = page.nextContent(end, page.size());
        return header.build(bodyFrom, PageTail.cut(page, bodyFrom, page.size(), header));
    }

    /** The citation, without a site button glued to its end (" - Share"), which is furniture. */
    private static boolean offerCitation(HeaderBuilder header, Field field) {
        int button = SiteChrome.trailingButton(field.text());
        if (button < 0) return header.offer(Slot.CITATION, field);
        boolean taken = header.offer(Slot.CITATION, new Field(field.text().substring(0, button).strip(), field.offset()));
        if (taken) header.furniture(new Field(field.text().substring(button).strip(), field.offset() + button
                + (field.text().substring(button).length() - field.text().substring(button).stripLeading().length())));
        return taken;
    }

    /** The line after the chrome that ends the header ("English HTML", else "share document"). */
    private static int headerEnd(Page page) {
        int limit = Math.min(page.size(), HEADER_LINES);
        int last = -1;
        for (int i = 0; i < limit; i++) {
            String text = page.line(i).text();
            if (SiteChrome.is(text, "english html") || SiteChrome.is(text, "share document")) last = i;
        }
        if (last < 0) return 0;
        int[] end = {last};
        page.nextContentSkippingFurniture(last + 1, page.size(), chrome -> end[0] = chrome.index());
        return end[0] + 1;
    }

    /** The fields as one value, from the first's start to the last's end. */
    private static void offer(HeaderBuilder header, Slot slot, Page page, List<Field> fields) {
        if (fields.isEmpty()) return;
        Field first = fields.get(0);
        Field last = fields.get(fields.size() - 1);
        int start = first.offset();
        int stop = last.offset() + last.text().length();
        header.offer(slot, new Field(page.source().text().substring(start, stop).strip(), start));
    }
}
