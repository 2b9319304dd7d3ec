package org.teikit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/** The benchmark runs end to end; its figures are for people, so only their being there and positive is asserted. */
@Integration
class CorpusBenchmarkTest {

    @Test
    void measuresEveryStageInItsOwnJvmWithPositiveFigures(@TempDir Path work) throws Exception {
        StringWriter out = new StringWriter();
        int exit = BenchCommand.run(new String[] {"corpus", "--count", "2", "--per-file-sample", "0", "--threads", "1",
                "--work", work.toString()}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        String report = out.toString();
        assertEquals(0, exit, report);
        assertTrue(report.contains("N = 2:"), report);
        for (String stage : List.of("encode", "validate (teikit schema + rules)", "render HTML", "render text",
                "build (all of it, index, registers)")) {
            Matcher row = Pattern.compile("(?m)^" + Pattern.quote(stage)
                    + " +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9]+) +([0-9]+)$").matcher(report);
            assertTrue(row.find(), stage + " row missing or failed in:\n" + report);
            assertTrue(Double.parseDouble(row.group(1)) > 0, "seconds of " + stage);
            assertTrue(Double.parseDouble(row.group(2)) > 0, "documents/s of " + stage);
            assertTrue(Long.parseLong(row.group(4)) > 0, "peak heap of " + stage);
        }
        assertTrue(report.contains("build of 2 documents:"), report);
        assertEquals(2, Files.list(work.resolve("n2").resolve("build")).filter(p -> p.toString().endsWith(".html"))
                .filter(p -> p.getFileName().toString().startsWith("doc-")).count(), "the build made a page per document");
    }

    @Test
    void refusesACountBelowOne() {
        StringWriter err = new StringWriter();
        int exit = BenchCommand.run(new String[] {"corpus", "--count", "0"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertEquals(2, exit);
        assertTrue(err.toString().contains("--count values and --threads must be at least 1"), err.toString());
    }
}
