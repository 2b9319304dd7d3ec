package org.teikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the two layers apart: a test class that runs the command line, starts a process, reads
 * {@code ../shared}, drives a browser, listens on the network or writes a site carries
 * {@link Integration} (on the class, or on the tests of it that do so), so that
 * {@code -DexcludedGroups=integration} leaves only unit tests. Read from the test sources, since
 * what a test touches shows in its text, not in its class file. Tests of the packaged jars
 * ({@code *IT}, run by failsafe after {@code package}) are integration tests whatever they do.
 */
class TestLayersTest {
    private static final Path TESTS = Path.of("src", "test", "java");

    /** What only an integration test does, as it is written in a test's source (directly or through the tests' own helpers). */
    private static final Pattern INTEGRATION = Pattern.compile(String.join("|",
            "\\bSharedFiles\\.", "\\bExample\\.all\\(", "\\bFixtures\\.teiAll\\(", "\\bTeiAllGrammar\\.", // ../shared
            "\\bCommandRun\\b", "\\bCli\\.run\\(", "\\bMain\\.run\\(", "\\bBenchCommand\\.run\\(",       // the command line
            "\\bChildJvm\\b", "\\bProcessBuilder\\b", "\\bWholeProcess\\(", "\\bPerFileRun\\(",            // another process
            "\\bHeadlessChromium\\b", "\\bHtmlChecker\\b",                                                // a browser, the Nu checker's JVM
            "\\bServerSocket\\b", "\\bHttpServer\\b",                                                     // the network
            "\\bCorpusSite\\.builder\\(", "\\bnew SiteBuild\\(", "\\bSite\\.standard\\("));             // a whole site (the API's Site too)

    private static final Pattern MARKED = Pattern.compile("(?m)^\\s*@Integration\\b");

    @Test
    void everyTestThatGoesBeyondTeikitsOwnClassesIsMarkedIntegration() {
        List<String> unmarked = testSources()
                .filter(f -> INTEGRATION.matcher(read(f)).find() && !MARKED.matcher(read(f)).find())
                .map(f -> TESTS.relativize(f) + " (" + firstMatch(read(f)) + ")")
                .toList();
        assertEquals(List.of(), unmarked, "mark these @Integration, on the class or on the tests that do it");
    }

    @Test
    void everyTestOfThePackagedJarsIsMarkedIntegration() {
        List<String> unmarked = testSources().filter(f -> f.getFileName().toString().endsWith("IT.java"))
                .filter(f -> !MARKED.matcher(read(f)).find()).map(f -> TESTS.relativize(f).toString()).toList();
        assertEquals(List.of(), unmarked);
    }

    @Test
    void theGuardSeesTheTestsAndBothLayersHaveSome() {
        List<Path> all = testSources().toList();
        long marked = all.stream().filter(f -> MARKED.matcher(read(f)).find()).count();
        assertTrue(all.size() > 50, "found only " + all.size() + " test classes under " + TESTS.toAbsolutePath());
        assertTrue(marked > 10 && marked < all.size(), marked + " of " + all.size() + " marked @Integration");
    }

    private static Stream<Path> testSources() {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(f -> f.getFileName().toString().matches(".*(Test|IT)\\.java"))
                    .filter(f -> !f.getFileName().toString().equals("TestLayersTest.java"))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstMatch(String source) {
        var m = INTEGRATION.matcher(source);
        return m.find() ? m.group() : "";
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
