package org.teikit.validate;

import java.nio.file.Path;
import java.util.List;
import org.teikit.batch.Batch;
import org.teikit.batch.Progress;

/**
 * Validates many files on several threads and reports them in the order given, whatever order
 * they finish in: each report is written as soon as it and every one before it are done.
 */
public final class ValidationRun {
    private final TeikitValidation validation;
    private final int threads;
    private final boolean strict;

    public ValidationRun(TeikitValidation validation, int threads, boolean strict) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.validation = validation;
        this.threads = threads;
        this.strict = strict;
    }

    /**
     * @param ahead    reports known before validating (paths that do not exist…), written first
     * @param files    the files to validate, in report order
     * @param progress told of every file validated; finished with the totals
     */
    public Summary run(List<Report> ahead, List<Path> files, ReportWriter out, Progress progress) {
        Summary[] summary = {Summary.EMPTY};
        out.begin();
        for (Report r : ahead) {
            out.file(r);
            summary[0] = summary[0].plus(r, strict);
        }
        Batch.map(files, threads, this::validate, r -> {
            out.file(r);
            summary[0] = summary[0].plus(r, strict);
            progress.step();
        });
        List<Finding> notices = validation.drainNotices();
        out.run(notices);
        Summary s = summary[0].plusRun(notices);
        out.end(s);
        progress.finish((int) s.files(), (int) s.errors(), (int) s.warnings());
        return s;
    }

    private Report validate(Path file) {
        try {
            return validation.validate(file);
        } catch (OutOfMemoryError e) {
            return new Report(file.toString(), List.of(new Finding(file.toString(), 0, 0, Severity.ERROR, "file-too-large",
                    "checking this file needs more memory than Java was given; give it more (java -Xmx4g -jar teikit.jar …)"
                            + " or check fewer files at once (--threads 1)", "")));
        } catch (RuntimeException | StackOverflowError e) {
            return new Report(file.toString(), List.of(new Finding(file.toString(), 0, 0, Severity.ERROR, "internal-error",
                    "teikit failed on this file (" + e + "); please report it", "")));
        }
    }
}
