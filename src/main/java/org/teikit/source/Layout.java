package org.teikit.source;

/** The export layouts met in the wild. */
public enum Layout {
    /** The seed's: date line, title, Citation:, Summary:, Credits:, Original Language:, Contents:, blank lines. */
    ARCHIVE_EXPORT,
    /** Old-site page scrape: "Search in", "get citation", "• share document", "English HTML". */
    OLD_SITE,
    /** New-site scrape: "Skip to content", body, summary and a "Document Information" block after it. */
    NEW_SITE,
    /** Mirror export: the labels of ARCHIVE_EXPORT with single newlines only. */
    MIRROR,
    /** A body with no header at all. */
    BARE
}
