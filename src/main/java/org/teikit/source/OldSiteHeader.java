package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import org.teikit.source.HeaderBuilder.Slot;

/**
 * The old site's page scrape: chrome ("Search in", "• Citation", "get citation",
 * "• share document", "English HTML") around the date, the credits sentence, an indented
 * summary and the citation; the body follows the last chrome line. The page has no title line
 * and no original language: those stay {@code null}.
 */
final class OldSiteHeader implements HeaderReader {
    /** The chrome run that closes the header is found within this many lines. */
    private static final int HEADER_LINES = 60;

    @Override
    public Header read(Page page) {
        HeaderBuilder header = new HeaderBuilder(Layout.OLD_SITE);
        int end = headerEnd(page);
        List<Line> title = new ArrayList<>();
        List<Line> summary = new ArrayList<>();
        boolean inCitationBox = false;
        for (int i = 0; i < end; i++) {
            Line line = page.line(i);
            String text = line.text();
            if (line.isBlank()) continue;
            if (SiteChrome.isChrome(text)) {
                header.furniture(line);
                inCitationBox |= SiteChrome.is(text, "get citation") || SiteChrome.is(text, "citation");
                continue;
            }
            Field field = line.field();
            boolean taken = (title.isEmpty() && summary.isEmpty() && DateShape.isDate(text) && header.offer(Slot.DATE, field))
                    || (SiteChrome.isCredits(text) && header.offer(Slot.CREDITS, field))
                    || (CitationParser.looksLikeCitation(text) && header.offer(Slot.CITATION, field));
            if (!taken) (inCitationBox ? summary : title).add(line);
        }
        offer(header, Slot.TITLE, page, title);
        offer(header, Slot.SUMMARY, page, summary);
        return header.build(page.nextContent(end, page.size()), page.size());
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
        page.nextContentSkippingChrome(last + 1, page.size(), chrome -> end[0] = chrome.index());
        return end[0] + 1;
    }

    private static void offer(HeaderBuilder header, Slot slot, Page page, List<Line> lines) {
        if (!lines.isEmpty()) header.offer(slot, page.span(lines.get(0).index(), lines.get(lines.size() - 1).index()));
    }
}
