package org.teikit.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        int info = informationBlock(page);
        readInformation(page, info, header);
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

    /** The "Document Information" line, if a label follows it; else there is no information block. */
    private static int informationBlock(Page page) {
        for (int i = page.size() - 1; i >= 0; i--) {
            if (SiteChrome.is(page.line(i).text(), "document information")) {
                int next = page.nextContent(i + 1, page.size());
                boolean labelled = next < page.size() && FieldLabel.of(page.line(next).text(), true).isPresent();
                return labelled ? i : page.size();
            }
        }
        return page.size();
    }

    /** The labelled values after "Document Information"; an unknown line belongs to the value above it. */
    private static void readInformation(Page page, int info, HeaderBuilder header) {
        if (info >= page.size()) return;
        header.furniture(page.line(info));
        Map<FieldLabel, int[]> ranges = new EnumMap<>(FieldLabel.class);
        FieldLabel current = null;
        for (int i = info + 1; i < page.size(); i++) {
            Line line = page.line(i);
            if (line.isBlank()) continue;
            FieldLabel label = FieldLabel.of(line.text(), true).orElse(null);
            if (label != null && !ranges.containsKey(label)) {
                header.furniture(line);
                current = label;
                ranges.put(label, null);
            } else if (SiteChrome.isChrome(line.text())) {
                header.furniture(line);
            } else {
                int[] r = ranges.get(current);
                ranges.put(current, r == null ? new int[] {i, i} : new int[] {r[0], i});
            }
        }
        ranges.forEach((label, r) -> {
            if (r != null) header.offer(label.slot(), page.span(r[0], r[1]));
        });
    }

    /** Chrome, the date, the title and the credits above the body; returns where the body starts. */
    private static int readTop(Page page, int limit, HeaderBuilder header) {
        int i = page.nextContentSkippingChrome(0, limit, header::furniture);
        if (i < limit && DateShape.isDate(page.line(i).text())) {
            header.offer(Slot.DATE, page.line(i).field());
            i = page.nextContent(i + 1, limit);
        }
        if (i < limit && !SiteChrome.isCredits(page.line(i).text())) {
            header.offer(Slot.TITLE, page.line(i).field());
            i = page.nextContent(i + 1, limit);
        }
        if (i < limit && SiteChrome.isCredits(page.line(i).text())) {
            header.offer(Slot.CREDITS, page.line(i).field());
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
