package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.teikit.InputException;
import org.teikit.TeikitBug;
import picocli.CommandLine;

/** Bad input and teikit's own failures end a command differently: exit 1 versus 70, one line each. */
class FailureKindsTest {

    private record Ended(int status, String err) { }

    private static Ended end(Exception ex) throws Exception {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int status = cl.getExecutionExceptionHandler().handleExecutionException(ex, cl, null);
        return new Ended(status, err.toString());
    }

    @Test
    void badInputIsOneLineNamingThePlaceAndExitsWithOne() throws Exception {
        Ended e = end(new InputException("note.txt", 3, 7, "the file contains a form feed", "remove it"));
        assertEquals(1, e.status());
        assertEquals("teikit: note.txt:3:7: error: the file contains a form feed (remove it)" + System.lineSeparator(), e.err());
    }

    @Test
    void teikitsOwnFailureKeepsItsLineButExitsAsAnInternalError() throws Exception {
        Ended e = end(new TeikitBug("note.txt", "text was lost", "this is a bug in teikit; please report the input file"));
        assertEquals(Main.INTERNAL_ERROR, e.status());
        assertEquals("teikit: note.txt: error: text was lost (this is a bug in teikit; please report the input file)"
                + System.lineSeparator(), e.err());
    }

    @Test
    void anyOtherExceptionIsAnInternalErrorToo() throws Exception {
        Ended e = end(new IllegalStateException("boom"));
        assertEquals(Main.INTERNAL_ERROR, e.status());
        assertEquals("teikit: internal error: java.lang.IllegalStateException: boom (please report it; run with"
                + " TEIKIT_DEBUG=1 for details)" + System.lineSeparator(), e.err());
    }
}
