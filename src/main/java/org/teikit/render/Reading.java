package org.teikit.render;

import java.util.Locale;
import org.teikit.InputException;

/** The two readings of an edited text. */
public enum Reading {
    /** As corrected: corr, expan and reg; the editor's brackets folded away. */
    NORMALISED,
    /** As transmitted: sic, abbr and orig; the editor's brackets shown. */
    DIPLOMATIC;

    /** The name the stylesheets and the command line use. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Reading parse(String value) {
        for (Reading r : values()) {
            if (r.id().equals(value.toLowerCase(Locale.ROOT))) return r;
        }
        throw new InputException(null, "unknown reading '" + value + "'", "use normalised or diplomatic");
    }
}
