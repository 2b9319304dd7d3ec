package org.teikit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One run of the teikit command line, with what it printed: {@code out} and {@code err} are the
 * command's own streams; {@code console} is whatever reached {@link System#out} or
 * {@link System#err} directly during the run (a parser's default error handler, a library's
 * report), which a user would see interleaved with teikit's lines — it should stay empty.
 */
record CommandRun(int status, String out, String err, String console) {
    private static final Object CONSOLE = new Object();

    /** {@code teikit build IN -o SITE MORE...}. */
    static CommandRun build(java.nio.file.Path in, java.nio.file.Path site, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "build";
        args[1] = in.toString();
        args[2] = "-o";
        args[3] = site.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return of(args);
    }

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int status;
        synchronized (CONSOLE) {
            PrintStream stdout = System.out;
            PrintStream stderr = System.err;
            PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            System.setErr(capture);
            try {
                status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
        }
        return new CommandRun(status, out.toString(), err.toString(), console.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- out\n" + out + "--- err\n" + err + (console.isEmpty() ? "" : "--- console\n" + console);
    }
}
