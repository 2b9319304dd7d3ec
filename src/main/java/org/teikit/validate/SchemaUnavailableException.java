package org.teikit.validate;

/** A schema a file declares (or a schema includes) cannot be had on this machine. */
final class SchemaUnavailableException extends Exception {
    private final String hint;

    SchemaUnavailableException(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    /** Message and hint as one sentence for a report line. */
    String sentence() {
        return hint == null ? getMessage() : getMessage() + "; " + hint;
    }
}
