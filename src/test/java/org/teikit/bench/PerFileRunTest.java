package org.teikit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

class PerFileRunTest {
    private static final String SCHEMA = """
            <element name="doc" xmlns="http://relaxng.org/ns/structure/1.0"><text/></element>
            """;

    @Test
    void sampleIsSpreadEvenlyFromTheFirstFile() {
        List<Path> files = IntStream.range(0, 10).mapToObj(i -> Path.of("f" + i)).toList();
        assertEquals(List.of(Path.of("f0"), Path.of("f2"), Path.of("f5"), Path.of("f7")), PerFileRun.sample(files, 4));
    }

    @Test
    void sampleLargerThanTheFilesTakesEachOnce() {
        List<Path> files = List.of(Path.of("a"), Path.of("b"));
        assertEquals(files, PerFileRun.sample(files, 20));
    }

    @Integration
    @Test
    void runsStockJingOncePerFileAndScalesToAllFiles(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("doc.rng"), SCHEMA);
        Path good = Files.writeString(dir.resolve("good.xml"), "<doc>fine</doc>");
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<other/>");
        StockTool jing = StockTool.jing().orElseThrow();
        PerFileRun run = new PerFileRun(jing, f -> List.of(schema.toString(), f.toString()), dir.resolve("jing.err"));

        assertNull(run.check(good));
        assertNotNull(run.check(bad), "Jing's first complaint about the invalid file");

        PerFileRun.Estimate e = run.estimate("jing", List.of(good, bad, good, bad), 2, 0.5);
        assertEquals(2, e.sampled());
        assertEquals(0, e.failed(), "the sample is the first and the third file, both valid");
        assertEquals(4, e.measurement().files());
        assertTrue(e.measurement().extrapolated());
        assertTrue(e.measurement().seconds() > 0);
    }
}
