package org.teikit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the corpus generator draws on, packaged under {@code org/teikit/bench/corpus/}: one
 * template per source layout (written after the layout fixtures), countries with their capitals,
 * archives and languages, and word lists (names, offices, topics, sentences…). Loaded once;
 * immutable.
 */
final class GeneratorMaterial {
    private static final String BASE = "/org/teikit/bench/corpus/";
    private static final List<String> LAYOUTS = List.of("archive-export", "bare", "mirror", "new-site", "old-site");
    private static final List<String> LISTS = List.of("forenames", "surnames", "offices", "topics", "venues", "funders",
            "departments", "sentences", "notes", "comments", "titles", "summaries", "repositories", "projects", "kinds",
            "classifications");

    /** A country as a document names it. */
    record Country(String name, String state, String adjective, String capital, String honorific, String archive,
                   String language) { }

    /** A document's frame in one layout, with {@code {slots}}; {@code style} lays out its body. */
    record LayoutTemplate(String name, BodyStyle style, String text) { }

    final List<LayoutTemplate> layouts;
    final List<Country> countries;
    private final Map<String, List<String>> lists;

    private GeneratorMaterial(List<LayoutTemplate> layouts, List<Country> countries, Map<String, List<String>> lists) {
        this.layouts = layouts;
        this.countries = countries;
        this.lists = lists;
    }

    private static final class Holder {
        static final GeneratorMaterial INSTANCE = load();
    }

    static GeneratorMaterial get() {
        return Holder.INSTANCE;
    }

    List<String> list(String name) {
        List<String> l = lists.get(name);
        if (l == null) throw new IllegalArgumentException("no generator list " + name);
        return l;
    }

    String pick(String list, Random random) {
        return pick(list(list), random);
    }

    static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static GeneratorMaterial load() {
        List<LayoutTemplate> layouts = new ArrayList<>();
        for (String name : LAYOUTS) {
            String text = read(name + ".txt");
            int eol = text.indexOf('\n');
            String directive = text.substring(0, eol);
            if (!directive.startsWith("# body: ")) throw new IllegalStateException(name + ".txt must start with '# body: STYLE'");
            layouts.add(new LayoutTemplate(name, BodyStyle.named(directive.substring("# body: ".length()).strip()),
                    text.substring(eol + 1)));
        }
        List<Country> countries = new ArrayList<>();
        for (String line : lines("countries.tsv")) {
            String[] c = line.split("\t");
            if (c.length != 7) throw new IllegalStateException("countries.tsv needs 7 columns: " + line);
            countries.add(new Country(c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
        }
        Map<String, List<String>> lists = new HashMap<>();
        for (String name : LISTS) lists.put(name, lines(name + ".txt"));
        return new GeneratorMaterial(List.copyOf(layouts), List.copyOf(countries), Map.copyOf(lists));
    }

    /** The file's lines, without blank lines and {@code #} comments. */
    private static List<String> lines(String file) {
        return read(file).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static String read(String file) {
        try (InputStream in = GeneratorMaterial.class.getResourceAsStream(BASE + file)) {
            if (in == null) throw new IllegalStateException("generator material " + file + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
