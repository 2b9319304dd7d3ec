package org.teikit.batch;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.teikit.InputException;
import org.teikit.TeikitBug;
import org.teikit.TeikitException;

/**
 * teikit's one way of doing work per item on several threads: results come back in input order,
 * whatever order they finished in, so reports and outputs never depend on the thread count.
 * Only a bounded number of items run ahead of the one being handed back, so a corpus of any size
 * needs memory for the documents in work and the small results of a few dozen more.
 *
 * <p>The threads get a deep stack: stylesheets and Schematron recurse once per level of XML
 * nesting. Work started elsewhere that needs such a stack goes through {@link #onDeepStack}.
 */
public final class Batch {
    private static final long STACK_BYTES = 256L * 1024 * 1024;
    /**
     * Items started ahead of the oldest unfinished one, per thread. Enough that one long document
     * (a play of 3 MB takes seconds) does not leave the other threads idle behind it once they have
     * done the few short ones the window allowed: with 4 a corpus build ran on one core of two most
     * of the time. Results waiting to be handed back are small (paths, summaries, reports).
     */
    static final int AHEAD_PER_THREAD = 32;

    private static final ThreadLocal<Boolean> DEEP_THREAD = ThreadLocal.withInitial(() -> false);
    /** Threads for single calls from threads whose own stack may be small (the caller's main thread). */
    private static final ExecutorService DEEP = Executors.newCachedThreadPool(deepThreads("teikit-call-"));

    private Batch() { }

    /** What became of one file: a value, or the reason it has none. */
    public record Outcome<T>(Path file, @Nullable T value, @Nullable TeikitException error) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Runs {@code work} on every file, a failing file never stopping the others, and returns the
     * outcomes in input order.
     *
     * @param onDone called once per file, in input order, on the calling thread (e.g. for a progress line)
     */
    public static <T> List<Outcome<T>> run(List<Path> files, int threads, Function<Path, T> work,
                                           Consumer<Outcome<T>> onDone) {
        List<Outcome<T>> out = new ArrayList<>(files.size());
        forEach(files, threads, work, o -> {
            onDone.accept(o);
            out.add(o);
        });
        return out;
    }

    /** Like {@link #run}, but hands each outcome over and keeps none: for runs of any length. */
    public static <T> void forEach(List<Path> files, int threads, Function<Path, T> work, Consumer<Outcome<T>> inOrder) {
        map(files, threads, f -> attempt(f, work), inOrder);
    }

    /**
     * Runs {@code task} on every item and returns the results in order. The first task to fail
     * (in input order) fails the whole call with its own exception.
     */
    public static <I, R> List<R> map(List<I> items, int threads, Function<I, R> task) {
        List<R> results = new ArrayList<>(items.size());
        map(items, threads, task, results::add);
        return results;
    }

    /** Runs {@code task} on every item, handing the results to {@code inOrder} in input order on the calling thread. */
    public static <I, R> void map(List<I> items, int threads, Function<I, R> task, Consumer<R> inOrder) {
        if (threads < 1) throw new IllegalArgumentException("threads must be 1 or more");
        if (items.isEmpty()) return;
        int n = Math.min(threads, items.size());
        ExecutorService pool = Executors.newFixedThreadPool(n, deepThreads("teikit-worker-"));
        ArrayDeque<Future<R>> running = new ArrayDeque<>();
        Iterator<I> next = items.iterator();
        try {
            while (next.hasNext() || !running.isEmpty()) {
                while (next.hasNext() && running.size() < n * AHEAD_PER_THREAD) {
                    I item = next.next();
                    running.add(pool.submit(() -> task.apply(item)));
                }
                inOrder.accept(await(running.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Starts {@code task} on a thread of its own (with a deep stack) and returns at once: work that
     * can run beside a {@link #map} rather than after it. {@link #join} waits for its result.
     */
    public static <R> Future<R> beside(Supplier<R> task) {
        FutureTask<R> f = new FutureTask<>(task::get);
        deepThreads("teikit-beside-").newThread(f).start();
        return f;
    }

    /** The result of work started {@link #beside}, or the exception it failed with, as it was thrown. */
    public static <R> R join(Future<R> f) {
        return await(f);
    }

    /** Runs one task on a thread with a deep stack and waits for it; on such a thread already, runs it here. */
    public static <R> R onDeepStack(Supplier<R> task) {
        if (DEEP_THREAD.get()) return task.get();
        return await(DEEP.submit(task::get));
    }

    /** All cores, the default for {@code --threads}. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static <T> Outcome<T> attempt(Path file, Function<Path, T> work) {
        try {
            return new Outcome<>(file, work.apply(file), null);
        } catch (TeikitException e) {
            return new Outcome<>(file, null, e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return new Outcome<>(file, null, new InputException(file.toString(),
                    "too large or too deeply nested to process (" + e.getClass().getSimpleName() + ")",
                    "split the file or raise the JVM limits (-Xss, -Xmx)"));
        } catch (RuntimeException e) {
            // A bug in teikit, not in the file: still one line, and the other files carry on.
            return new Outcome<>(file, null, new TeikitBug(file.toString(),
                    "internal error: " + e, "please report this file to the teikit maintainers"));
        }
    }

    /** The task's result, or the exception it failed with, as it was thrown. */
    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(null, "interrupted", "run the command again");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory deepThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, () -> {
                DEEP_THREAD.set(true);
                try {
                    r.run();
                } catch (Throwable e) {
                    // Tasks' own failures are kept in their futures; what escapes the pool's loop is the
                    // JVM failing under it — in practice memory running out, at times seen as a broken
                    // lock. No future would ever complete and the caller would wait for ever: stop.
                    OutOfMemory.stop();
                }
            }, prefix + counter.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
