package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/**
 * A run killed hard midway (SIGKILL: no shutdown hook runs) leaves only whole files under their
 * target names — each the very bytes an uninterrupted run writes — and never a temporary file
 * visible as, or instead of, an output.
 */
@Integration
class InterruptedRunTest {
    private static final int DOCUMENTS = 12;
    private static final long PATIENCE_MS = 120_000;

    @TempDir
    Path dir;

    @Test
    void encodeKilledMidwayLeavesOnlyWholeFiles() throws Exception {
        List<Path> inputs = letters();
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("encode", "-o", out.toString(), "--threads", "1", "--quiet"));
        inputs.forEach(p -> args.add(p.toString()));
        killAfterSomeAreWritten(out, ".xml", args);

        List<Path> written = visible(out);
        assertTrue(written.size() < DOCUMENTS, "the run ended before it was killed: " + written.size() + " files");
        for (Path xml : written) {
            assertTrue(xml.getFileName().toString().endsWith(".xml"), "not an output: " + xml);
            Path input = dir.resolve("texts").resolve(xml.getFileName().toString().replace(".xml", ".txt"));
            Path again = dir.resolve("again").resolve(xml.getFileName());
            CommandRun run = CommandRun.of("encode", input.toString(), "-o", again.toString(), "--quiet");
            assertEquals(0, run.status(), run.toString());
            assertArrayEquals(Files.readAllBytes(again), Files.readAllBytes(xml), xml + " is not what an uninterrupted run writes");
        }
    }

    @Test
    void buildKilledMidwayLeavesOnlyWholeFiles() throws Exception {
        Path texts = letters().get(0).getParent();
        Path site = dir.resolve("site");
        killAfterSomeAreWritten(site.resolve("tei"), ".xml",
                List.of("build", texts.toString(), "-o", site.toString(), "--threads", "1", "--quiet"));

        CommandRun whole = CommandRun.of("build", texts.toString(), "-o", dir.resolve("whole").toString(), "--quiet");
        assertEquals(0, whole.status(), whole.toString());
        List<Path> tei = visible(site.resolve("tei"));
        assertTrue(!tei.isEmpty() && tei.size() < DOCUMENTS, tei.size() + " documents encoded");
        for (Path xml : tei) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("whole/tei").resolve(xml.getFileName())), Files.readAllBytes(xml),
                    xml + " is not what an uninterrupted run writes");
        }
        for (Path page : visible(site)) {
            String name = page.getFileName().toString();
            if (name.endsWith(".html")) assertTrue(Files.readString(page).stripTrailing().endsWith("</html>"), page + " is cut short");
        }
    }

    /** Starts teikit in a JVM of its own and kills it hard once a few {@code extension} files are in {@code watched}. */
    private void killAfterSomeAreWritten(Path watched, String extension, List<String> args) throws Exception {
        Process p = new ChildJvm().start(dir.resolve("logs"), args.toArray(String[]::new));
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        try {
            while (count(watched, extension) < 3) {
                assertTrue(p.isAlive(), "teikit ended before it could be interrupted: " + Files.readString(dir.resolve("logs/err.log")));
                assertTrue(System.currentTimeMillis() < deadline, "nothing written in time");
                Thread.sleep(20);
            }
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
    }

    /** Copies of the project's text fixtures under distinct names: enough documents that a run takes a while. */
    private List<Path> letters() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/fixtures/source/layouts"))) {
            fixtures = s.sorted().toList();
        }
        List<Path> letters = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            letters.add(Files.copy(fixtures.get(i % fixtures.size()), texts.resolve(String.format(java.util.Locale.ROOT, "letter-%02d.txt", i))));
        }
        return letters;
    }

    private static long count(Path d, String extension) throws IOException {
        return visible(d).stream().filter(f -> f.getFileName().toString().endsWith(extension)).count();
    }

    /** The files in {@code d} not hidden: what a user sees as output. A hidden {@code .NAME.part} may stay after a hard kill. */
    private static List<Path> visible(Path d) throws IOException {
        if (!Files.isDirectory(d)) return List.of();
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
