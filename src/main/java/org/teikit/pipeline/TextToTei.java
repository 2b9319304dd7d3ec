package org.teikit.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import nu.xom.Document;
import org.teikit.TeikitException;
import org.teikit.annotate.AnnotatedDocument;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.RecordParser;
import org.teikit.source.SourceReader;
import org.teikit.tei.TeiEncoder;
import org.teikit.tei.TeiSerializer;
import org.teikit.tei.WholeFileCheck;

/**
 * One text file to TEI bytes: read, parse, annotate, encode, serialise — and check what was
 * made before anyone sees it. Built once per run; thread-safe.
 */
public final class TextToTei {
    private final SourceReader reader;
    private final Function<ArchiveRecord, AnnotatedDocument> annotator;
    private final TeiEncoder encoder;
    private final Function<byte[], SelfCheck> schemaCheck;

    /** What checking the encoder's output found: the first error (null when valid) and the warnings, each one line. */
    public record SelfCheck(String error, List<String> warnings) {
        public SelfCheck {
            warnings = List.copyOf(warnings);
        }
    }

    /** @param schemaCheck validates the serialised TEI against teikit's schema and rules */
    public TextToTei(SourceReader reader, Function<ArchiveRecord, AnnotatedDocument> annotator,
                     TeiEncoder encoder, Function<byte[], SelfCheck> schemaCheck) {
        this.reader = reader;
        this.annotator = annotator;
        this.encoder = encoder;
        this.schemaCheck = schemaCheck;
    }

    /** The encoded document, its bytes, and what the self-check warned of. */
    public record Encoded(ArchiveRecord record, Document document, byte[] bytes, List<String> warnings) { }

    public Encoded encode(Path input) {
        ArchiveRecord record = RecordParser.parse(reader.read(input));
        Document doc = encoder.encode(annotator.apply(record));
        checkLossless(input, record, doc);
        byte[] bytes = TeiSerializer.toBytes(doc);
        SelfCheck check = schemaCheck.apply(bytes);
        if (check.error() != null) {
            throw new TeikitException(input.toString(), "teikit produced TEI that fails its own schema: " + check.error(),
                    "this is a bug in teikit; nothing was written — please report the input file");
        }
        return new Encoded(record, doc, bytes, check.warnings());
    }

    /**
     * The whole input file must be accounted for — every line placed, the body kept, every header
     * field in the teiHeader (see {@link WholeFileCheck}); if it is not, say so loudly.
     */
    private static void checkLossless(Path input, ArchiveRecord record, Document doc) {
        WholeFileCheck.Loss loss = WholeFileCheck.problem(record, doc);
        if (loss != null) {
            throw new TeikitException(input.toString(), loss.line(), loss.column(), loss.message(),
                    "this is a bug in teikit; nothing was written — please report the input file (encode --explain shows how each line was read)");
        }
    }
}
