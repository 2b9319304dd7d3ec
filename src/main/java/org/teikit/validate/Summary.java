package org.teikit.validate;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The totals of a run: {@code N files, N valid, N invalid[, N not checked], N errors, N warnings}.
 * Warnings include the run's own (a file-less finding such as "no TEI schema in the store").
 */
public record Summary(long files, long valid, long invalid, long notChecked, long errors, long warnings) {

    public static final Summary EMPTY = new Summary(0, 0, 0, 0, 0, 0);

    public static Summary of(Collection<Report> reports, boolean strict) {
        Summary s = EMPTY;
        for (Report r : reports) s = s.plus(r, strict);
        return s;
    }

    public Summary plus(Report r, boolean strict) {
        Report.Outcome o = r.outcome(strict);
        return new Summary(files + 1, valid + (o == Report.Outcome.VALID ? 1 : 0), invalid + (o == Report.Outcome.INVALID ? 1 : 0),
                notChecked + (o == Report.Outcome.NOT_CHECKED ? 1 : 0), errors + r.errors(), warnings + r.warnings());
    }

    /** With the run's own findings counted; under {@code strict} a run warning is a failure, as a file's would be. */
    public Summary plusRun(List<Finding> notices) {
        long e = notices.stream().filter(Finding::isError).count();
        long w = notices.stream().filter(f -> f.severity() == Severity.WARNING).count();
        return new Summary(files, valid, invalid, notChecked, errors + e, warnings + w);
    }

    public boolean allValid() {
        return invalid == 0 && notChecked == 0;
    }

    /** 0 all valid, 1 some invalid, 3 none invalid but some not checked (2 is left to usage errors). */
    public int exitStatus(boolean strict) {
        if (invalid > 0 || (strict && (errors > 0 || warnings > 0))) return 1;
        return notChecked > 0 ? 3 : 0;
    }

    public String line() {
        return String.format(Locale.ROOT, "%d %s, %d valid, %d invalid%s, %d %s, %d %s",
                files, files == 1 ? "file" : "files", valid, invalid, notChecked == 0 ? "" : ", " + notChecked + " not checked",
                errors, errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings");
    }
}
