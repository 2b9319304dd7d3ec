package org.teikit.batch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What teikit does when a file needs more memory than the JVM was given: one line that says how
 * to give it more, once however many threads meet the shortage, and an exit status of 1. When
 * memory has run out, even writing that line may fail, so its bytes are made in advance.
 */
public final class OutOfMemory {
    /** The advice, without the "teikit: error: " prefix. */
    public static final String MESSAGE = "ran out of memory (give Java more, as in java -Xmx4g -jar teikit.jar …,"
            + " or process fewer files at once with --threads 1)";
    private static final byte[] LINE = ("teikit: error: " + MESSAGE + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private OutOfMemory() { }

    /** Tells the user on {@code err}, unless another thread already has. */
    public static void tell(PrintWriter err) {
        if (!TOLD.compareAndSet(false, true)) return;
        try {
            err.println("teikit: error: " + MESSAGE);
            err.flush();
        } catch (OutOfMemoryError e) {
            writeLine();
        }
    }

    /** Tells the user on the process's stderr, unless another thread already has, and ends the process with status 1. */
    public static void stop() {
        if (TOLD.compareAndSet(false, true)) writeLine();
        try {
            System.exit(1);
        } catch (Throwable e) {
            Runtime.getRuntime().halt(1);
        }
    }

    private static void writeLine() {
        try {
            STDERR.write(LINE);
        } catch (Throwable e) {
            // Nothing more can be said: the exit status still tells.
        }
    }
}
