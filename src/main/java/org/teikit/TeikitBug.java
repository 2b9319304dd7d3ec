package org.teikit;

import org.jspecify.annotations.Nullable;

/**
 * teikit's own failure on a given input: it produced TEI it cannot stand behind (text lost, its own
 * schema failed even at the plainest rung), a stylesheet broke, or code threw where it should not.
 * Nothing is written for that file. {@link #oneLine()} still names the file and asks the user to
 * report it; the command line tells this apart from {@link InputException} by its exit status
 * (70, as for any other internal error) when it ends the whole command.
 */
public final class TeikitBug extends TeikitException {

    public TeikitBug(@Nullable String file, int line, int column, String message, @Nullable String hint) {
        super(file, line, column, message, hint);
    }

    public TeikitBug(@Nullable String file, String message, @Nullable String hint) {
        this(file, 0, 0, message, hint);
    }

    public TeikitBug(@Nullable String file, String message, @Nullable String hint, Throwable cause) {
        this(file, 0, 0, message, hint);
        initCause(cause);
    }
}
