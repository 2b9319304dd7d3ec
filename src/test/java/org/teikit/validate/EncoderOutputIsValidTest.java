package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.Integration;
import org.teikit.SharedFiles;
import org.teikit.annotate.DocumentAnnotator;
import org.teikit.source.RecordParser;
import org.teikit.source.SourceReader;
import org.teikit.tei.TeiEncoder;
import org.teikit.tei.TeiSerializer;

/**
 * teikit.rng describes what the encoder really writes: the seed and the example documents,
 * encoded, pass teikit's whole validation without a warning, and tei_all's grammar. The real
 * documents of ../shared are annotated here without the encoder's safety net: a recogniser that
 * throws on one of them fails this test, where {@code encode} would quietly write that document
 * without its names and dates.
 */
@Integration
class EncoderOutputIsValidTest {
    private static final DocumentAnnotator ANNOTATOR = new DocumentAnnotator();
    private static final TeiEncoder ENCODER = new TeiEncoder("0.1.0");

    static Stream<Path> seed() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    static Stream<Path> examples() throws IOException {
        // Skipped without ../shared (an empty source would be an error, not a skip).
        Path docs = SharedFiles.require("examples/docs");
        try (Stream<Path> s = Files.list(docs)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    static Stream<Path> realDocuments() throws IOException {
        List<Path> all = new java.util.ArrayList<>();
        for (String set : List.of("examples-real/docs", "examples-frus/docs")) {
            try (Stream<Path> s = Files.list(SharedFiles.require(set))) {
                all.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("seed")
    void theSeedEncodesToValidTei(Path input) {
        assertValid(input);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleEncodesToValidTei(Path input) {
        assertValid(input);
    }

    @ParameterizedTest
    @MethodSource("realDocuments")
    void everyRealDocumentEncodesWithAllItsAnnotationsToValidTei(Path input) {
        assertValid(input);
    }

    private static void assertValid(Path input) {
        var record = RecordParser.parse(SourceReader.auto().read(input));
        String xml = new String(TeiSerializer.toBytes(ENCODER.encode(ANNOTATOR.annotate(record))), StandardCharsets.UTF_8);
        String name = input.getFileName().toString().replace(".txt", ".xml");
        assertEquals(List.of(), TeikitValidation.teikit().validate(xml, name).textLines());
        if (SharedFiles.locate() != null) {
            assertEquals(List.of(), Fixtures.grammarOnly(Fixtures.teiAll()).validate(xml, name).textLines());
        }
    }
}
