package org.teikit.validate;

/** A schema a file declares (or a schema includes) cannot be had on this machine. */
final class SchemaUnavailableException extends Exception {
    private final String hint;
    private final boolean teiAll;

    SchemaUnavailableException(String message, String hint) {
        this(message, hint, false);
    }

    /** @param teiAll the schema is the TEI's tei_all (by one of its URLs), which the user adds once for every file */
    SchemaUnavailableException(String message, String hint, boolean teiAll) {
        super(message, null, false, false);
        this.hint = hint;
        this.teiAll = teiAll;
    }

    boolean isTeiAll() {
        return teiAll;
    }

    /** Message and hint as one sentence for a report line. */
    String sentence() {
        return hint == null ? getMessage() : getMessage() + "; " + hint;
    }
}
