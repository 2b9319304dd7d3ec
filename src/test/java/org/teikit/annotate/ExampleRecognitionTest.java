package org.teikit.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.teikit.Integration;
import org.teikit.SharedFiles;
import org.teikit.annotate.date.DateRecogniser;
import org.teikit.annotate.editorial.EditorialRecogniser;
import org.teikit.annotate.measure.MeasureRecogniser;

/**
 * Measures the date, measure and editorial recognisers on the shared examples and the seed
 * against their answer keys, on a crude cut of each body (the pipeline's own layout recognition is not used
 * here), and prints what they miss and what they find wrongly. The figures that count are the
 * scorer's on the encoded TEI; these are a floor that catches regressions early.
 */
@Integration
class ExampleRecognitionTest {
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("^(?:\\[(\\d+)]|(\\*+))\\s");
    private static final List<Recogniser> RECOGNISERS =
            List.of(new DateRecogniser(), new MeasureRecogniser(), new EditorialRecogniser());
    private static final DateRecogniser DATES = (DateRecogniser) RECOGNISERS.get(0);

    @Test
    void recognisersReachTheirTargetsOnTheExamples() throws IOException {
        SharedFiles.require("examples");
        Path shared = SharedFiles.require();
        Tally dates = new Tally("dates");
        Tally measures = new Tally("measures");
        Tally editorial = new Tally("editorial");
        for (Path gold : golds(shared.resolve("examples/gold"), shared.resolve("seeds/gold"))) {
                JsonNode key = new ObjectMapper().readTree(gold.toFile());
                // examples/gold/x.json describes examples/docs/x.txt; seeds/gold/x.json describes seeds/x.txt
                Path docs = gold.getParent().getParent();
                if (Files.isDirectory(docs.resolve("docs"))) docs = docs.resolve("docs");
                String source = Files.readString(docs.resolve(key.get("file").asText()), StandardCharsets.UTF_8)
                        .replace("\uFEFF", "").replace("\r\n", "\n");
                List<AnnotatedText> body = annotate(source);
                String doc = key.get("file").asText();
                dates.score(doc, values(body, Mark.Date.class, m -> show(((Mark.Date) m).value())),
                        goldDates(key, false), goldDates(key, true));
                // The seed's key lists no measures: it does not score them.
                if (key.has("measures")) measures.score(doc, values(body, Mark.Measure.class,
                        m -> ((Mark.Measure) m).quantity() + " " + ((Mark.Measure) m).unit()), goldMeasures(key), List.of());
                editorial.recall(doc, body, key.path("editorial"));
        }
        System.out.println(dates.summary());
        System.out.println(measures.summary());
        System.out.println(editorial.summary());
        assertTrue(dates.f1() >= 0.95, dates.summary());
        assertTrue(measures.f1() >= 0.95, measures.summary());
        assertTrue(editorial.recall() >= 0.95, editorial.summary());
    }

