package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.teikit.Integration;

/**
 * Measures the body structure against the answer keys of {@code ../shared/examples}: the
 * section headings (a key without {@code sections} has none), and the paragraphs its README
 * says a page break cut (13 across a blank line, 04 and 12 at a single newline).
 */
@Integration
class ExampleBodiesTest {
    private static final Map<String, Integer> PAGE_BREAKS = Map.of(
            "04_gdr_pyongyang_soviet_counselor_1976", 1,
            "12_hungary_hanoi_border_war_1979", 1,
            "13_gdr_peking_vietnamese_counselor_1962", 1);

    @Test
    void findsTheSectionHeadingsAndPageBreaksOfTheExamples() throws IOException {
        Map<String, String> misses = new TreeMap<>();
        for (Example example : Example.all()) {
            String name = example.name();
            JsonNode gold = example.key();
            ArchiveRecord record = example.record();
            List<String> expected = new ArrayList<>();
            if (gold.has("sections")) gold.get("sections").forEach(s -> expected.add(s.asText()));
            List<String> found = record.body().stream().filter(b -> b.kind() == BlockKind.SECTION_HEAD).map(Block::text).toList();
            long pageBreaks = record.body().stream().flatMap(b -> b.breaks().stream()).filter(b -> b.kind() == Break.Kind.PAGE).count();
            List<String> docMisses = new ArrayList<>();
            if (!expected.equals(found)) docMisses.add("sections expected " + expected + " got " + found);
            if (pageBreaks != PAGE_BREAKS.getOrDefault(name, 0)) docMisses.add("page breaks: " + pageBreaks);
            System.out.println("body " + name + ": " + (docMisses.isEmpty() ? "all right" : String.join("; ", docMisses)));
            if (!docMisses.isEmpty()) misses.put(name, String.join("; ", docMisses));
        }
        assertEquals(Map.of(), misses);
    }
}
