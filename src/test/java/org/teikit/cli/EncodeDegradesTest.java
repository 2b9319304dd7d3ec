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
import org.teikit.validate.Report;
import org.teikit.validate.TeikitValidation;

/**
 * The command's side of "degrade, never drop": an annotation teikit's schema rejects costs that
 * annotation, the document is written and valid, and the user reads one warning line naming the
 * file, what was left out and the rule.
 */
@Integration
class EncodeDegradesTest {
    private static final String LETTER = """
            Embassy of Ruritania
            Strelsau, 3 May 1961

            Note

            Comrade Rassendyll informed the Embassy about the harvest near Strelsau.
            """;

    @TempDir
    Path dir;

    @Test
    void aRegisterEntryTheSchemaRejectsIsLeftOutWithAWarningAndTheDocumentIsWritten() throws IOException {
        Path in = Files.writeString(dir.resolve("letter.txt"), LETTER);
        // teikit's schema knows places of type city, region and state only
        Path reg = Files.writeString(dir.resolve("reg.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPlace>
                  <place xml:id="strelsau" type="capital city"><placeName>Strelsau</placeName></place>
                </listPlace></standOff></TEI>
                """);
        Path out = dir.resolve("letter.xml");
        CommandRun run = CommandRun.of("encode", in.toString(), "-o", out.toString(), "--authority", reg.toString());
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.err().contains(in + ": warning: left out the register entry #place-strelsau (\"Strelsau\") and its"
                + " mentions: teikit's schema rejected it: @type=\"capital city\" is not a valid value on <place>"), run.toString());
        assertTrue(run.err().contains("[rng-attribute-value]"), run.toString());
        String text = Files.readString(out);
        Report report = TeikitValidation.teikit().validate(text, out.toString());
        assertTrue(report.isValid(), () -> String.join("\n", report.textLines()));
        assertTrue(text.contains("about the harvest near Strelsau."), text);
        assertFalse(text.contains("place-strelsau"), text);
        assertTrue(text.contains("<persName"), "the other names stay: " + text);
    }
}
