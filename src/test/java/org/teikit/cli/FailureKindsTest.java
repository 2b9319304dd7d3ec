package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.teikit.InputException;
import org.teikit.Integration;
import org.teikit.TeikitBug;
import picocli.CommandLine;

/** Bad input and teikit's own failures end a command differently: exit 1 versus 70, one line each. */
@Integration
class FailureKindsTest {

    private record Ended(int status, String err) { }

    /** A command that fails the way the test says, run as teikit runs its own. */
    @CommandLine.Command(name = "fail")
    private record Failing(RuntimeException ex) implements Runnable {
        @Override
        public void run() {
            throw ex;
        }
    }

    private static Ended end(RuntimeException ex) {
        StringWriter err = new StringWriter();
        int status = Main.run(new Failing(ex), new String[0], new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        return new Ended(status, err.toString());
    }

    @Test
    void badInputIsOneLineNamingThePlaceAndExitsWithOne() {
        Ended e = end(new InputException("note.txt", 3, 7, "the file contains a form feed", "remove it"));
        assertEquals(1, e.status());
        assertEquals("teikit: note.txt:3:7: error: the file contains a form feed (remove it)" + System.lineSeparator(), e.err());
    }

    @Test
    void teikitsOwnFailureKeepsItsLineButExitsAsAnInternalError() {
        Ended e = end(new TeikitBug("note.txt", "text was lost", "this is a bug in teikit; please report the input file"));
        assertEquals(Main.INTERNAL_ERROR, e.status());
        assertEquals("teikit: note.txt: error: text was lost (this is a bug in teikit; please report the input file)"
                + System.lineSeparator(), e.err());
    }

    @Test
    void anyOtherExceptionIsAnInternalErrorToo() {
        Ended e = end(new IllegalStateException("boom"));
        assertEquals(Main.INTERNAL_ERROR, e.status());
        assertEquals("teikit: internal error: java.lang.IllegalStateException: boom (please report it; run with"
                + " TEIKIT_DEBUG=1 for details)" + System.lineSeparator(), e.err());
    }
}
