package org.teikit.store;

/** Where the TEI Consortium publishes the schemas of its current P5 release. */
public final class TeiReleases {
    public static final String RELAXNG_DIR = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/";
    /** The URL the TEI publishes tei_all.rng under, and what documents declare most often. */
    public static final String TEI_ALL = RELAXNG_DIR + "tei_all.rng";

    private TeiReleases() { }

    /** The release URL of a customisation ({@code tei_lite}) in either syntax. */
    static String url(String kind, boolean compact) {
        return RELAXNG_DIR + kind + (compact ? ".rnc" : ".rng");
    }

    /** {@code tei-all}, {@code tei_all} and the like as the release URL; anything else as it is. */
    public static String expand(String urlOrName) {
        String s = urlOrName.strip();
        if (s.matches("tei[-_][a-z]+")) return url(s.replace('-', '_'), false);
        return s;
    }
}
