package org.teikit.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far a run over many documents has got, on stderr, the same for every command: on a
 * terminal one line that redraws itself (done/total, documents per second, time left); when the
 * output goes to a file or a pipe, a plain line every few seconds, and only once a run has lasted
 * that long; nothing with {@code --quiet}. At the end of a run over several documents one summary
 * line: documents, errors, warnings, seconds, documents per second.
 *
 * <p>Called from one thread (the one that hands out results in order).
 */
public final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    /** Where the progress goes. */
    public enum Mode {
        /** A line redrawn in place, wiped at the end. */
        TERMINAL,
        /** A line every few seconds, for logs. */
        PLAIN,
        /** Nothing, not even the summary (unless something failed). */
        QUIET
    }

    private final PrintWriter err;
    private String verb;
    private int total;
    private final Mode mode;
    private final LongSupplier clock;
    private final long start;
    private long stageStart;
    private long lastShown;
    private boolean drawn;
    private int done;

    /**
     * @param verb what is being done, e.g. "encoding"
     * @param clock nanoseconds, e.g. {@code System::nanoTime}
     */
    public Progress(PrintWriter err, String verb, int total, Mode mode, LongSupplier clock) {
        this.err = err;
        this.verb = verb;
        this.total = total;
        this.mode = mode;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.stageStart = start;
        this.lastShown = start;
    }

    /** The progress a command shows: {@code quiet} wins, then whether stderr is a terminal. */
    public static Progress of(PrintWriter err, String verb, int total, boolean quiet) {
        Mode mode = quiet ? Mode.QUIET : System.console() != null ? Mode.TERMINAL : Mode.PLAIN;
        return new Progress(err, verb, total, mode, System::nanoTime);
    }

    /** Starts the next stage of the run (e.g. rendering after encoding); the summary still times the whole run. */
    public void stage(String verb, int total) {
        this.verb = verb;
        this.total = total;
        this.done = 0;
        this.stageStart = clock.getAsLong();
    }

    /** No progress and no summary at all: for runs inside other runs, such as benchmarks. */
    public static Progress silent() {
        return new Progress(new PrintWriter(java.io.Writer.nullWriter()), "", 0, Mode.QUIET, () -> 0L);
    }

    /** One more document finished. */
    public void step() {
        done++;
        long now = clock.getAsLong();
        switch (mode) {
            case TERMINAL -> {
                if (done < total && now - lastShown < REDRAW_NANOS) return;
                lastShown = now;
                drawn = true;
                err.print("\r" + line(now) + "\u001b[K");
                err.flush();
            }
            case PLAIN -> {
                if (done >= total || now - lastShown < PLAIN_EVERY_NANOS) return;
                lastShown = now;
                err.println(line(now));
                err.flush();
            }
            case QUIET -> { }
        }
    }

    /**
     * Wipes the progress line and prints the summary; not for a single document, whose own line
     * (written or failed) says it all.
     */
    public void finish(int documents, int errors, int warnings) {
        if (drawn) err.print("\r\u001b[K");
        if (documents > 1 && (mode != Mode.QUIET || errors > 0)) {
            double seconds = Math.max((clock.getAsLong() - start) / 1e9, 1e-9);
            err.println(String.format(Locale.ROOT, "%d %s, %d %s, %d %s, %.1f s, %.1f documents/s",
                    documents, plural(documents, "document"), errors, plural(errors, "error"),
                    warnings, plural(warnings, "warning"), seconds, documents / seconds));
        }
        err.flush();
    }

    private String line(long now) {
        double seconds = (now - stageStart) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 && done < total ? ", " + duration((total - done) / rate) + " left" : "";
        return String.format(Locale.ROOT, "%s %d/%d documents, %.1f documents/s%s", verb, done, total, rate, left);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }
}
