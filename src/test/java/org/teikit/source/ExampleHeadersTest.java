package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.teikit.Integration;

/**
 * Measures the header against the answer keys of {@code ../shared/examples}: title, summary,
 * credits, original language, the document's date and every citation part. Prints one line per
 * document with what it missed, then requires that nothing was missed.
 */
@Integration
class ExampleHeadersTest {
    private static final List<DateTimeFormatter> WRITTEN_DATES = Stream.of("MMMM d, uuuu", "d MMMM uuuu", "d MMMM, uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).toList();

    private static final Map<String, Function<Citation, String>> CITATION_PARTS = new LinkedHashMap<>();

    static {
        CITATION_PARTS.put("title", Citation::title);
        CITATION_PARTS.put("date", c -> isoDate(c.date()));
        CITATION_PARTS.put("publisher", Citation::publisher);
        CITATION_PARTS.put("repository", Citation::repository);
        CITATION_PARTS.put("collection", Citation::collection);
        CITATION_PARTS.put("idno", Citation::idno);
        CITATION_PARTS.put("translator", Citation::translator);
        CITATION_PARTS.put("url", Citation::url);
    }

    @Test
    void getsEveryHeaderFieldOfTheExamplesRight() throws IOException {
        int checked = 0;
        List<String> misses = new ArrayList<>();
        for (Example example : Example.all()) {
            List<String> docMisses = new ArrayList<>();
            checked += compare(example.key(), example.record(), docMisses);
            System.out.println("header " + example.name() + ": " + (docMisses.isEmpty() ? "all right" : String.join("; ", docMisses)));
            docMisses.forEach(m -> misses.add(example.name() + ": " + m));
        }
        System.out.println("header fields: " + (checked - misses.size()) + " of " + checked + " right");
        assertEquals(List.of(), misses);
    }

    private static int compare(JsonNode gold, ArchiveRecord record, List<String> misses) {
        Metadata m = record.metadata();
        int checked = 0;
        checked += check("title", text(gold, "title"), text(m.title()), misses);
        checked += check("summary", text(gold, "summary"), text(m.summary()), misses);
        checked += check("credits", text(gold, "credits"), text(m.credits()), misses);
        if (gold.has("original_language")) {
            checked += check("original language", text(gold, "original_language"), text(m.originalLanguage()), misses);
        }
        checked += check("document date", text(gold, "doc_date"), documentDate(record), misses);
        JsonNode citation = gold.get("citation");
        if (citation != null && !citation.isNull()) {
            for (var part : CITATION_PARTS.entrySet()) {
                if (!citation.has(part.getKey())) continue;
                String got = m.citation() == null ? null : part.getValue().apply(m.citation());
                checked += check("citation." + part.getKey(), text(citation, part.getKey()), got, misses);
            }
        }
        return checked;
    }

    /** The date line of the header; a bare body's own date is its first dateline that is only a date. */
    private static String documentDate(ArchiveRecord record) {
        if (record.metadata().date() != null) return isoDate(record.metadata().date().text());
        return record.body().stream().filter(b -> b.kind() == BlockKind.DATELINE)
                .map(b -> isoDate(b.text())).filter(d -> d != null).findFirst().orElse(null);
    }

    private static String isoDate(String written) {
        if (written == null) return null;
        for (DateTimeFormatter f : WRITTEN_DATES) {
            try {
                return LocalDate.parse(written.strip(), f).toString();
            } catch (DateTimeParseException e) {
                // try the next way of writing dates
            }
        }
        return null;
    }

    private static int check(String what, String expected, String got, List<String> misses) {
        if (expected == null ? got != null : !expected.equals(got)) {
            misses.add(what + " expected <" + expected + "> got <" + got + ">");
        }
        return 1;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String text(Field f) {
        return f == null ? null : f.text();
    }
}
