package org.teikit.source;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the export layout from the marks each leaves: the archive export's labels ("Citation:"
 * anywhere in the header, any other label when only the date, title and credits stand above
 * it; blank lines around it, or single newlines in the mirror), the old site's "get citation" and
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

    /**
     * Above the first label stand at most the date line, the title (which may wrap) and the credits
     * sentence; a label-like line further down, with no label before it, is body text.
     */
    private static final int LINES_ABOVE_FIRST_LABEL = 6;

    /** The labels of the archive export's header (the information block's "Source" and "Rights" are not among them). */
    private static final Set<FieldLabel> EXPORT_LABELS = Set.of(FieldLabel.CITATION, FieldLabel.SUMMARY,
            FieldLabel.CREDITS, FieldLabel.ORIGINAL_LANGUAGE, FieldLabel.CONTENTS);

    private LayoutDetector() { }

    static Layout detect(Page page) {
        Set<String> oldSiteMarks = new HashSet<>();
        boolean newSite = false;
        int content = 0;
        int above = 0;
        boolean infoBlock = false;
        for (int i = 0; i < page.size(); i++) {
            String text = page.line(i).text();
            if (text.isEmpty()) continue;
            boolean early = content++ < HEADER_LINES;
            if (SiteChrome.is(text, "document information")) infoBlock = true;
            FieldLabel label = FieldLabel.of(text, false).orElse(null);
            boolean top = above <= LINES_ABOVE_FIRST_LABEL;
            if (!SiteChrome.isFurniture(text)) above++;
            // "Source:" or "Rights:" under "Document Information" label the information block, not an export header.
            boolean exportLabel = label != null && !infoBlock && EXPORT_LABELS.contains(label);
            if ((early && label == FieldLabel.CITATION && !infoBlock) || (top && exportLabel)) {
                boolean blankAfter = i + 1 < page.size() && page.line(i + 1).isBlank();
                return blankAfter ? Layout.ARCHIVE_EXPORT : Layout.MIRROR;
            }
            for (String mark : OLD_SITE_MARKS) {
                if (early && SiteChrome.is(text, mark)) oldSiteMarks.add(mark);
            }
            newSite |= SiteChrome.is(text, "document information")
                    || (early && (SiteChrome.is(text, "skip to content") || SiteChrome.is(text, "skip to main content"))
                            && followedByDate(page, i));
        }
        // The new site's marks win: its pages carry buttons named like the old site's ("Get Citation", "English HTML").
        if (newSite) return Layout.NEW_SITE;
        return oldSiteMarks.size() >= 2 ? Layout.OLD_SITE : Layout.BARE;
    }

    private static boolean followedByDate(Page page, int i) {
        int next = page.nextContentSkippingFurniture(i + 1, page.size(), line -> { });
        return next < page.size() && DateShape.isDate(page.line(next).text());
    }
}
