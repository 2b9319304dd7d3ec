package org.teikit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line and the summary, on a clock the test turns by hand. */
class ProgressTest {
    private final StringWriter err = new StringWriter();
    private long now;

    private Progress progress(Progress.Mode mode, int total) {
        return new Progress(new PrintWriter(err, true), "encoding", total, mode, () -> now);
    }

    private void seconds(double s) {
        now += (long) (s * 1e9);
    }

    @Test
    void onATerminalTheLineRedrawsItselfWithRateAndTimeLeftAndIsWipedAtTheEnd() {
        Progress p = progress(Progress.Mode.TERMINAL, 4);
        seconds(1);
        p.step();
        seconds(1);
        p.step();
        seconds(2);
        p.step();
        p.step();
        p.finish(4, 0, 0);
        String out = err.toString();
        assertTrue(out.startsWith("\rencoding 1/4 documents, 1.0 documents/s, 0:03 left\u001b[K"), out);
        assertTrue(out.contains("\rencoding 2/4 documents, 1.0 documents/s, 0:02 left"), out);
        assertTrue(out.contains("\rencoding 4/4 documents, 1.0 documents/s\u001b[K\r\u001b[K4 documents"), out);
    }

    @Test
    void onATerminalRedrawsAtMostFiveTimesASecond() {
        Progress p = progress(Progress.Mode.TERMINAL, 100);
        seconds(1);
        for (int i = 0; i < 50; i++) p.step();
        assertEquals(1, err.toString().split("\r", -1).length - 1, err.toString());
    }

    @Test
    void whenNotATerminalAShortRunPrintsOnlyTheSummary() {
        Progress p = progress(Progress.Mode.PLAIN, 3);
        for (int i = 0; i < 3; i++) {
            seconds(1);
            p.step();
        }
        p.finish(3, 0, 0);
        assertEquals("3 documents, 0 errors, 0 warnings, 3.0 s, 1.0 documents/s\n", err.toString());
    }

    @Test
    void whenNotATerminalALongRunPrintsAPlainLineEveryFewSeconds() {
        Progress p = progress(Progress.Mode.PLAIN, 20);
        for (int i = 0; i < 20; i++) {
            seconds(1);
            p.step();
        }
        String[] lines = err.toString().split("\n");
        assertEquals(3, lines.length, err.toString());
        assertEquals("encoding 5/20 documents, 1.0 documents/s, 0:15 left", lines[0]);
        assertEquals("encoding 10/20 documents, 1.0 documents/s, 0:10 left", lines[1]);
        assertTrue(!err.toString().contains("\r"), err.toString());
    }

    @Test
    void aOneFileRunNeverPrintsProgressHoweverLongItTakes() {
        Progress p = progress(Progress.Mode.PLAIN, 1);
        seconds(30);
        p.step();
        assertEquals("", err.toString());
    }

    @Test
    void aOneDocumentRunHasNoSummaryItsOwnLineSaysItAll() {
        progress(Progress.Mode.PLAIN, 1).finish(1, 1, 0);
        assertEquals("", err.toString());
    }

    @Test
    void quietPrintsNothingUnlessSomethingFailed() {
        Progress p = progress(Progress.Mode.QUIET, 20);
        for (int i = 0; i < 20; i++) {
            seconds(1);
            p.step();
        }
        p.finish(20, 0, 0);
        assertEquals("", err.toString());
        progress(Progress.Mode.QUIET, 2).finish(2, 1, 0);
        assertTrue(err.toString().startsWith("2 documents, 1 error, 0 warnings"), err.toString());
    }

    @Test
    void aNewStageCountsAndTimesAfresh() {
        Progress p = progress(Progress.Mode.TERMINAL, 2);
        seconds(10);
        p.step();
        p.step();
        p.stage("rendering", 4);
        seconds(1);
        p.step();
        assertTrue(err.toString().endsWith("\rrendering 1/4 documents, 1.0 documents/s, 0:03 left\u001b[K"), err.toString());
    }
}
