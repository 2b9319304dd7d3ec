package org.teikit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task per item on a few threads and returns the results in the items' order, so that
 * output never depends on the number of threads. The threads get a deep stack: stylesheets recurse
 * once per level of XML nesting.
 */
final class Workers {
    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private Workers() { }

    /** Threads for single calls from threads whose own stack may be small (the caller's main thread). */
    private static final ExecutorService DEEP = Executors.newCachedThreadPool(deepThreads("teikit-render-call-"));

    private static java.util.concurrent.ThreadFactory deepThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, prefix + counter.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs one task on a thread with a deep stack and waits for it. */
    static <R> R onDeepStack(java.util.function.Supplier<R> task) {
        if (Thread.currentThread().getName().startsWith("teikit-render")) return task.get();
        return await(DEEP.submit(task::get));
    }

    /** The task's result, or the exception it failed with, as it was thrown. */
    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    static <T, R> List<R> map(List<T> items, int threads, Function<T, R> task) {
        if (items.isEmpty()) return List.of();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, items.size())),
                deepThreads("teikit-render-"));
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) futures.add(pool.submit(() -> task.apply(item)));
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> f : futures) results.add(await(f));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