    private static List<Path> golds(Path... dirs) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                all.addAll(files.filter(f -> f.toString().endsWith(".json")).sorted().toList());
            }
        }
        return all;
    }

    /** The body, cut crudely, one annotated text per line. */
    private static List<AnnotatedText> annotate(String source) {
        String[] lines = source.split("\n");
        DateValue documentDate = Stream.of(lines).map(DATES::parseDocumentDate)
                .flatMap(java.util.Optional::stream).findFirst().orElse(null);
        List<String> body = bodyLines(lines);
        Set<String> markers = new LinkedHashSet<>();
        for (String line : body) {
            Matcher m = FOOTNOTE_LINE.matcher(line);
            if (m.find()) markers.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        RecognitionContext context = new RecognitionContext(documentDate, markers);
        SpanResolver resolver = new SpanResolver();
        List<AnnotatedText> texts = new ArrayList<>();
        for (String line : body) {
            List<Span> spans = new ArrayList<>();
            RECOGNISERS.forEach(r -> spans.addAll(r.find(line, context)));
            texts.add(resolver.annotate(line, spans));
        }
        return texts;
    }

    private static List<String> bodyLines(String[] lines) {
        List<String> all = List.of(lines);
        int start = 0;
        int end = all.size();
        for (int i = 0; i < all.size(); i++) {
            String l = all.get(i).strip();
            if (l.equals("Translation - English") || l.equals("English HTML")) start = i + 1;
            if (l.startsWith("This document was made possible") && all.get(0).strip().equals("Skip to content")) start = i + 1;
            if (l.equals("Document Information")) {
                end = i - 1;
                while (end > 0 && all.get(end).isBlank()) end--;
            }
        }
        return all.subList(start, end).stream().filter(l -> !l.isBlank()).toList();
    }

    private static List<String> values(List<AnnotatedText> body, Class<? extends Mark> type,
                                       java.util.function.Function<Mark, String> show) {
        return body.stream().flatMap(t -> t.spans().stream()).map(Span::mark).filter(type::isInstance).map(show).toList();
    }

    private static String show(DateValue v) {
        if (v.when() != null) return v.when().replaceAll("(T\\d\\d:\\d\\d):00$", "$1");
        if (v.from() != null) return v.from() + "/" + v.to();
        return v.notBefore() + "~" + v.notAfter();
    }

    private static List<String> goldDates(JsonNode key, boolean neutral) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : key.get("dates")) {
            if (!d.path("zone").asText("body").equals("body") || d.path("optional").asBoolean() != neutral) continue;
            out.add(goldDate(d));
        }
        if (neutral) key.path("relative_dates").forEach(d -> out.add(goldDate(d)));
        return out;
    }

    private static String goldDate(JsonNode d) {
        if (d.has("when")) return d.get("when").asText();
        if (d.has("from")) return d.get("from").asText() + "/" + d.get("to").asText();
        return d.get("notBefore").asText() + "~" + d.get("notAfter").asText();
    }

    private static List<String> goldMeasures(JsonNode key) {
        List<String> out = new ArrayList<>();
        key.path("measures").forEach(m -> out.add(m.get("quantity").asText() + " " + m.get("unit").asText()));
        return out;
    }

    /** Counts hits, misses and false finds over all documents, and prints each document's errors. */
    private static final class Tally {
        private final String name;
        private int tp;
        private int fp;
        private int fn;

        Tally(String name) {
            this.name = name;
        }

        void score(String doc, List<String> predicted, List<String> must, List<String> neutral) {
            List<String> pool = new ArrayList<>(predicted);
            List<String> missed = new ArrayList<>();
            for (String g : must) {
                if (!pool.remove(g)) missed.add(g);
            }
            neutral.forEach(pool::remove);
            tp += must.size() - missed.size();
            fn += missed.size();
            fp += pool.size();
            if (!missed.isEmpty() || !pool.isEmpty()) {
                System.out.println(name + " " + doc + ": missed=" + missed + " spurious=" + pool);
            }
        }

        /** Editorial items found, as the scorer counts them: by kind and the words inside the brackets. */
        void recall(String doc, List<AnnotatedText> body, JsonNode items) {
            List<String> found = new ArrayList<>();
            for (AnnotatedText t : body) {
                for (Span s : t.spans()) {
                    String inner = norm(t.text().substring(s.start(), s.end()));
                    Mark m = s.mark();
                    if (m instanceof Mark.Supplied) found.add("supplied " + inner);
                    if (m instanceof Mark.EditorialNote) found.add("note " + inner);
                    if (m instanceof Mark.Gap) found.add("gap");
                    if (m instanceof Mark.Sic) found.add("sic " + inner);
                    if (m instanceof Mark.FootnoteAnchor a) found.add("footnote " + a.n());
                }
            }
            List<String> missed = new ArrayList<>();
            for (JsonNode item : items) {
                String type = item.get("type").asText();
                String surface = item.get("surface").asText();
                String wanted = switch (type) {
                    case "supplied", "note" -> type + " " + norm(surface);
                    case "gap" -> "gap";
                    case "sic" -> surface.contains("[sic]") ? "sic " + norm(surface.replace("[sic]", "")) : null;
                    case "footnote" -> "footnote " + surface.replaceAll("[\\[\\]]", "");
                    default -> null;
                };
                if (wanted == null) continue;
                if (found.remove(wanted)) tp++;
                else {
                    fn++;
                    missed.add(type + " " + surface);
                }
            }
            if (!missed.isEmpty()) System.out.println(name + " " + doc + ": missed=" + missed);
        }

        private static String norm(String s) {
            return s.replaceAll("[\\[\\]]", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String summary() {
            return String.format(Locale.ROOT, "%s: P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
                    name, precision(), recall(), f1(), tp, fp, fn);
        }
    }
}
