package org.teikit.source;

import java.util.ArrayList;
import java.util.List;

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
            } else if (header.date == null && title.isEmpty() && summary.isEmpty() && DateShape.isDate(text)) {
                header.date = line.field();
            } else if (SiteChrome.isCredits(text)) {
                header.credits(line.field());
            } else if (CitationParser.looksLikeCitation(text)) {
                header.citation(line.field());
            } else {
                (inCitationBox ? summary : title).add(line);
            }
        }
        header.title = span(page, title);
        header.summary = span(page, summary);
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
        int i = page.nextContent(last + 1, page.size());
        while (i < page.size() && SiteChrome.isChrome(page.line(i).text())) {
            last = i;
            i = page.nextContent(i + 1, page.size());
        }
        return last + 1;
    }

    private static Field span(Page page, List<Line> lines) {
        return lines.isEmpty() ? null : page.span(lines.get(0).index(), lines.get(lines.size() - 1).index());
    }
}
