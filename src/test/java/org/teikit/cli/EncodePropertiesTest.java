package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.teikit.TeikitException;
import org.teikit.api.Encoded;
import org.teikit.api.Encoder;
import org.teikit.tei.DiplomaticText;

/**
 * Whatever the text, {@code encode}'s pipeline ({@link Encoder}: read, parse, annotate, encode,
 * check) either makes TEI that is well-formed, valid against teikit's schema and rules and
 * lossless — checked here on the bytes, not by the pipeline's own checks — or refuses the text
 * in one line that is not an admission of a bug. Never anything else.
 *
 * <p>The number of texts is jqwik's {@code jqwik.tries.default} (src/test/resources/junit-platform.properties);
 * a longer run: {@code ./mvnw test -Dtest=EncodePropertiesTest -Djqwik.tries.default=2000}.
 */
class EncodePropertiesTest {
    private static final List<String> WORDS = List.of(
            "the", "of", "and", "said", "that", "was", "in", "to", "a", "harvest", "tons", "km", "rubles", "per cent", "%",
            "Comrade", "Ambassador", "Mr.", "Dr.", "Minister", "Kim Il Sung", "Kim II Sung", "Rassendyll", "Sapt",
            "Rudolf V", "Flavia", "Strelsau", "Ruritania", "Zenda", "Moscow", "USSR", "GDR", "the Foreign Ministry",
            "Embassy of Ruritania", "Central Committee of the SED", "Pak Yeong-chan [Pak Yong Chan]",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan.", "Sept.", "spring", "last year", "this year", "the 1960s", "mid-1970s",
            "4 May 1961", "May 4, 1961", "12.05.76", "16.VI.75", "1945", "1961", "1976", "300.000", "2,5", "1/2",
            "3", "12", "31", "99", "0", "-1", "1.", "I.", "II.", "a)", "(1)",
            "[", "]", "[[", "]]", "[...]", "[…]", "[sic]", "[female]", "[illegible]", "[stamp: received]", "[of the]",
            "[1]", "[2]", "*", "**", "W[illiam]", "[Signed]", "(", ")", "\"", "'", "“", "”", "„", "«", "»", "‘", "’",
            "<", ">", "&", "&amp;", "]]>", "--", "<!--", "-->", "<?x?>", "–", "—", "…", ".", ",", ";", ":", "?", "!",
            "é", "ß", "Ω", "北京", "𝔄", "😀", "\u00A0", "\u200B", "\u0301");
    private static final List<String> LINE_STARTS = List.of(
            "Citation:", "Summary:", "Contents:", "Credits:", "Original Language:", "Document Information", "Source",
            "Translation - English", "English HTML", "get citation", "Skip to content", "CC:", "Copies:", "To:",
            "Subject:", "TELEGRAM No. 5", "Note", "Memorandum", "Fraternally,", "Dear Comrade Minister,",
            "[Signed] Sapt", "Ambassador", "* A note.", "[1] A note.", "1 A note.", "I. Trade", "1) Timber.",
            "Strelsau, 3 May 1961", "\"Note, Embassy of Ruritania, \"On Grain\"\", May 4, 1961, Some Archive, Archive X (AX), F-1, 2. Translated by A. B. https://x.example/document/12",
            "This document was made possible with support from the Example Fund", "\t  ");
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\n\r");

    private static final Encoder ENCODER = EncodedTei.encoder();
    /** Where a text that breaks the property is kept, to be run again by hand. */
    private static final Path FAILURES = Path.of("target", "encode-properties-failures");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> anyCodePoint = Arbitraries.integers().between(0x20, 0x10FFFF)
                .filter(c -> c < 0xD800 || c > 0xDFFF).map(Character::toString);
        Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x1FAFF).map(Character::toString);
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of(WORDS)),
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 3000).map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, astral),
                net.jqwik.api.Tuple.of(1, anyCodePoint));
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of(LINE_STARTS),
                Arbitraries.of(LINE_STARTS).flatMap(start -> token.list().ofMaxSize(8).map(t -> start + " " + String.join(" ", t))),
                token.list().ofMinSize(1).ofMaxSize(40).flatMap(t -> Arbitraries.of(SEPARATORS).list().ofSize(t.size())
                        .map(seps -> interleave(t, seps))));
        return Arbitraries.oneOf(Arbitraries.of("\n", "\r\n", "\r"), Arbitraries.of("\n\n", "\r\n\r\n"))
                .flatMap(newline -> line.list().ofMinSize(1).ofMaxSize(25).map(l -> String.join(newline, l)));
    }

    private static String interleave(List<String> tokens, List<String> separators) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) s.append(tokens.get(i)).append(separators.get(i));
        return s.toString();
    }

    @Property(seed = "20261128")
    void encodesValidLosslessTeiOrRefusesInOneLine(@ForAll("texts") String text) throws IOException {
        Path in = Files.createTempFile("teikit-property", ".txt");
        try {
            Files.write(in, text.getBytes(StandardCharsets.UTF_8));
            assertEncodedOrRefused(in, text);
        } catch (AssertionError e) {
            Files.createDirectories(FAILURES);
            Files.copy(in, FAILURES.resolve(Integer.toHexString(text.hashCode()) + ".txt"), StandardCopyOption.REPLACE_EXISTING);
            throw e;
        } finally {
            Files.delete(in);
        }
    }

    private static void assertEncodedOrRefused(Path in, String text) {
        Encoded encoded;
        try {
            encoded = ENCODER.encode(in);
        } catch (TeikitException refused) {
            String line = refused.oneLine();
            assertTrue(line.startsWith(in + ":") || line.startsWith(in + " "), line);
            assertFalse(line.contains("\n"), line);
            assertFalse(line.contains("bug in teikit"), line);
            Statistics.label("outcome").collect("refused in one line");
            return;
        }
        String body = EncodedTei.body(in);
        assertTrue(isSubsequence(DiplomaticText.nonWhitespace(body), DiplomaticText.nonWhitespace(text)),
                "the body is not text of the source");
        EncodedTei.assertValidAndLossless(encoded.bytes(), body);
        Statistics.label("outcome").collect("encoded, valid and lossless");
    }

    private static boolean isSubsequence(String part, String whole) {
        int at = 0;
        for (int i = 0; i < part.length(); i++) {
            at = whole.indexOf(part.charAt(i), at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }
}
