package org.teikit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;
import org.teikit.SharedFiles;

/** The pieces of {@code bench anchors}: no figures are checked, only how they are taken and shown. */
class AnchorsBenchmarkTest {
    private static final String TEI = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body><p>%s</p></body></text></TEI>";

    /** A stand-in for the TEI Stylesheets: the text of the document, nothing more. */
    private static final String FAKE_TEXT_XSL = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:output method="text"/>
              <xsl:template match="/"><xsl:value-of select="normalize-space(.)"/></xsl:template>
            </xsl:stylesheet>
            """;

    @Test
    void theMedianIsTheMiddleRunOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(2.0, Median.of(new double[] {9.0, 1.0, 2.0}));
        assertEquals(2.5, Median.of(new double[] {4.0, 1.0, 2.0, 3.0}));
        assertEquals(300, Median.of(new long[] {100, 900, 300}));
    }

    @Test
    void theSidesTakeTurnsAndTheFirstChangesEveryRound() {
        List<String> order = new ArrayList<>();
        for (Alternation.Turn t : Alternation.turns(3)) order.add(t.round() + ":" + t.side());
        assertEquals(List.of("0:TEIKIT", "0:ANCHOR", "1:ANCHOR", "1:TEIKIT", "2:TEIKIT", "2:ANCHOR"), order);
    }

    @Test
    void theRowGivesTimesRatioRatesAndMemory() {
        AnchorRow row = new AnchorRow("HTML: render --to html", 10, 20.0, 4.0, 300_000_000L, "0", 10.0, 800_000_000L, "0,2");
        assertEquals(2.5, row.ratio());
        assertEquals("HTML: render --to html                  4.00     10.00   2.50x      5.00      2.00       300       800  0 / 0,2",
                row.line());
        AnchorRow alone = new AnchorRow("grammar, one file", 1, 1.0, 0.5, 0, "1", Double.NaN, 0, "");
        assertTrue(alone.line().matches("grammar, one file +0\\.50 +- +- +2\\.00 +- +\\? +- +1 / -"), alone.line());
        assertTrue(AnchorRow.HEADER.startsWith("job ") && AnchorRow.HEADER.contains("ratio"), AnchorRow.HEADER);
    }

    @Test
    void commandLinesAreWhatAUserTypesOnBothSides(@TempDir Path dir) {
        AnchorJobs setup = setup(dir, Path.of("/sty"));
        AnchorJob html = setup.job(AnchorJobs.HTML);
        assertEquals(List.of("java", "-jar", "/t/teikit.jar", "render", "--to", "html", "--quiet", dir + "/corpus", "-o", dir + "/tout"), tail(html.teikit()));
        assertEquals(List.of("-cp", "saxon.jar", StockTool.SAXON_MAIN, "-s:" + dir + "/corpus", "-xsl:/sty/html/html.xsl", "-o:" + dir + "/aout"),
                html.anchor().subList(1, html.anchor().size()));
        assertTrue(setup.job(AnchorJobs.TEXT).anchor().contains("-xsl:/sty/txt/tei-to-text.xsl"));

        AnchorJob grammar = setup.job(AnchorJobs.GRAMMAR);
        assertEquals(List.of("validate", "--grammar-only", "--schema", "tei-all", "--store", "/store", dir + "/corpus"), grammar.teikit().subList(3, grammar.teikit().size()));
        assertEquals(List.of("-cp", "jing.jar", StockTool.JING_MAIN, "/store/tei_all.rng", "a.xml", "b.xml"), grammar.anchor().subList(1, grammar.anchor().size()));
        AnchorJob one = setup.job(AnchorJobs.GRAMMAR_ONE);
        assertEquals(1, one.files());
        assertEquals("b.xml", one.anchor().get(one.anchor().size() - 1));
        AnchorJob full = setup.job(AnchorJobs.FULL);
        assertTrue(!full.teikit().contains("--grammar-only") && full.teikit().contains("validate"), full.teikit().toString());
        assertEquals(grammar.anchor(), full.anchor(), "the full check is set against Jing's grammar-only run");

        AnchorJobs bare = new AnchorJobs(setup.teikit(), null, null, null, null, null, setup.corpus(), setup.files(), 1, null, 0, setup.teikitOut(), setup.anchorOut());
        assertNull(bare.job(AnchorJobs.HTML).anchor(), "no stylesheets: teikit alone");
        assertEquals(List.of(AnchorJobs.HTML, AnchorJobs.TEXT).size(), bare.jobs(AnchorJobs.ALL).size(), "no tei_all: no validation jobs");
        assertEquals(List.of("java", "-cp", "a:b", "org.teikit.cli.Main"), tail(AnchorJobs.teikitLauncher(Path.of("/t/classes"), "a:b")));
        assertEquals(List.of("java", "-jar", "/t/teikit.jar"), tail(AnchorJobs.teikitLauncher(Path.of("/t/teikit.jar"), "/t/teikit-bench.jar")),
                "run from the bench jar, teikit is started from its own jar beside it");
    }

    @Test
    void withTheLauncherAndItsArchiveBesideTheJarTeikitIsStartedThroughTheLauncher(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("teikit.jar"), "");
        Path launcher = Files.writeString(dir.resolve("teikit"), "#!/bin/sh\n");
        launcher.toFile().setExecutable(true);
        assertEquals(List.of("java", "-jar", jar.toString()), tail(AnchorJobs.teikitLauncher(jar, "")),
                "a launcher without its archive is not used");
        Files.writeString(dir.resolve("teikit.jsa"), "");
        assertEquals(List.of(launcher.toString()), AnchorJobs.teikitLauncher(jar, ""));
    }

    @Test
    void measuringAlternatesTheSidesAndTakesEachSidesMedian(@TempDir Path dir) throws Exception {
        AnchorJob job = new AnchorJob("job", List.of("teikit"), List.of("anchor"), 2, 4.0);
        List<String> calls = new ArrayList<>();
        double[] teikitTimes = {3, 1, 2};
        double[] anchorTimes = {9, 5, 6};
        AnchorRow row = AnchorsBenchmark.measure(job, 3, (command, log) -> {
            boolean teikit = command.get(0).equals("teikit");
            int n = (int) calls.stream().filter(c -> c.equals(command.get(0))).count();
            calls.add(command.get(0));
            return new WholeProcess.Result(teikit ? teikitTimes[n] : anchorTimes[n], (teikit ? 100 : 200) + n, teikit ? 0 : 1);
        }, setup(dir, null), dir.resolve("logs"));
        assertEquals(List.of("teikit", "anchor", "anchor", "teikit", "teikit", "anchor"), calls);
        assertEquals(2.0, row.teikitSeconds());
        assertEquals(6.0, row.anchorSeconds());
        assertEquals(101, row.teikitRss());
        assertEquals("1", row.anchorExits());
        assertEquals(3.0, row.ratio());
    }

    @Test
    void theFilesAreLinkedIntoOneFolderAndTheOneFileIsTheMedianSized(@TempDir Path dir) throws Exception {
        Path a = write(dir.resolve("x/a.xml"), "short");
        Path b = write(dir.resolve("y/a.xml"), "a good deal longer");
        Path c = write(dir.resolve("y/c.xml"), "middling one");
        List<Path> links = AnchorsBenchmark.linkFlat(List.of(a, b, c), Files.createDirectories(dir.resolve("flat")));
        assertEquals(List.of("a.xml", "1-a.xml", "c.xml"), links.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(Files.readString(b), Files.readString(links.get(1)));
        assertEquals(links.get(2), AnchorsBenchmark.medianSized(links));
        assertEquals("java x a.xml b.xml … (3 files)", AnchorsBenchmark.shown(List.of("java", "x", "a.xml", "b.xml", "c.xml")));
    }

    @Integration
    @Test
    void theAnchorCommandRunsAsAWholeProcessOnAFakeStylesheet(@TempDir Path dir) throws Exception {
        Path sty = dir.resolve("sty");
        write(sty.resolve("txt/tei-to-text.xsl"), FAKE_TEXT_XSL);
        AnchorJobs setup = realSaxon(dir, sty);
        write(setup.corpus().resolve("one.xml"), String.format(TEI, "Lorem ipsum"));
        Files.createDirectories(setup.anchorOut());
        WholeProcess.Result r = new WholeProcess(dir, 120).run(setup.job(AnchorJobs.TEXT).anchor(), dir.resolve("err.txt"));
        assertEquals(0, r.exit(), Files.readString(dir.resolve("err.txt")));
        assertEquals("Lorem ipsum", Files.readString(setup.anchorOut().resolve("one.xml")).strip());
        assertTrue(r.seconds() > 0);
        assertTrue(r.peakRss() > 1_000_000, "a JVM's resident memory: " + r.peakRss());
    }

    @Integration
    @Test
    void theRealTeiStylesheetsRunTheSameWay(@TempDir Path dir) throws Exception {
        Path sty = SharedFiles.require("anchors/tei-stylesheets");
        AnchorJobs setup = realSaxon(dir, sty);
        write(setup.corpus().resolve("one.xml"), String.format(TEI, "Lorem ipsum"));
        Files.createDirectories(setup.anchorOut());
        WholeProcess.Result r = new WholeProcess(dir, 300).run(setup.job(AnchorJobs.TEXT).anchor(), dir.resolve("err.txt"));
        assertEquals(0, r.exit(), Files.readString(dir.resolve("err.txt")));
        assertTrue(Files.readString(setup.anchorOut().resolve("one.xml")).contains("Lorem ipsum"));
    }

    @Test
    void gnuTimesFigureIsItsLastNumberLine(@TempDir Path dir) throws Exception {
        Path f = write(dir.resolve("rss.txt"), "Command exited with non-zero status 1\n123456\n");
        assertEquals(123456, WholeProcess.gnuTimeKb(f));
        WholeProcess plain = new WholeProcess(dir, 10, false);
        assertEquals(List.of("java", "x"), plain.wrapped(List.of("java", "x"), f));
        WholeProcess timed = new WholeProcess(dir, 10, true);
        assertEquals(List.of("/usr/bin/time", "-f", "%M", "-o", f.toString(), "java", "x"), timed.wrapped(List.of("java", "x"), f));
    }

    private static AnchorJobs setup(Path dir, Path stylesheets) {
        StockTool saxon = new StockTool("Saxon-HE", "saxon.jar", List.of(), StockTool.SAXON_MAIN);
        StockTool jing = new StockTool("stock Jing", "jing.jar", List.of(), StockTool.JING_MAIN);
        return new AnchorJobs(List.of("java", "-jar", "/t/teikit.jar"), saxon, jing, stylesheets, Path.of("/store"),
                Path.of("/store/tei_all.rng"), dir.resolve("corpus"), List.of(Path.of("a.xml"), Path.of("b.xml")), 2.0,
                Path.of("b.xml"), 1.0, dir.resolve("tout"), dir.resolve("aout"));
    }

    private static AnchorJobs realSaxon(Path dir, Path stylesheets) throws IOException {
        Files.createDirectories(dir.resolve("corpus"));
        return new AnchorJobs(List.of(), StockTool.stockSaxon(StockTool.mavenRepository()).orElseThrow(), null, stylesheets, null, null,
                dir.resolve("corpus"), List.of(), 0, null, 0, dir.resolve("tout"), dir.resolve("aout"));
    }

    private static List<String> tail(List<String> command) {
        List<String> copy = new ArrayList<>(command);
        copy.set(0, Path.of(copy.get(0)).getFileName().toString());
        return copy;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
