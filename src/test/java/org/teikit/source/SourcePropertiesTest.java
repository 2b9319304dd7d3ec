package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.teikit.TeikitException;

/**
 * Whatever arrives, the source stage either reads it, losing nothing, or refuses it with one
 * line: never another exception, never a half-read record.
 */
class SourcePropertiesTest {
    private static final List<String> LINES = List.of(
            "", "", "", "Citation:", "Summary:", "Credits:", "Original Language:", "Contents:", "Translation - English",
            "Document Information", "Source", "Original Archive", "Rights", "Skip to content", "Search in",
            "get citation", "  • share document", "English HTML", "May 4, 1961", "4 May 1961",
            "\"Note, Embassy of Ruritania, \"On Grain\"\", May 4, 1961, Some Archive, Archive X (AX), F-1, 2. Translated by A. B. https://x.example/document/12",
            "This document was made possible with support from the Example Fund",
            "Embassy of Ruritania", "Strelsau, 4 May 1961", "Note", "TELEGRAM No. 5", "Subject: grain", "To: the Minister",
            "To the Minister of Trade", "[stamp: received]", "[Signed] Rassendyll", "Ambassador", "Ambassador:",
            "CC:", "CC: 2 x file", "1x file", "Copies:", "1 – file", "I. Trade", "1. Grain", "1) Timber.", "Assessment:",
            "He said the following:", "The talks were held between the two", "delegations in the palace.",
            "The minister received the delegation in his office for an hour.", "[1] A note.", "* A note.",
            "It was agreed[1] to meet again*.", "[Oplique Relations Between the Two", "[", "]", "[[", "]]", "*", "1",
            "Fraternally,", "Dear Comrade Minister,", ":", "a:", "[Signed]", "\t  indented line.");

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of(LINES),
                Arbitraries.strings().withChars("aZé .,:;[]()\"*-–1\t•").ofMaxLength(40));
        return line.list().ofMaxSize(60).map(l -> String.join("\n", l));
    }

    /**
     * The header's own lines (labels, their values, chrome, the funder sentence), repeated and in
     * any order, with a little text between: short pages where header readers meet each other's
     * leftovers (a label printed twice, a label with nothing after it, a slot filled twice).
     */
    private static final List<String> HEADER_LINES = List.of(
            "", "Citation:", "Summary:", "Credits:", "Original Language:", "Contents:", "Credits", "Summary",
            "Source", "Original Archive", "Rights", "Original Language", "Document Information", "Skip to content",
            "get citation", "  • share document", "English HTML", "Search in", "May 4, 1961", "Translation - English",
            "Russian", "Note on Grain Deliveries",
            "\"Note, Embassy of Ruritania, \"On Grain\"\", May 4, 1961, Some Archive, Archive X (AX), F-1, 2. Translated by A. B. https://x.example/document/12",
            "This document was made possible with support from the Example Fund",
            "The minister received the delegation in his office for an hour.", "Ambassador", "1. Grain");

    @Provide
    Arbitrary<String> headerShapedPages() {
        return Arbitraries.of(HEADER_LINES).list().ofMaxSize(14).map(l -> String.join("\n", l));
    }

    @Provide
    Arbitrary<String> mutatedFixtures() {
        Arbitrary<String> fixture = Arbitraries.of(Fixtures.texts("layouts")).map(p -> SourceReader.auto().read(p).text());
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 4);
        return Combinators.combine(fixture, kind, at, at).as(SourcePropertiesTest::mutate);
    }

    /** Deletes, doubles or swaps lines, cuts the text short, or pours bracket soup into it. */
    private static String mutate(String text, int kind, int a, int b) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int i = a % lines.size();
        int j = b % lines.size();
        switch (kind) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(j));
            case 2 -> {
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 3 -> {
                return text.substring(0, a % (text.length() + 1));
            }
            default -> lines.set(i, "[[" + lines.get(i) + "] ] [" + lines.get(j).replace(' ', '['));
        }
        return String.join("\n", lines);
    }

    @Property(tries = 300)
    void anyBytesAreReadOrRefusedWithOneLine(@ForAll byte[] bytes) {
        try {
            String text = SourceReader.auto().decode("any.txt", bytes).text();
            assertFalse(text.contains("\r"));
            assertTrue(text.chars().allMatch(c -> c >= 0x20 || c == '\t' || c == '\n'));
        } catch (TeikitException e) {
            assertTrue(e.oneLine().startsWith("any.txt"), e.oneLine());
            assertFalse(e.oneLine().contains("\n"));
        }
    }

    @Property(tries = 500)
    void anyPageIsReadLosslesslyOrRefused(@ForAll("pages") String page) {
        readLosslesslyOrRefuse(page);
    }

    @Property(tries = 300)
    void headerShapedPagesAreReadLosslesslyOrRefused(@ForAll("headerShapedPages") String page) {
        readLosslesslyOrRefuse(page);
    }

    @Property(tries = 300)
    void mutatedFixturesAreReadLosslesslyOrRefused(@ForAll("mutatedFixtures") String page) {
        readLosslesslyOrRefuse(page);
    }

    @Property(tries = 100)
    void readingIsDeterministic(@ForAll("pages") String page) {
        try {
            SourceText text = SourceReader.auto().decode("same.txt", page.getBytes(StandardCharsets.UTF_8));
            assertEquals(RecordParser.parse(text), RecordParser.parse(text));
        } catch (TeikitException refused) {
            // refused both times alike: nothing to compare
        }
    }

    private static void readLosslesslyOrRefuse(String page) {
        SourceText text;
        try {
            text = SourceReader.auto().decode("page.txt", page.getBytes(StandardCharsets.UTF_8));
        } catch (TeikitException e) {
            return;
        }
        try {
            LosslessTest.assertLossless(RecordParser.analyse(text));
        } catch (TeikitException e) {
            assertTrue(e.oneLine().startsWith("page.txt:"), e.oneLine());
        }
    }
}
