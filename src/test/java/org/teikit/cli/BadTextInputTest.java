package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.Integration;

/**
 * Text a user might hand to {@code encode} and {@code build}, through the command line: what
 * teikit cannot read is refused in one line naming the file (and the place, where there is one)
 * with nothing written and nothing overwritten; everything else becomes valid, lossless TEI.
 */
@Integration
class BadTextInputTest {
    private static final String LETTER = """
            Embassy of Ruritania
            Strelsau, 3 May 1961

            Note

            Comrade Rassendyll informed the Embassy about the harvest of 1960.

            [Signed] Sapt Attache
            """;
    private static final String OLD_OUTPUT = "an earlier run's output, to be left alone\n";

    @TempDir
    Path dir;

    /** A file teikit must refuse, and what the one line about it must say. */
    record Refused(String name, byte[] bytes, List<String> says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refused> refused() throws IOException {
        return Stream.of(
                new Refused("empty.txt", new byte[0], List.of("the file is empty")),
                new Refused("blank.txt", utf8(" \n\t\n  \r\n"), List.of("only whitespace")),
                new Refused("scan.png", fixture("image.png"), List.of("is not a text file", "PNG image")),
                new Refused("letter.zip", fixture("archive.zip"), List.of("is not a text file", "ZIP archive")),
                new Refused("latin1.txt", LETTER.replace("Rassendyll", "Désirée").getBytes(StandardCharsets.ISO_8859_1),
                        List.of("latin1.txt:6:", "byte 0xE9 at byte offset", "--encoding windows-1252")),
                new Refused("cp1252.txt", "Comrade “Sapt” said:\n".getBytes(Charset.forName("windows-1252")),
                        List.of("cp1252.txt:1:9:", "byte offset 8")),
                new Refused("nul.txt", utf8("Comrade Sapt\u0000 said.\n"), List.of("nul.txt:1:13:", "NUL")),
                new Refused("control.txt", utf8("Line one.\nComrade \u0007Sapt.\n"), List.of("control.txt:2:9:", "U+0007")),
                new Refused("escape.txt", utf8("\u001b[1mBold\u001b[0m text.\n"), List.of("escape.txt:1:1:", "U+001B")),
                new Refused("noncharacter.txt", utf8("A \uFFFE in the text.\n"), List.of("noncharacter.txt:1:3:", "the non-character U+FFFE")),
                new Refused("utf16-lone-surrogate.txt", bomAnd(StandardCharsets.UTF_16LE, new byte[] {'A', 0, 0x00, (byte) 0xD8, 'B', 0}),
                        List.of("not valid UTF-16LE", "byte offset")),
                new Refused("utf16-no-bom.txt", LETTER.getBytes(StandardCharsets.UTF_16LE), List.of("UTF-16", "--encoding UTF-16LE")));
    }

    /** A file teikit must read: its text as the body should come out, and any option it needs. */
    record Accepted(String name, byte[] bytes, String text, List<String> options) {
        Accepted(String name, String text) {
            this(name, utf8(text), text, List.of());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Accepted> accepted() {
        String specials = "If a < b && c > d, the clerk wrote ]]> and -- and <!-- this --> and <?pi x?> & &amp; \"q\" 'a'.\n";
        return Stream.of(
                new Accepted("utf16le-bom.txt", bomAnd(StandardCharsets.UTF_16LE, LETTER.getBytes(StandardCharsets.UTF_16LE)), LETTER, List.of()),
                new Accepted("utf16be-bom.txt", bomAnd(StandardCharsets.UTF_16BE, LETTER.getBytes(StandardCharsets.UTF_16BE)), LETTER, List.of()),
                new Accepted("utf8-bom.txt", bomAnd(StandardCharsets.UTF_8, utf8(LETTER)), LETTER, List.of()),
                new Accepted("crlf.txt", LETTER.replace("\n", "\r\n")),
                new Accepted("lone-cr.txt", LETTER.replace("\n", "\r")),
                new Accepted("mixed-line-ends.txt", "Note\r\n\rComrade Sapt\rsaid so.\n\r\nIt rained.\r"),
                new Accepted("xml-specials.txt", specials),
                new Accepted("xml-specials-in-brackets.txt", "He said [< & ]]> --] and left [--].\n"),
                new Accepted("unbalanced-brackets.txt", "The [first bracket is never closed, and ] this one never opened. [[ ] ]] [x\n"),
                new Accepted("nested-brackets.txt", "[".repeat(10_000) + "deep" + "]".repeat(10_000) + "\n"),
                new Accepted("open-brackets.txt", "Comrade Sapt " + "[".repeat(10_000) + " said so.\n"),
                new Accepted("close-brackets.txt", "]".repeat(10_000) + " Comrade Sapt said so.\n"),
                new Accepted("astral.txt", "The seal reads 𝔄𝔅 and 😀, [𝔄] 𝔅 and Ω.\n"),
                new Accepted("one-line.txt", "Hi Berlin\n"),
                new Accepted("two-lines.txt", "Line one\nLine two\n"),
                new Accepted("signature-only.txt", "[Signed] Sapt Attache\n"),
                new Accepted("heading-only.txt", "Note\n"),
                new Accepted("no-final-newline.txt", "Comrade Sapt said so."),
                new Accepted("name with spaces ü ñ 北京.txt", LETTER),
                new Accepted("windows-1252.txt", "Café – “quoted” for €5, naïve.\n".getBytes(Charset.forName("windows-1252")),
                        "Café – “quoted” for €5, naïve.\n", List.of("--encoding", "windows-1252")));
    }

    @ParameterizedTest(name = "encode refuses {0}")
    @MethodSource("refused")
    void encodeRefusesInOneLineAndWritesNothing(Refused file) throws IOException {
        Path in = Files.write(dir.resolve(file.name()), file.bytes());
        Path out = Files.createDirectories(dir.resolve("out"));
        Path earlier = Files.writeString(out.resolve(stem(file.name()) + ".xml"), OLD_OUTPUT);
        CommandRun run = CommandRun.of("encode", in.toString(), "-o", out.toString());
        UserFacing.assertRefused(run, in.toString(), file.says().toArray(String[]::new));
        assertEquals(OLD_OUTPUT, Files.readString(earlier), "an earlier output was overwritten");
        assertEquals(List.of(earlier.getFileName().toString()), names(out), "something was written");
    }

    @ParameterizedTest(name = "build refuses {0}")
    @MethodSource("refused")
    void buildRefusesInOneLineAndBuildsTheRest(Refused file) throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.write(texts.resolve(file.name().replaceFirst("\\.[a-z]+$", ".txt")), file.bytes());
        Files.writeString(texts.resolve("good.txt"), LETTER);
        Path site = dir.resolve("site");
        CommandRun run = CommandRun.of("build", texts.toString(), "-o", site.toString());
        UserFacing.assertRefused(run, stem(file.name()) + ".txt", file.says().stream()
                .map(s -> s.replace(file.name(), stem(file.name()) + ".txt")).toArray(String[]::new));
        assertEquals(List.of("good.xml"), names(site.resolve("tei")));
        assertTrue(Files.exists(site.resolve("good.html")));
        assertFalse(Files.exists(site.resolve(stem(file.name()) + ".html")));
    }

    @ParameterizedTest(name = "encode reads {0}")
    @MethodSource("accepted")
    void encodeWritesValidLosslessTei(Accepted file) throws IOException {
        Path in = Files.write(dir.resolve(file.name()), file.bytes());
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("encode", in.toString(), "-o", out.toString()));
        args.addAll(file.options());
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.toString());
        UserFacing.assertQuiet(run);
        EncodedTei.assertValidAndLossless(Files.readAllBytes(out.resolve(stem(file.name()) + ".xml")), file.text());
    }

