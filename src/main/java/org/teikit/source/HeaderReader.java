package org.teikit.source;

/** Reads the header of one export layout and says where the body lies. */
interface HeaderReader {
    Header read(Page page);

    static HeaderReader of(Layout layout) {
        return switch (layout) {
            case ARCHIVE_EXPORT, MIRROR -> new ArchiveExportHeader(layout);
            case OLD_SITE -> new OldSiteHeader();
            case NEW_SITE -> new NewSiteHeader();
            case BARE -> new BareHeader();
        };
    }
}
