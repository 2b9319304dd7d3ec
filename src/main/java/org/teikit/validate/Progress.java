package org.teikit.validate;

import java.io.PrintWriter;

/** How far a long run has got. On a terminal a line that updates itself; otherwise nothing. */
public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(int done, int total);

    default void finish() { }

    /** A self-updating line on {@code err}, redrawn at most every {@code 200 ms} and wiped at the end. */
    static Progress onTerminal(PrintWriter err) {
        return new Progress() {
            private long last;
            private boolean shown;

            @Override
            public void update(int done, int total) {
                long now = System.nanoTime();
                if (done < total && now - last < 200_000_000L) return;
                last = now;
                shown = true;
                err.print("\rvalidating " + done + "/" + total + " files");
                err.flush();
            }

            @Override
            public void finish() {
                if (!shown) return;
                err.print("\r\u001b[K");
                err.flush();
            }
        };
    }
}
