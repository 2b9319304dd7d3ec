package org.teikit.validate;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.teikit.TeikitException;

/**
 * Schematron rules compiled on a thread of their own, started at once, so that compiling them
 * (seconds in a fresh JVM: SchXslt2 or the cached stylesheet through Saxon's XSLT compiler) runs
 * beside Jing's compilation of the grammar instead of after it. {@link #get()} waits for them and
 * gives back what compiling them gave: the rules, null, or the very exception the compilation
 * threw (a {@link org.teikit.TeikitException} stays one clear line). The result does not depend
 * on when it is asked for, so runs stay deterministic. The thread is a daemon: a run that stops
 * early (the grammar did not compile) does not wait for it.
 */
final class RulesInBackground implements Supplier<Schematron> {
    private final FutureTask<Schematron> task;

    private RulesInBackground(Supplier<Schematron> compile) {
        this.task = new FutureTask<>(compile::get);
    }

    /** Starts {@code compile} now on a daemon thread. */
    static RulesInBackground start(Supplier<Schematron> compile, String name) {
        RulesInBackground rules = new RulesInBackground(compile);
        Thread t = new Thread(rules.task, "teikit-schematron " + name);
        t.setDaemon(true);
        t.start();
        return rules;
    }

    @Override
    public Schematron get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The rules are needed; finish waiting and pass the interruption on.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
