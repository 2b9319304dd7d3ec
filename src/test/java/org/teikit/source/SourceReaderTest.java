package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.InputException;
import org.teikit.TeikitException;

class SourceReaderTest {
    private final SourceReader auto = SourceReader.auto();

    private TeikitException refused(String fixture) {
        return assertThrows(InputException.class, () -> Fixtures.read(fixture));
    }

    @Test
    void refusesAFileOverSixteenMegabytesAtOnceWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("fifty.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L << 20);
        }
        TeikitException e = assertThrows(TeikitException.class, () -> auto.read(big));
        assertTrue(e.oneLine().contains("the file is too large (50 MB; teikit reads files up to 16 MB)"), e.oneLine());
        assertTrue(e.oneLine().contains("split it into one file per document"), e.oneLine());
    }

    @Test
    void readsUtf8Text() {
        SourceText text = Fixtures.read("layouts/old-site.txt");
        assertTrue(text.text().startsWith("Search in\n"));
        assertTrue(text.text().contains("Goran Petrović"));
    }

    @Test
    void stripsTheUtf8ByteOrderMark() {
        assertEquals(Fixtures.read("layouts/old-site.txt").text(), Fixtures.read("encodings/old-site-bom.txt").text());
    }

    @Test
    void decodesUtf16WithByteOrderMarkInBothByteOrders() {
        assertEquals(Fixtures.read("layouts/new-site.txt").text(), Fixtures.read("encodings/new-site-utf16le.txt").text());
        assertEquals(Fixtures.read("layouts/mirror.txt").text(), Fixtures.read("encodings/mirror-utf16be.txt").text());
    }

    @Test
    void normalisesCrlfAndLoneCrToLf() {
        SourceText crlf = Fixtures.read("encodings/archive-export-crlf.txt");
        assertFalse(crlf.text().contains("\r"));
        assertEquals(Fixtures.read("layouts/archive-export.txt").text(), crlf.text());
        assertEquals(Fixtures.read("layouts/bare.txt").text(), Fixtures.read("encodings/bare-cr.txt").text());
    }

    @Test
    void reportsPositionsInTheFilesOwnLinesWhateverTheLineEnds() {
        byte[] crlf = "one\r\ntwo\r\nthr\u0001ee\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] cr = "one\rtwo\rthr\u0001ee\r".getBytes(StandardCharsets.UTF_8);
        for (byte[] bytes : new byte[][] {crlf, cr}) {
            TeikitException e = assertThrows(TeikitException.class, () -> auto.decode("t.txt", bytes));
            assertEquals(3, e.line());
            assertEquals(4, e.column());
        }
    }

    @Test
    void refusesAMissingPath() {
        TeikitException e = assertThrows(TeikitException.class, () -> auto.read(Path.of("no/such/file.txt")));
        assertEquals("no/such/file.txt: error: no such file (check the path and the file name)", e.oneLine());
    }

    @Test
    void refusesADirectory(@TempDir Path dir) {
        TeikitException e = assertThrows(TeikitException.class, () -> auto.read(dir));
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() {
        assertEquals("the file is empty", refused("bad/empty.txt").getMessage());
    }

    @Test
    void refusesWhitespaceOnlyAndByteOrderMarkOnly() {
        assertEquals("the file holds only whitespace", refused("bad/whitespace.txt").getMessage());
        assertEquals("the file holds no text", refused("bad/bom-only.txt").getMessage());
    }

    @Test
    void namesTheKindOfBinaryFile() {
        assertTrue(refused("bad/image.png").getMessage().contains("PNG image"));
        assertTrue(refused("bad/archive.zip").getMessage().contains("ZIP archive"));
        assertTrue(refused("bad/document.pdf").getMessage().contains("PDF document"));
        assertTrue(refused("bad/binary.dat").getMessage().contains("binary data"));
    }

    @Test
    void suggestsAnEncodingForUtf16WithoutByteOrderMark() {
        TeikitException e = refused("bad/utf16le-no-bom.txt");
        assertTrue(e.hint().contains("--encoding UTF-16LE"), e.hint());
    }

    @Test
    void reportsInvalidUtf8WithByteOffsetLineColumnAndTheEncodingOption() {
        TeikitException e = refused("bad/windows-1252.txt");
        assertEquals(4, e.line());
        assertEquals(11, e.column());
        assertTrue(e.getMessage().contains("byte 0xE9 at byte offset 47"), e.getMessage());
        assertTrue(e.hint().contains("--encoding windows-1252"), e.hint());
        assertTrue(e.oneLine().matches(".*windows-1252\\.txt:4:11: error: not valid UTF-8 text: .*"), e.oneLine());
    }

    @Test
    void decodesWithAnExplicitCharset() {
        SourceText text = SourceReader.forEncoding("windows-1252").read(Fixtures.path("bad/windows-1252.txt"));
        assertTrue(text.text().contains("The attaché said"));
        assertTrue(text.text().contains("He didn’t expect"));
        SourceText latin1 = SourceReader.of(Charset.forName("ISO-8859-1")).read(Fixtures.path("bad/windows-1252.txt"));
        assertTrue(latin1.text().contains("The attaché said"));
    }

    @Test
    void autoMeansByteOrderMarkElseUtf8() {
        assertThrows(TeikitException.class,
                () -> SourceReader.forEncoding("auto").read(Fixtures.path("bad/windows-1252.txt")));
        assertEquals(Fixtures.read("layouts/mirror.txt").text(),
                SourceReader.forEncoding("AUTO").read(Fixtures.path("encodings/mirror-utf16be.txt")).text());
    }

    @Test
    void refusesAnUnknownEncodingName() {
        TeikitException e = assertThrows(TeikitException.class, () -> SourceReader.forEncoding("klingon-8"));
        assertTrue(e.getMessage().contains("unknown encoding 'klingon-8'"));
    }

    @Test
    void reportsANulCharacterWithItsLineAndColumn() {
        TeikitException e = refused("bad/nul.txt");
        assertEquals(3, e.line());
        assertEquals(5, e.column());
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    }

    @Test
    void reportsOtherCharactersXmlCannotCarry() {
        TeikitException ff = refused("bad/form-feed.txt");
        assertEquals(2, ff.line());
        assertTrue(ff.hint().contains("page break"));
        TeikitException esc = assertThrows(TeikitException.class,
                () -> auto.decode("e.txt", "ok\u001b[1m".getBytes(StandardCharsets.UTF_8)));
        assertTrue(esc.getMessage().contains("U+001B"));
        TeikitException nonChar = assertThrows(TeikitException.class,
                () -> auto.decode("f.txt", "x\uFFFE".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, nonChar.column());
    }

    @Test
    void keepsCharactersBeyondTheBasicPlane() {
        assertEquals("a 𝔄 b", auto.decode("s.txt", "a 𝔄 b".getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void readsAndParsesAFileJustUnderTheLimit(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        String paragraph = "The delegation discussed deliveries of grain, timber and machinery at length. ".repeat(3) + "\n\n";
        long target = SourceReader.MAX_BYTES - paragraph.length();
        int paragraphs = 0;
        try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (long written = 0; written < target; written += paragraph.length(), paragraphs++) out.write(paragraph);
        }
        SourceText text = auto.read(big);
        assertTrue(text.text().length() >= target);
        int lastLine = text.lineOf(text.text().length() - 1);
        assertEquals(text.lineStarts().count() - 1, lastLine);
        assertEquals(paragraphs, RecordParser.parse(text).body().size());
    }

    @Test
    void readsASingleTenMegabyteLine(@TempDir Path dir) throws Exception {
        Path line = dir.resolve("line.txt");
        Files.writeString(line, "word ".repeat(2 << 20) + "end.", StandardCharsets.UTF_8);
        SourceText text = auto.read(line);
        assertEquals(1, text.lineStarts().count());
        assertEquals(10 * (1 << 20) + 4, text.text().length());
    }
}
