package org.teikit.validate;

import java.util.Collection;
import java.util.Locale;

/** The totals of a run: {@code N files, N valid, N invalid, N errors, N warnings}. */
public record Summary(long files, long valid, long invalid, long errors, long warnings) {

    public static final Summary EMPTY = new Summary(0, 0, 0, 0, 0);

    public static Summary of(Collection<Report> reports, boolean strict) {
        Summary s = EMPTY;
        for (Report r : reports) s = s.plus(r, strict);
        return s;
    }

    public Summary plus(Report r, boolean strict) {
        boolean ok = r.isValid(strict);
        return new Summary(files + 1, valid + (ok ? 1 : 0), invalid + (ok ? 0 : 1),
                errors + r.errors(), warnings + r.warnings());
    }

    public boolean allValid() {
        return invalid == 0;
    }

    public String line() {
        return String.format(Locale.ROOT, "%d %s, %d valid, %d invalid, %d %s, %d %s",
                files, files == 1 ? "file" : "files", valid, invalid,
                errors, errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings");
    }
}
