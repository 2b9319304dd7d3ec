package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

@Integration
class EncodeAuthorityTest {
    private static final String LETTER = """
            Embassy of Ruritania
            Strelsau, 3 May 1961

            Note

            Comrade Rassendyll informed the Embassy about the harvest in Zenda.
            """;

    @TempDir
    Path dir;

    @Test
    void theUsersRegisterGivesIdsAndUris() throws IOException {
        Path in = Files.writeString(dir.resolve("letter.txt"), LETTER);
        Path reg = Files.writeString(dir.resolve("reg.tsv"),
                "id\ttype\tname\tvariants\turi\nrassendyll-r\tperson\tRudolf Rassendyll\t\thttps://example.org/rr\n");
        Path out = dir.resolve("letter.xml");
        CommandRun run = CommandRun.of("encode", in.toString(), "-o", out.toString(), "--authority", reg.toString());
        assertEquals(0, run.status(), run.toString());
        String tei = Files.readString(out);
        assertTrue(tei.contains("<person xml:id=\"pers-rassendyll-r\""), tei);
        assertTrue(tei.contains("https://example.org/rr"), tei);
        assertTrue(tei.contains("ref=\"#pers-rassendyll-r\""), tei);
    }

    @Test
    void aBadRegisterIsOneLineWithFileAndLineAndNothingIsWritten() throws IOException {
        Path in = Files.writeString(dir.resolve("letter.txt"), LETTER);
        Path reg = Files.writeString(dir.resolve("reg.tsv"), "a\tperson\tAnna Berg\nb\tcastle\tZenda\n");
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("encode", in.toString(), "-o", out.toString(), "--authority", reg.toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains(reg + ":2:1: error: unknown type \"castle\""), run.toString());
        assertFalse(run.err().contains("Exception"), run.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMalformedTeiRegisterIsOneLineAndTheParserPrintsNothingOfItsOwn() throws IOException {
        Path in = Files.writeString(dir.resolve("letter.txt"), LETTER);
        Path reg = Files.writeString(dir.resolve("reg.xml"), "<listPerson xmlns=\"http://www.tei-c.org/ns/1.0\">\n<person>");
        CommandRun run = CommandRun.of("encode", in.toString(), "-o", dir.resolve("out").toString(), "--authority", reg.toString());
        UserFacing.assertRefused(run, reg + ":2:9: error: not well-formed XML");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aRegisterWithADoctypeIsRefusedAndNothingItNamesIsRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-4711");
        Path in = Files.writeString(dir.resolve("letter.txt"), LETTER);
        Path reg = Files.writeString(dir.resolve("reg.xml"), "<!DOCTYPE listPerson [<!ENTITY s SYSTEM \"" + secret.toUri()
                + "\">]>\n<listPerson xmlns=\"http://www.tei-c.org/ns/1.0\"><person xml:id=\"a\"><persName>&s;</persName></person></listPerson>");
        CommandRun run = CommandRun.of("encode", in.toString(), "-o", dir.resolve("out").toString(), "--authority", reg.toString());
        UserFacing.assertRefused(run, reg.toString(), "DOCTYPE");
        assertFalse(run.toString().contains("TOP-SECRET-4711"), run.toString());
    }
}
