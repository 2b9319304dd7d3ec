package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.ParsingException;
import org.teikit.pipeline.TextToTei;
import org.teikit.source.Block;
import org.teikit.tei.DiplomaticText;
import org.teikit.validate.Report;
import org.teikit.validate.TeikitValidation;

/** The checks every TEI file teikit writes must pass, made independently of the encoder's own self-check. */
final class EncodedTei {
    private static final TeikitValidation TEIKIT = TeikitValidation.teikit();

    private EncodedTei() { }

    /** {@code encode}'s pipeline as a user runs it without options. */
    static TextToTei pipeline() {
        EncodingOptions options = new EncodingOptions();
        options.charset = "auto";
        return options.textToTei();
    }

    /** The pipeline's output passes the checks below against the body it read. */
    static void assertValidAndLossless(TextToTei.Encoded encoded) {
        StringBuilder body = new StringBuilder();
        for (Block b : encoded.record().body()) body.append(b.text());
        assertValidAndLossless(encoded.bytes().toArray(), body.toString());
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
