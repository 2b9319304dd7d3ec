package org.teikit.source;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the export layout from the marks each leaves: the archive export's "Citation:" label
 * (blank lines around it, or single newlines in the mirror), the old site's "get citation" and
 * "share document", the new site's "Skip to content" above the date and "Document
 * Information". Labels win over chrome, and one stray chrome line makes no layout.
 */
final class LayoutDetector {
    /** Header marks come early; a body of millions of lines is not searched for them. */
    private static final int HEADER_LINES = 80;
    /** The old site's chrome; one such line alone may be a stray, two make the layout. */
    private static final List<String> OLD_SITE_MARKS = List.of(
            "search in", "get citation", "share document", "english html",
            "digital archive international history declassified");

    private LayoutDetector() { }

    static Layout detect(Page page) {
        Set<String> oldSiteMarks = new HashSet<>();
        boolean newSite = false;
        int content = 0;
        for (int i = 0; i < page.size(); i++) {
            String text = page.line(i).text();
            if (text.isEmpty()) continue;
            boolean early = content++ < HEADER_LINES;
            if (early && FieldLabel.of(text, false).orElse(null) == FieldLabel.CITATION) {
                boolean blankAfter = i + 1 < page.size() && page.line(i + 1).isBlank();
                return blankAfter ? Layout.ARCHIVE_EXPORT : Layout.MIRROR;
            }
            for (String mark : OLD_SITE_MARKS) {
                if (early && SiteChrome.is(text, mark)) oldSiteMarks.add(mark);
            }
            newSite |= SiteChrome.is(text, "document information")
                    || (early && SiteChrome.is(text, "skip to content") && followedByDate(page, i));
        }
        if (oldSiteMarks.size() >= 2) return Layout.OLD_SITE;
        return newSite ? Layout.NEW_SITE : Layout.BARE;
    }

    private static boolean followedByDate(Page page, int i) {
        int next = page.nextContent(i + 1, page.size());
        return next < page.size() && DateShape.isDate(page.line(next).text());
    }
}
