package org.teikit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;
import org.teikit.SharedFiles;
import org.teikit.cli.Main;

/** The benchmark runs and reports every measurement; its figures are for people, so none is asserted. */
@Integration
class ValidateBenchmarkTest {

    @Test
    void reportsEveryWayOfValidatingAndTheTargets(@TempDir Path dir) throws Exception {
        // tei_all reaches the benchmark as it reaches a user: through a schema store.
        Path store = dir.resolve("store");
        StringWriter added = new StringWriter();
        assertEquals(0, Main.run(new String[] {"schemas", "add", "--store", store.toString(), SharedFiles.require("tei/tei_all.rng").toString()},
                new PrintWriter(added, true), new PrintWriter(added, true)), added.toString());
        dir = Files.createDirectories(dir.resolve("files"));
        Path corpus = SharedFiles.require("corpora/hsg");
        try (var s = Files.list(corpus)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".xml")).sorted().limit(3).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        StringWriter out = new StringWriter();
        int exit = BenchCommand.run(new String[] {"validate", "--store", store.toString(), "--rounds", "1", "--per-file-sample", "1", dir.toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, exit, out.toString());
        for (String row : List.of("bare SAX parse", "stock Jing, one JVM", "teikit --grammar-only (1 thread)", "SchXslt2 alone",
                "stock Jing then SchXslt2", "teikit full validation (1 thread)", "stock Jing once per file", "files/s", "MB/s",
                "grammar-only vs stock Jing in one JVM", "full validation vs stock Jing + SchXslt2", "full validation vs stock Jing once per file")) {
            assertTrue(out.toString().contains(row), row + " missing from:\n" + out);
        }
        assertTrue(out.toString().startsWith("teikit bench validate: 3 files"), out.toString());
    }
}
