package org.teikit.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates many files on several threads and reports them in the order given, whatever order
 * they finish in: each report is written as soon as it and every one before it are done.
 */
public final class ValidationRun {
    /** Stack for worker threads: Schematron walks a tree recursively, one level of XSLT per level of XML. */
    private static final long WORKER_STACK = 64L << 20;

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
     * @param ahead   reports known before validating (paths that do not exist…), written first
     * @param files   the files to validate, in report order
     */
    public Summary run(List<Report> ahead, List<Path> files, ReportWriter out, Progress progress) {
        Summary summary = Summary.EMPTY;
        out.begin();
        for (Report r : ahead) {
            out.file(r);
            summary = summary.plus(r, strict);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(files.size(), 1)), workers());
        try {
            List<Future<Report>> pending = new ArrayList<>(files.size());
            for (Path f : files) pending.add(pool.submit(() -> validation.validate(f)));
            for (int i = 0; i < pending.size(); i++) {
                Report r = get(pending.get(i), files.get(i));
                out.file(r);
                summary = summary.plus(r, strict);
                progress.update(i + 1, files.size());
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        out.end(summary);
        return summary;
    }

    private static Report get(Future<Report> future, Path file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating " + file, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Report(file.toString(), List.of(new Finding(file.toString(), 0, 0, Severity.ERROR, "internal-error",
                    "teikit failed on this file (" + cause + "); please report it", "")));
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "teikit-validate-" + n.incrementAndGet(), WORKER_STACK);
            t.setDaemon(true);
            return t;
        };
    }
}