    @ParameterizedTest(name = "build reads {0}")
    @MethodSource("accepted")
    void buildMakesPagesOfIt(Accepted file) throws IOException {
        Path in = Files.write(dir.resolve(file.name()), file.bytes());
        Path site = dir.resolve("site");
        List<String> args = new ArrayList<>(List.of("build", in.toString(), "-o", site.toString(), "--quiet"));
        args.addAll(file.options());
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.toString());
        UserFacing.assertQuiet(run);
        assertTrue(Files.size(site.resolve(stem(file.name()) + ".html")) > 0);
        assertTrue(Files.size(site.resolve(stem(file.name()) + ".txt")) > 0);
    }

    @Test
    void anUnknownEncodingIsOneLine() throws IOException {
        Path in = Files.writeString(dir.resolve("letter.txt"), LETTER);
        CommandRun run = CommandRun.of("encode", in.toString(), "-o", dir.resolve("out").toString(), "--encoding", "klingon-8");
        assertEquals(1, run.status(), run.toString());
        UserFacing.assertQuiet(run);
        assertTrue(run.err().contains("unknown encoding 'klingon-8'"), run.toString());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aNamedFileThatIsADirectoryIsSearchedAndOneWithoutTextIsOneLine() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("no texts here"));
        Files.writeString(empty.resolve("notes.md"), "# not a .txt");
        CommandRun run = CommandRun.of("encode", empty.toString(), "-o", dir.resolve("out").toString());
        UserFacing.assertRefused(run, empty.toString(), "no *.txt files");
    }

    private static String stem(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/fixtures/source/bad", name));
    }

    private static byte[] bomAnd(Charset cs, byte[] body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] bom = "\uFEFF".getBytes(cs);
        b.write(bom, 0, bom.length);
        b.write(body, 0, body.length);
        return b.toByteArray();
    }
}
