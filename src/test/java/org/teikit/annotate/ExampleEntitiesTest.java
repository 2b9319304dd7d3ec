package org.teikit.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.teikit.Integration;
import org.teikit.SharedFiles;
import org.teikit.source.RecordParser;
import org.teikit.source.SourceReader;

/**
 * Measures persons, places and organisations on the shared examples as the scorer does (persons
 * grouped by register entry and matched to the key by their words; places and organisations as
 * distinct names), through the real source stage and {@link DocumentAnnotator}, and prints each
 * document's misses and false finds. The scorer's figures on the encoded TEI are the ones that
 * count; this catches a regression without encoding.
 */
@Integration
class ExampleEntitiesTest {
    private static final Set<String> TITLES = Set.of("comrade", "comrades", "ambassador", "counselor", "counsellor",
            "minister", "deputy", "mr", "mrs", "ms", "dr", "general", "marshal", "premier", "chairman", "president",
            "secretary", "first", "second", "third", "attache", "attaché", "the", "of", "comrad", "vice", "foreign",
            "head", "signed", "sign", "to", "from");
    private static final List<String> NEUTRAL = List.of("places_optional", "states_optional", "orgs_optional",
            "places_nested_only", "states_nested_only", "orgs_nested", "publications");

    private final DocumentAnnotator annotator = new DocumentAnnotator();
    private int personsTp;
    private int personsFp;
    private int personsFn;
    private int splits;
    private int mentionsHit;
    private int mentionsGold;
    private int namesTp;
    private int namesFp;
    private int namesFn;

    @Test
    void entitiesReachTheirTargetsOnTheExamples() throws IOException {
        SharedFiles.require("examples");
        Path shared = SharedFiles.require();
        try (Stream<Path> golds = Files.list(shared.resolve("examples/gold"))) {
            for (Path gold : golds.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode key = new ObjectMapper().readTree(gold.toFile());
                Path doc = shared.resolve("examples/docs").resolve(key.get("file").asText());
                AnnotatedDocument d = annotator.annotate(RecordParser.parse(SourceReader.auto().read(doc)));
                scorePersons(key, d);
                scoreNames(key, d);
            }
        }
        double personsF1 = f1(personsTp, personsFp, personsFn);
        double namesF1 = f1(namesTp, namesFp, namesFn);
        double mentionRecall = mentionsHit / (double) mentionsGold;
        String summary = String.format(Locale.ROOT, "entities: persons F1 %.3f (tp %d fp %d fn %d), split %d, mention recall %.3f;"
                + " places+orgs F1 %.3f (tp %d fp %d fn %d)", personsF1, personsTp, personsFp, personsFn, splits, mentionRecall,
                namesF1, namesTp, namesFp, namesFn);
        System.out.println(summary);
        assertTrue(personsF1 >= 0.95, summary);
        assertEquals(0, splits, summary);
        assertTrue(mentionRecall >= 0.95, summary);
        assertTrue(namesF1 >= 0.90, summary);
    }

    private void scorePersons(JsonNode key, AnnotatedDocument d) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (AnnotatedText t : d.body()) {
            for (Span s : t.spans()) {
                if (s.mark() instanceof Mark.Mention m && m.type() == EntityType.PERSON) {
                    groups.computeIfAbsent(m.entryId(), k -> new ArrayList<>()).add(t.text().substring(s.start(), s.end()));
                }
            }
        }
        List<JsonNode> gold = new ArrayList<>();
        key.path("persons").forEach(gold::add);
        List<List<Set<String>>> forms = new ArrayList<>();
        for (JsonNode p : gold) {
            List<Set<String>> f = new ArrayList<>();
            List<String> all = new ArrayList<>(List.of(p.path("name").asText(""), p.path("surface").asText("")));
            p.path("alt_names").forEach(a -> all.add(a.asText()));
            for (String s : all) if (!tokens(s).isEmpty()) f.add(tokens(s));
            forms.add(f);
        }
        Map<String, Integer> assigned = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            for (int i = 0; i < forms.size() && !assigned.containsKey(g.getKey()); i++) {
                List<Set<String>> f = forms.get(i);
                if (g.getValue().stream().anyMatch(m -> matches(tokens(m), f))) assigned.put(g.getKey(), i);
            }
        }
        Set<Integer> found = new HashSet<>(assigned.values());
        List<String> spurious = groups.keySet().stream().filter(k -> !assigned.containsKey(k)).toList();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            int index = i;
            int hits = assigned.entrySet().stream().filter(e -> e.getValue() == index).mapToInt(e -> groups.get(e.getKey()).size()).sum();
            int count = gold.get(i).path("count").asInt();
            mentionsHit += Math.min(hits, count);
            mentionsGold += count;
            if (!found.contains(i)) missed.add(gold.get(i).path("name").asText());
            else if (hits < count) missed.add(gold.get(i).path("name").asText() + " (" + hits + " of " + count + " mentions)");
            if (assigned.values().stream().filter(v -> v == index).count() > 1) splits++;
        }
        personsTp += found.size();
        personsFp += spurious.size();
        personsFn += gold.size() - found.size();
        report(key, "persons", missed, spurious);
    }

    private static boolean matches(Set<String> mention, List<Set<String>> person) {
        if (mention.isEmpty() || person.isEmpty()) return false;
        return mention.containsAll(person.get(0)) || person.stream().anyMatch(f -> f.containsAll(mention));
    }

    private void scoreNames(JsonNode key, AnnotatedDocument d) {
        Set<String> predicted = new HashSet<>();
        for (AnnotatedText t : d.body()) {
            for (Span s : t.spans()) {
                if (s.mark() instanceof Mark.Mention m && m.type() != EntityType.PERSON) {
                    predicted.add(nameNorm(t.text().substring(s.start(), s.end())));
                }
            }
        }
        Set<String> gold = new HashSet<>();
        for (String k : List.of("places", "orgs", "states")) key.path(k).forEach(n -> gold.add(nameNorm(n.asText())));
        Set<String> neutral = new HashSet<>();
        for (String k : NEUTRAL) key.path(k).forEach(n -> neutral.add(nameNorm(n.asText())));
        List<String> missed = gold.stream().filter(g -> !predicted.contains(g)).sorted().toList();
        List<String> spurious = predicted.stream().filter(p -> !gold.contains(p) && !neutral.contains(p)).sorted().toList();
        namesTp += gold.size() - missed.size();
        namesFn += missed.size();
        namesFp += spurious.size();
        report(key, "places+orgs", missed, spurious);
    }

    private static void report(JsonNode key, String what, List<String> missed, List<String> spurious) {
        if (!missed.isEmpty() || !spurious.isEmpty()) {
            System.out.println(key.get("file").asText() + " " + what + ": missed=" + missed + " spurious=" + spurious);
        }
    }

    private static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'');
        return n.replaceAll("[\\[\\]()]", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String nameNorm(String s) {
        return norm(s).replaceFirst("^the ", "").replaceFirst("'s$", "").replaceAll("^[ .,;:]+|[ .,;:]+$", "");
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        for (String t : norm(s).split("[^\\p{L}\\p{N}_?]+")) {
            if (t.length() >= 2 && !TITLES.contains(t)) out.add(t);
        }
        return out;
    }

    private static double f1(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
