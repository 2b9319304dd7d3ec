package org.teikit.pipeline;

import java.nio.file.Path;
import java.util.function.Function;
import nu.xom.Document;
import org.teikit.TeikitException;
import org.teikit.annotate.AnnotatedDocument;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.Block;
import org.teikit.source.RecordParser;
import org.teikit.source.SourceReader;
import org.teikit.tei.DiplomaticText;
import org.teikit.tei.TeiEncoder;
import org.teikit.tei.TeiSerializer;

/**
 * One text file to TEI bytes: read, parse, annotate, encode, serialise — and check what was
 * made before anyone sees it. Built once per run; thread-safe.
 */
public final class TextToTei {
    private final SourceReader reader;
    private final Function<ArchiveRecord, AnnotatedDocument> annotator;
    private final TeiEncoder encoder;
    private final Function<byte[], String> schemaCheck;

    /**
     * @param schemaCheck validates the serialised TEI against teikit's schema and rules and
     *                    returns a one-line description of the first problem, or null if valid
     */
    public TextToTei(SourceReader reader, Function<ArchiveRecord, AnnotatedDocument> annotator,
                     TeiEncoder encoder, Function<byte[], String> schemaCheck) {
        this.reader = reader;
        this.annotator = annotator;
        this.encoder = encoder;
        this.schemaCheck = schemaCheck;
    }

    /** The encoded document and its bytes. */
    public record Encoded(ArchiveRecord record, Document document, byte[] bytes) { }

    public Encoded encode(Path input) {
        ArchiveRecord record = RecordParser.parse(reader.read(input));
        Document doc = encoder.encode(annotator.apply(record));
        checkLossless(input, record, doc);
        byte[] bytes = TeiSerializer.toBytes(doc);
        String invalid = schemaCheck.apply(bytes);
        if (invalid != null) {
            throw new TeikitException(input.toString(), "teikit produced TEI that fails its own schema: " + invalid,
                    "this is a bug in teikit; nothing was written — please report the input file");
        }
        return new Encoded(record, doc, bytes);
    }

    /** The encoder must keep every non-whitespace character of the body; if it did not, say so loudly. */
    private static void checkLossless(Path input, ArchiveRecord record, Document doc) {
        StringBuilder source = new StringBuilder();
        for (Block b : record.body()) source.append(b.text());
        String expected = DiplomaticText.nonWhitespace(source);
        String actual = DiplomaticText.nonWhitespace(DiplomaticText.ofBody(doc));
        if (!expected.equals(actual)) {
            int at = firstDifference(expected, actual);
            throw new TeikitException(input.toString(), "teikit would lose or change body text near \""
                    + excerpt(expected, at) + "\" (character " + at + " of the body)",
                    "this is a bug in teikit; nothing was written — please report the input file");
        }
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) return i;
        }
        return n;
    }

    private static String excerpt(String s, int at) {
        return s.substring(Math.max(0, at - 20), Math.min(s.length(), at + 20));
    }
}
