package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

@Integration
class RenderCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Path fixture(String relative) throws URISyntaxException {
        return Path.of(RenderCommandTest.class.getResource("/fixtures/" + relative).toURI());
    }

    private static String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void rendersADirectoryToOneHtmlPagePerFile() throws Exception {
        Path out = dir.resolve("html");
        assertEquals(0, run("render", fixture("render/corpus").toString(), "--to", "html", "-o", out.toString()));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(3, files.filter(p -> p.toString().endsWith(".html")).count());
        }
        assertTrue(read(out.resolve("note-1976-pyongyang.html")).startsWith("<!DOCTYPE HTML>"));
        assertTrue(this.out.toString().contains("rendered 3 of 3 files"), this.out.toString());
    }

    @Test
    void rendersTextInTheChosenReadingAndWidth() throws Exception {
        Path out = dir.resolve("text");
        assertEquals(0, run("render", fixture("render/lossless/memo.xml").toString(), "--to", "text", "--reading", "diplomatic",
                "--width", "0", "-o", out.toString()));
        String text = read(out.resolve("memo.txt"));
        assertTrue(text.contains("expects Kim II Sung in [...] autumn."), text);
    }

    @Test
    void htmlOpensInTheChosenReading() throws Exception {
        Path out = dir.resolve("dipl");
        assertEquals(0, run("render", fixture("tei/shape.xml").toString(), "--to", "html", "--reading", "diplomatic", "-o", out.toString()));
        assertTrue(read(out.resolve("shape.html")).contains("data-reading=\"diplomatic\""));
    }

    @Test
    void refusesAnOutputDirectoryThatIsAnInputFile() throws Exception {
        Path input = dir.resolve("in.xml");
        Files.copy(fixture("tei/shape.xml"), input);
        byte[] before = Files.readAllBytes(input);
        assertEquals(1, run("render", input.toString(), "--to", "html", "-o", input.toString()));
        assertTrue(err.toString().contains("the output would overwrite the input"), err.toString());
        assertEquals(new String(before, StandardCharsets.UTF_8), read(input));
    }

    @Test
    void refusesToWriteTextOverItsOwnInput() throws Exception {
        Path input = dir.resolve("letter.txt");
        Files.copy(fixture("tei/shape.xml"), input);
        assertEquals(1, run("render", input.toString(), "--to", "text", "-o", dir.toString()));
        assertTrue(err.toString().contains("the output would overwrite the input"), err.toString());
        assertTrue(read(input).startsWith("<?xml"));
    }

    @Test
    void malformedFileIsOneLineWithPlaceAndNothingIsWritten() throws Exception {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<text><p></text></TEI>");
        Path out = dir.resolve("out");
        assertEquals(1, run("render", bad.toString(), "--to", "html", "-o", out.toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("teikit: " + bad + ":2:"), message);
        assertFalse(message.contains("Exception"), message);
        assertFalse(Files.exists(out.resolve("bad.html")));
    }

    @Test
    void goodFilesAreWrittenEvenWhenAnotherFails() throws Exception {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "not xml at all");
        Path out = dir.resolve("out");
        assertEquals(1, run("render", bad.toString(), fixture("tei/shape.xml").toString(), "--to", "text", "-o", out.toString()));
        assertTrue(Files.exists(out.resolve("shape.txt")));
        assertFalse(Files.exists(out.resolve("bad.txt")));
        assertTrue(this.out.toString().contains("rendered 1 of 2 files"), this.out.toString());
    }

    @Test
    void missingInputIsAClearError() {
        assertEquals(1, run("render", dir.resolve("nowhere.xml").toString(), "--to", "html", "-o", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("nowhere.xml: error: no such file or directory"), err.toString());
    }

    @Test
    void directoryWithoutXmlIsAClearError() {
        assertEquals(1, run("render", dir.toString(), "--to", "html", "-o", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("no *.xml files in this directory"), err.toString());
    }

    @Test
    void unknownFormatIsAUsageError() throws Exception {
        assertEquals(2, run("render", fixture("tei/shape.xml").toString(), "--to", "pdf", "-o", dir.toString()));
        assertTrue(err.toString().contains("use html or text"), err.toString());
    }

    @Test
    void negativeWidthIsAUsageError() throws Exception {
        assertEquals(2, run("render", fixture("tei/shape.xml").toString(), "--to", "text", "--width", "-3", "-o", dir.toString()));
        assertTrue(err.toString().contains("--width must be 0 or more"), err.toString());
    }

    @Test
    void outputIsTheSameWithOneThreadOrMany() throws Exception {
        Path one = dir.resolve("one");
        Path many = dir.resolve("many");
        assertEquals(0, run("render", fixture("render/corpus").toString(), "--to", "html", "--threads", "1", "-o", one.toString()));
        assertEquals(0, run("render", fixture("render/corpus").toString(), "--to", "html", "--threads", "3", "-o", many.toString()));
        for (String name : new String[] {"note-1976-pyongyang.html", "telegram-1968-havana.html", "report-1962-peking.html"}) {
            assertEquals(read(one.resolve(name)), read(many.resolve(name)), name);
        }
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        Path out = dir.resolve("clean");
        assertEquals(0, run("render", fixture("render/corpus").toString(), "--to", "text", "-o", out.toString()));
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
