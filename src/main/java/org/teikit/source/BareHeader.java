package org.teikit.source;

/**
 * A page without the archive's labels or its known site layouts: often just the text, but also
 * a copy of another archive's page (menus, breadcrumbs, the title and date, a "Source:" line,
 * a footer) or the text with its citation above or below it. The top is read as a header only
 * when the copy opens with furniture or a citation, so a plain text keeps its first lines.
 */
final class BareHeader implements HeaderReader {
    @Override
    public Header read(Page page) {
        HeaderBuilder header = new HeaderBuilder(Layout.BARE);
        int first = page.nextContent(0, page.size());
        int bodyFrom = 0;
        if (first < page.size() && (SiteChrome.isFurniture(page.line(first).text())
                || PageTail.isBareCitation(page.line(first).text()))) {
            bodyFrom = PageTop.read(page, 0, page.size(), header);
            bodyFrom = SourceLines.read(page, bodyFrom, page.size(), header);
        }
        return header.build(bodyFrom, PageTail.cut(page, bodyFrom, page.size(), header));
    }
}
