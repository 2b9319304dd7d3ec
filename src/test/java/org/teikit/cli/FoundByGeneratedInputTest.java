package org.teikit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.api.Encoder;

/**
 * Texts on which generated input ({@link EncodePropertiesTest}, {@link FixtureFuzzTest}, the big
 * inputs) once made teikit refuse its own output; each now encodes to valid, lossless TEI.
 */
class FoundByGeneratedInputTest {
    private static final Encoder ENCODER = EncodedTei.encoder();

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
                        "Summary:\n\nthe x\nI. Trade\nCopies:\n\nA "),
                new Case("a footnote given twice (the second keeps its marker as text, without @n or an id)",
                        "Note\n\nThe Bureau[1] met in the spring and the meeting[2] was planned.\n\nFirst Secretary of the Embassy\n"
                        + "K. S. Raghavan\n\n[1] The Coordinating Bureau.\n[1] The Coordinating Bureau.\n[2] The meeting.\n"),
                new Case("a citation ending in a URL that is no URI (no link target is made of it)",
                        "May 9, 1967\n\nA Note\n\nCitation:\n\n\"A Note\", May 9, 1967, Fjord Digital Archive, Archive X (AX), F-1, 2. "
                        + "Translated by Kari Nilsen. https://archive[.example.org/document/1\n\nContents:\n\nTranslation - English\n\n"
                        + "Comrade Sapt said so.\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encodesToValidLosslessTei(Case c) throws IOException {
        Path in = Files.writeString(dir.resolve("found.txt"), c.text());
        EncodedTei.assertValidAndLossless(in, ENCODER.encode(in));
    }
}
