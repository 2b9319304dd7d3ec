package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.ParsingException;
import org.teikit.api.Encoded;
import org.teikit.api.Encoder;
import org.teikit.source.Block;
import org.teikit.source.RecordParser;
import org.teikit.source.SourceReader;
import org.teikit.tei.DiplomaticText;
import org.teikit.validate.Report;
import org.teikit.validate.TeikitValidation;

/** The checks every TEI file teikit writes must pass, made independently of the encoder's own self-check. */
final class EncodedTei {
    private static final TeikitValidation TEIKIT = TeikitValidation.teikit();

    private EncodedTei() { }

    /** {@code encode}'s encoder as a user runs it without options. */
    static Encoder encoder() {
        return Encoder.standard();
    }

    /** The body of {@code input} as the encoder reads it: the text its TEI must keep. */
    static String body(Path input) {
        StringBuilder body = new StringBuilder();
        for (Block b : RecordParser.parse(SourceReader.auto().read(input)).body()) body.append(b.text());
        return body.toString();
    }

    /** The encoder's output for {@code input} passes the checks below against the body it read. */
    static void assertValidAndLossless(Path input, Encoded encoded) {
        assertValidAndLossless(encoded.bytes(), body(input));
    }

    /**
     * Fails unless {@code xml} is well-formed TEI, valid against teikit's schema and rules, whose
     * diplomatic text view keeps every non-whitespace character of {@code sourceBody} in order.
     */
    static void assertValidAndLossless(byte[] xml, String sourceBody) {
        String text = new String(xml, StandardCharsets.UTF_8);
        Report report = TEIKIT.validate(text, "encoded.xml");
        assertTrue(report.isValid(), () -> String.join("\n", report.textLines()));
        assertEquals(DiplomaticText.nonWhitespace(sourceBody), DiplomaticText.nonWhitespace(DiplomaticText.ofBody(parse(xml))),
                "the diplomatic view differs from the source");
    }

    static Document parse(byte[] xml) {
        try {
            return new Builder().build(new ByteArrayInputStream(xml));
        } catch (ParsingException | IOException e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }
}
