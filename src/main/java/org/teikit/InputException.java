package org.teikit;

/**
 * Bad input, or surroundings teikit cannot work in: a file that is empty, malformed, in the wrong
 * encoding, missing or unreadable; an output directory that cannot be written; an option value
 * that names nothing teikit knows. The user can act on it, so {@link #oneLine()} says what, where
 * ({@code file:line:col}) and what to do; the command line prints that line and exits with 1.
 */
public final class InputException extends TeikitException {

    public InputException(String file, int line, int column, String message, String hint) {
        super(file, line, column, message, hint);
    }

    public InputException(String file, String message, String hint) {
        this(file, 0, 0, message, hint);
    }

    public InputException(String file, String message, String hint, Throwable cause) {
        this(file, 0, 0, message, hint);
        initCause(cause);
    }
}
