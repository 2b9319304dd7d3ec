package org.teikit.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nu.xom.Document;
import org.teikit.TeikitBug;
import org.teikit.TeikitException;
import org.teikit.annotate.AnnotatedDocument;
import org.teikit.io.Bytes;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.RecordParser;
import org.teikit.source.SourceReader;
import org.teikit.source.SourceText;
import org.teikit.tei.TeiEncoder;
import org.teikit.tei.WholeFileCheck;
import org.teikit.validate.Finding;
import org.teikit.validate.Report;
import org.teikit.validate.TeikitValidation;

/**
 * One text file to TEI bytes: read, parse, annotate, encode, serialise — and check what was
 * made before anyone sees it. Built once per run; thread-safe.
 */
public final class TextToTei {
    private final SourceReader reader;
    private final Function<ArchiveRecord, AnnotatedDocument> annotator;
    private final EncodingLadder ladder;

    /**
     * What checking the encoder's output found: the errors (none when valid) and the warnings,
     * each warning one line.
     */
    public record SelfCheck(List<Finding> errors, List<String> warnings) {
        public SelfCheck {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        /** teikit's schema and rules on what the encoder wrote. */
        public static SelfCheck teikit(byte[] tei) {
            Report report = TeikitValidation.teikit().validate(new String(tei, StandardCharsets.UTF_8), "encoded.xml");
            return new SelfCheck(report.findings().stream().filter(Finding::isError).toList(),
                    report.findings().stream().filter(f -> !f.isError()).map(Finding::textLine).toList());
        }
    }

    /** @param schemaCheck validates the serialised TEI against teikit's schema and rules */
    public TextToTei(SourceReader reader, Function<ArchiveRecord, AnnotatedDocument> annotator,
                     TeiEncoder encoder, Function<byte[], SelfCheck> schemaCheck) {
        this.reader = reader;
        this.annotator = annotator;
        this.ladder = new EncodingLadder(encoder, schemaCheck);
    }

    /** The encoded document, its bytes, and the warnings: what had to be left out to make it valid, and the self-check's. */
    public record Encoded(ArchiveRecord record, Document document, Bytes bytes, List<String> warnings) { }

    public Encoded encode(Path input) {
        return encode(input.toString(), reader.read(input));
    }

    /**
     * Text held in memory, read as a UTF-8 file of that name would be (the reader's encoding is
     * for bytes, and a string has none); {@code name} is what messages call it.
     */
    public Encoded encode(String name, String text) {
        return encode(name, SourceReader.auto().decode(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private Encoded encode(String name, SourceText source) {
        ArchiveRecord record = RecordParser.parse(source);
        List<String> warnings = new ArrayList<>();
        AnnotatedDocument annotated = annotate(record, warnings);
        // a recogniser's wrong guess costs only that guess: the ladder leaves out what teikit's checks reject
        EncodingLadder.Result result = ladder.encode(name, annotated);
        checkLossless(name, record, result.document());
        warnings.addAll(result.warnings());
        return new Encoded(record, result.document(), result.bytes(), warnings);
    }

    /**
     * The annotator's reading of the record; should a recogniser fail outright on it (a bug), the
     * structure alone, with a warning: a recogniser's mistake never costs the user the document.
     */
    private AnnotatedDocument annotate(ArchiveRecord record, List<String> warnings) {
        try {
            return annotator.apply(record);
        } catch (TeikitException e) {
            throw e;
        } catch (RuntimeException e) {
            warnings.add("warning: wrote header and structure only, without names, dates and editorial marks: the"
                    + " recognisers failed on this document (" + e + "); this is a bug in teikit — please report the input file");
            return AnnotatedDocument.structureOnly(record);
        }
    }

    /**
     * The whole input file must be accounted for — every line placed, the body kept, every header
     * field in the teiHeader (see {@link WholeFileCheck}); if it is not, say so loudly.
     */
    private static void checkLossless(String input, ArchiveRecord record, Document doc) {
        WholeFileCheck.Loss loss = WholeFileCheck.problem(record, doc);
        if (loss != null) {
            throw new TeikitBug(input, loss.line(), loss.column(), loss.message(),
                    "this is a bug in teikit; nothing was written — please report the input file (encode --explain shows how each line was read)");
        }
    }
}
