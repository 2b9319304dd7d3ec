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
        int tail = PageTail.cut(page, bodyFrom, info, header);
        int bodyTo = tail;
        if (info < page.size() || tail < info) {
            List<Line> chrome = new ArrayList<>();
            int last = page.lastContentBefore(tail, bodyFrom);
            while (last >= bodyFrom && SiteChrome.isFurniture(page.line(last).text())) {
                chrome.add(page.line(last)); // "Author(s):" with no names after it
                last = page.lastContentBefore(last, bodyFrom);
            }
            if (last >= bodyFrom) {
                // A page with single newlines has no paragraphs to go by: its summary is the last line.
                int first = hasBlank(page, page.nextContent(bodyFrom, last), last) ? page.paragraphStart(last, bodyFrom) : last;
                // The summary printed right under the text's last line, without a blank between: not that line.
                while (first < last && isProse(page.line(last).text()) && !isProse(page.line(first).text())) first++;
                Field summary = page.span(first, last);
                if (isProse(summary.text()) && header.offer(Slot.SUMMARY, summary)) {
                    bodyTo = first;
                    chrome.forEach(header::furniture);
                }
            }
        }
        return header.build(bodyFrom, bodyTo);
    }

    /** Furniture, the date, the title, the credits (and on some pages the summary) above the body; returns where the body starts. */
    private static int readTop(Page page, int limit, HeaderBuilder header) {
        return PageTop.read(page, 0, limit, header);
    }

    private static boolean hasBlank(Page page, int from, int to) {
        for (int i = from; i < to; i++) {
            if (page.line(i).isBlank()) return true;
        }
        return false;
    }

    /** A summary is a sentence or more, not a signature line that happens to end the body. */
    private static boolean isProse(String text) {
        return Sentence.is(text, SUMMARY_MIN_WORDS);
    }
}
