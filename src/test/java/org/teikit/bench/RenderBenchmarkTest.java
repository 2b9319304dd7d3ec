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
import org.teikit.Integration;

@Integration
class RenderBenchmarkTest {

    @Test
    void rendersEveryFileBothWaysInProcessWithNoFigureFromAnotherDay(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"a.xml", "b.xml"}) {
            Files.copy(Path.of("src/test/resources/fixtures/tei/shape.xml"), dir.resolve(name));
        }
        StringWriter out = new StringWriter();
        int exit = BenchCommand.run(new String[] {"render", "--rounds", "1", dir.toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        String report = out.toString();
        assertEquals(0, exit, report);
        assertTrue(report.startsWith("teikit bench render: 2 files"), report);
        for (String way : new String[] {"render HTML (1 thread)", "render text (1 thread)"}) {
            Matcher row = Pattern.compile("(?m)^" + Pattern.quote(way) + " +([0-9.]+) +([0-9.]+) +([0-9.]+) +0$").matcher(report);
            assertTrue(row.find(), way + " missing, or a file failed, in:\n" + report);
            assertTrue(Double.parseDouble(row.group(3)) > 0, "MB/s of " + way);
        }
        assertTrue(report.contains("in-process"), report);
        assertTrue(report.contains("bench anchors"), report);
        assertTrue(!report.contains("1.9 MB/s") && !report.contains("5.2 MB/s"), report);
    }
}
