package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import org.teikit.source.HeaderBuilder.Slot;

/**
 * The new site's page scrape: "Skip to content", the date, the title and the credits sentence
 * above the body; below it the summary (the last paragraph before "Document Information") and
 * the information block, labels without colons ("Source", "Original Archive", "Rights",
 * "Original Language") each followed by its value.
 */
final class NewSiteHeader implements HeaderReader {
    private static final int SUMMARY_MIN_WORDS = 8;

    @Override
    public Header read(Page page) {
        HeaderBuilder header = new HeaderBuilder(Layout.NEW_SITE);
        int info = InformationBlock.read(page, 0, header);
        int bodyFrom = readTop(page, info, header);
        int bodyTo = info;
        if (info < page.size()) {
            List<Line> chrome = new ArrayList<>();
            int last = page.lastContentBefore(info, bodyFrom);
            while (last >= bodyFrom && SiteChrome.isChrome(page.line(last).text())) {
                chrome.add(page.line(last)); // "Author(s):" with no names after it
                last = page.lastContentBefore(last, bodyFrom);
            }
            if (last >= bodyFrom) {
                // A page with single newlines has no paragraphs to go by: its summary is the last line.
                int first = hasBlank(page, page.nextContent(bodyFrom, last), last) ? page.paragraphStart(last, bodyFrom) : last;
                Field summary = page.span(first, last);
                if (isProse(summary.text()) && header.offer(Slot.SUMMARY, summary)) {
                    bodyTo = first;
                    chrome.forEach(header::furniture);
                }
            }
        }
        return header.build(bodyFrom, bodyTo);
    }

    /**
     * Chrome, the date, the title and the credits above the body; returns where the body starts.
     * A line is passed only when its slot took it: the information block below may have filled
     * the slot already, and a refused line must stay for the body rather than fall between the two.
     */
    private static int readTop(Page page, int limit, HeaderBuilder header) {
        int i = page.nextContentSkippingChrome(0, limit, header::furniture);
        if (i < limit && DateShape.isDate(page.line(i).text())) {
            if (!header.offer(Slot.DATE, page.line(i).field())) return i;
            i = page.nextContent(i + 1, limit);
        }
        if (i < limit && !SiteChrome.isCredits(page.line(i).text())) {
            if (!header.offer(Slot.TITLE, page.line(i).field())) return i;
            i = page.nextContent(i + 1, limit);
        }
        if (i < limit && SiteChrome.isCredits(page.line(i).text())) {
            if (!header.offer(Slot.CREDITS, page.line(i).field())) return i;
            i = page.nextContent(i + 1, limit);
        }
        return i;
    }

    private static boolean hasBlank(Page page, int from, int to) {
        for (int i = from; i < to; i++) {
            if (page.line(i).isBlank()) return true;
        }
        return false;
    }

    /** A summary is a sentence or more, not a signature line that happens to end the body. */
    private static boolean isProse(String text) {
        String t = text.strip();
        return t.split("\\s+").length >= SUMMARY_MIN_WORDS && t.matches("(?s).*[.!?][\"”’')\\]]*");
    }
}
