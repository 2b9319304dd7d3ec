package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;
import org.teikit.api.Encoded;
import org.teikit.api.Encoder;
import org.teikit.api.Renderer;
import org.teikit.render.Format;

/** What a Java user gets from {@code org.teikit.api} is byte for byte what the commands write. */
@Integration
class ApiGivesTheCommandsBytesTest {
    private static final String LETTER = org.teikit.api.ApiLetter.TEXT;

    @TempDir
    Path dir;

    private static void teikit(String... args) {
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err)), err::toString);
    }

    @Test
    void encodingTheTextOrTheFileGivesWhatEncodeWrites() throws Exception {
        Path txt = Files.writeString(dir.resolve("letter.txt"), LETTER);
        teikit("encode", "--quiet", txt.toString(), "-o", dir.resolve("out").toString());
        byte[] written = Files.readAllBytes(dir.resolve("out/letter.xml"));

        Encoded fromText = Encoder.standard().encode(LETTER, "letter.txt");
        assertArrayEquals(written, fromText.bytes());
        assertArrayEquals(written, Encoder.standard().encode(txt).bytes());
        assertEquals(new String(written, StandardCharsets.UTF_8), fromText.xml());
    }

    @Test
    void renderingGivesWhatRenderWrites() throws Exception {
        Path tei = dir.resolve("letter.xml");
        Encoder.standard().encode(LETTER, "letter.txt").writeTo(tei);
        teikit("render", "--quiet", "--to", "html", tei.toString(), "-o", dir.resolve("html").toString());
        teikit("render", "--quiet", "--to", "text", "--width", "40", tei.toString(), "-o", dir.resolve("text").toString());

        assertEquals(Files.readString(dir.resolve("html/letter.html")), Renderer.html().render(tei));
        assertEquals(Files.readString(dir.resolve("text/letter.txt")),
                Renderer.html().withFormat(Format.TEXT).withWidth(40).render(Files.readString(tei), "letter.xml"));
    }
}
