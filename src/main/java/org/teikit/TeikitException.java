package org.teikit;

/**
 * A failure the user can act on: what went wrong, where, and what to do about it.
 *
 * <p>Every stage throws this (never a bare parser exception) so the command line can print
 * one line and exit non-zero without a stack trace.
 */
public class TeikitException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String hint;

    public TeikitException(String file, int line, int column, String message, String hint) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    public TeikitException(String file, String message, String hint) {
        this(file, 0, 0, message, hint);
    }

    public TeikitException(String file, String message, String hint, Throwable cause) {
        this(file, 0, 0, message, hint);
        initCause(cause);
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String hint() { return hint; }

    /** {@code FILE[:LINE:COL]: error: MESSAGE (HINT)} — the one line a user sees. */
    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line).append(':').append(Math.max(column, 1));
            }
            sb.append(": ");
        }
        sb.append("error: ").append(getMessage());
        if (hint != null && !hint.isBlank()) {
            sb.append(" (").append(hint).append(')');
        }
        return sb.toString().replaceAll("[\\r\\n]+", " ");
    }
}
