package org.teikit;

import org.jspecify.annotations.Nullable;

/**
 * Bad input, or surroundings teikit cannot work in: a file that is empty, malformed, in the wrong
 * encoding, missing or unreadable; an output directory that cannot be written; an option value
 * that names nothing teikit knows. The user can act on it, so {@link #oneLine()} says what, where
 * ({@code file:line:col}) and what to do; the command line prints that line and exits with 1.
 */
public final class InputException extends TeikitException {

    public InputException(@Nullable String file, int line, int column, String message, @Nullable String hint) {
        super(file, line, column, message, hint);
    }

    public InputException(@Nullable String file, String message, @Nullable String hint) {
        this(file, 0, 0, message, hint);
    }

    public InputException(@Nullable String file, String message, @Nullable String hint, Throwable cause) {
        this(file, 0, 0, message, hint);
        initCause(cause);
    }
}
