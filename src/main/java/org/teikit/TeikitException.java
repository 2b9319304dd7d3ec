package org.teikit;

import org.jspecify.annotations.Nullable;

/**
 * A failure teikit reports as one line: what went wrong, where, and what to do about it.
 *
 * <p>Two kinds, as XOM keeps {@code ParsingException} apart from {@code XMLException}:
 * <ul>
 *   <li>{@link InputException} — the input or the user's surroundings are at fault (a file that is
 *       empty, malformed, in the wrong encoding, missing, unwritable); the user can fix it;</li>
 *   <li>{@link TeikitBug} — teikit itself is at fault (it produced output it cannot stand behind);
 *       only a new teikit fixes it, and the user is asked to report it.</li>
 * </ul>
 * Catch this type where either kind ends up the same way (one line per file, the other files
 * carry on); catch a subtype where the two must be told apart, as the command line does for
 * its exit status. Every stage throws one of these (never a bare parser exception) so the
 * command line can print one line and exit non-zero without a stack trace.
 */
public abstract sealed class TeikitException extends RuntimeException permits InputException, TeikitBug {
    private final @Nullable String file;
    private final int line;
    private final int column;
    private final @Nullable String hint;

    TeikitException(@Nullable String file, int line, int column, String message, @Nullable String hint) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    /** The file (or URL, or option value) the failure is about; null when it is about none. */
    public @Nullable String file() { return file; }
    /** 1-based line in {@link #file()}, or 0 when unknown. */
    public int line() { return line; }
    /** 1-based column in {@link #file()}, or 0 when unknown. */
    public int column() { return column; }
    /** What the user can do about it; null when there is nothing to suggest. */
    public @Nullable String hint() { return hint; }

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
