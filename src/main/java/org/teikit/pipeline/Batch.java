package org.teikit.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.teikit.TeikitException;

/**
 * Runs one piece of work per file on a fixed number of threads and hands back the outcomes in
 * input order, whatever order they finished in — so reports and outputs never depend on the
 * thread count. One file's failure never stops the others.
 */
public final class Batch {
    private Batch() { }

    /** What became of one file: a value, or the reason it has none. */
    public record Outcome<T>(Path file, T value, TeikitException error) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * @param onDone called once per finished file (from worker threads), e.g. for a progress line
     */
    public static <T> List<Outcome<T>> run(List<Path> files, int threads, Function<Path, T> work,
                                           Consumer<Outcome<T>> onDone) {
        if (threads <= 1 || files.size() <= 1) {
            List<Outcome<T>> out = new ArrayList<>(files.size());
            for (Path f : files) {
                Outcome<T> o = attempt(f, work);
                onDone.accept(o);
                out.add(o);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), r -> {
            Thread t = new Thread(r, "teikit-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>(files.size());
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    Outcome<T> o = attempt(f, work);
                    onDone.accept(o);
                    return o;
                }));
            }
            List<Outcome<T>> out = new ArrayList<>(files.size());
            for (Future<Outcome<T>> fu : futures) out.add(fu.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TeikitException(null, "interrupted", "run the command again");
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside its guard", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Outcome<T> attempt(Path file, Function<Path, T> work) {
        try {
            return new Outcome<>(file, work.apply(file), null);
        } catch (TeikitException e) {
            return new Outcome<>(file, null, e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return new Outcome<>(file, null, new TeikitException(file.toString(),
                    "too large or too deeply nested to process (" + e.getClass().getSimpleName() + ")",
                    "split the file or raise the JVM limits (-Xss, -Xmx)"));
        } catch (RuntimeException e) {
            // A bug in teikit, not in the file: still one line, and the other files carry on.
            return new Outcome<>(file, null, new TeikitException(file.toString(),
                    "internal error: " + e, "please report this file to the teikit maintainers"));
        }
    }

    /** All cores, the default for {@code --threads}. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
