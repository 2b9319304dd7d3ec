package org.teikit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.cli.Main;

class RenderBenchmarkTest {

    @Test
    void verdictSaysMetWhenTheRateReachesTheTarget() {
        assertEquals("HTML on 2 threads: 20.0 MB/s, target at least 19 MB/s: met", RenderBenchmark.verdict("HTML", 20, 19, 2));
    }

    @Test
    void verdictSaysByHowMuchATargetIsMissed() {
        assertEquals("text on 2 threads: 13.0 MB/s, target at least 26 MB/s: missed by 50 % (2.0x short)",
                RenderBenchmark.verdict("text", 13, 26, 2));
    }

    @Test
    void rendersEveryFileBothWaysAndReportsRatesAgainstTheAnchors(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"a.xml", "b.xml"}) {
            Files.copy(Path.of("src/test/resources/fixtures/tei/shape.xml"), dir.resolve(name));
        }
        StringWriter out = new StringWriter();
        int exit = Main.run(new String[] {"bench", "render", "--rounds", "1", dir.toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        String report = out.toString();
        assertEquals(0, exit, report);
        assertTrue(report.startsWith("teikit bench render: 2 files"), report);
        for (String way : new String[] {"render HTML (1 thread)", "render text (1 thread)"}) {
            Matcher row = Pattern.compile("(?m)^" + Pattern.quote(way) + " +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+)x +0$").matcher(report);
            assertTrue(row.find(), way + " missing, or a file failed, in:\n" + report);
            assertTrue(Double.parseDouble(row.group(3)) > 0, "MB/s of " + way);
        }
        assertTrue(report.contains("anchors: the TEI Stylesheets"), report);
        assertTrue(report.contains("HTML on ") && report.contains("text on "), report);
    }
}
