package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;
import org.teikit.bench.CorpusGenerator;

/** The thread count changes how fast a site is built, never a byte of it. */
@Integration
class ParallelBuildTest {
    @TempDir
    Path dir;

    @Test
    void oneThreadAndFourThreadsBuildByteIdenticalSites() {
        Path in = dir.resolve("in");
        new CorpusGenerator(7).write(12, in);
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        CommandRun a = CommandRun.of("build", in.toString(), "-o", one.toString(), "--threads", "1");
        CommandRun b = CommandRun.of("build", in.toString(), "-o", four.toString(), "--threads", "4");
        assertEquals(0, a.status(), a.toString());
        assertEquals(0, b.status(), b.toString());

        Map<String, byte[]> sequential = SiteFiles.contents(one);
        Map<String, byte[]> parallel = SiteFiles.contents(four);
        assertEquals(sequential.keySet(), parallel.keySet());
        // Per document TEI, page, text view and summary; the index, four registers and the manifest; the search pieces.
        assertEquals(12 * 4 + 5 + 1, sequential.keySet().stream().filter(f -> !f.startsWith("data/")).count(),
                sequential.keySet().toString());
        assertTrue(sequential.containsKey("data/docs-0.js"), sequential.keySet().toString());
        for (String file : sequential.keySet()) assertArrayEquals(sequential.get(file), parallel.get(file), file);
    }
}
