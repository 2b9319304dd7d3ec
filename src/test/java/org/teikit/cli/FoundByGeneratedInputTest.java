package org.teikit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.pipeline.TextToTei;

/**
 * Texts on which generated input ({@link EncodePropertiesTest}, {@link FixtureFuzzTest}, the big
 * inputs) once made teikit refuse its own output; each now encodes to valid, lossless TEI.
 */
class FoundByGeneratedInputTest {
    private static final TextToTei PIPELINE = EncodedTei.pipeline();

    @TempDir
    Path dir;

    /** What went wrong, and the smallest text found that showed it. */
    record Case(String what, String text) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a slip flagged in a unit ('tons [sic]') inside a measure", "Note\n\nIt was 1960 tons [sic] harvest.\n"),
                new Case("a distribution note between two stretches of text after the closer kept in order",
                        "Summary:\n\nthe x\nI. Trade\nCopies:\n\nA "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encodesToValidLosslessTei(Case c) throws IOException {
        Path in = Files.writeString(dir.resolve("found.txt"), c.text());
        EncodedTei.assertValidAndLossless(PIPELINE.encode(in));
    }
}
