package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a user may see when teikit meets bad input: one line per problem, starting with
 * {@code teikit: FILE}, and never a stack trace, a parser's own report or an internal error.
 */
final class UserFacing {
    /** Marks of output that is not meant for users. */
    static final List<String> NOISE = List.of("Exception", "\tat ", "[Fatal Error]", "[Error]", "Error on line",
            "SXXP", "internal error", "StackOverflow", "OutOfMemory", "JAXP", "please report");

    /** The run's closing line: "2 documents, 1 error, 0 warnings, 0.0 s, 49.4 documents/s". */
    private static final Pattern SUMMARY = Pattern.compile("\\d+ documents?, \\d+ errors?, \\d+ warnings?, .* documents/s");

    private UserFacing() { }

    /** Nothing but teikit's own lines, and nothing on the console behind teikit's back. */
    static void assertQuiet(CommandRun run) {
        for (String noise : NOISE) {
            assertFalse(run.out().contains(noise) || run.err().contains(noise), "'" + noise + "' shown to the user:\n" + run);
        }
        assertEquals("", run.console(), "printed behind teikit's back:\n" + run);
    }

    /** Refused with exit 1 and a line {@code teikit: FILE…: error: …} holding every fragment. */
    static void assertRefused(CommandRun run, String file, String... fragments) {
        assertEquals(1, run.status(), run.toString());
        assertQuiet(run);
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("teikit: ") && l.contains(file) && l.contains(": error: ")
                && List.of(fragments).stream().allMatch(l::contains)), "no line naming " + file + " with " + List.of(fragments) + ":\n" + run);
        assertTrue(run.err().lines().allMatch(l -> l.startsWith("teikit: ") || SUMMARY.matcher(l).matches()),
                "a line not from teikit:\n" + run);
    }
}
