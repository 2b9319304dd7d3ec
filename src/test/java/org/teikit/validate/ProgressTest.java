package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line: drawn in place on a terminal, wiped at the end; nothing at all otherwise. */
class ProgressTest {
    @Test
    void onATerminalTheLineRedrawsItselfAndIsWipedAtTheEnd() {
        StringWriter err = new StringWriter();
        Progress p = Progress.onTerminal(new PrintWriter(err, true));
        p.update(1, 3);
        p.update(3, 3);
        p.finish();
        assertTrue(err.toString().startsWith("\rvalidating 1/3 files"), err.toString());
        assertTrue(err.toString().contains("\rvalidating 3/3 files"), err.toString());
        assertTrue(err.toString().endsWith("\r\u001b[K"), err.toString());
    }

    @Test
    void whenPipedTheCommandPrintsNoProgress() {
        Cli cli = Cli.run("validate", "--schema", "teikit", Fixtures.SHAPE.toString());
        assertEquals("", cli.err());
    }
}
