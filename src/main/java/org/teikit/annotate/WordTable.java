package org.teikit.annotate;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list of a recogniser ({@code date-words.tsv}, {@code units.tsv}, …): rows of kind, forms
 * separated by {@code |}, and the value the forms stand for. Every form is also accepted with a
 * capital first letter and in capitals, so a list need not spell out "Spring" and "SPRING".
 */
public final class WordTable {
    private final Map<String, Map<String, String>> kinds;

    private WordTable(Map<String, Map<String, String>> kinds) {
        this.kinds = kinds;
    }

    /** Loads {@code resource}, a data file beside {@code owner}. */
    public static WordTable load(Class<?> owner, String resource) {
        Map<String, Map<String, String>> kinds = new LinkedHashMap<>();
        for (String[] row : DataFile.rows(owner, resource)) {
            Map<String, String> forms = kinds.computeIfAbsent(row[0], k -> new LinkedHashMap<>());
            for (String form : row[1].split("\\|")) {
                for (String variant : List.of(form, capitalised(form), form.toUpperCase(Locale.ROOT))) {
                    forms.putIfAbsent(variant, row[2]);
                }
            }
        }
        return new WordTable(kinds);
    }

    /** A regular expression matching any form of {@code kind}, longer forms first. */
    public String alternation(String kind) {
        return forms(kind).keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** The value written beside {@code form} of {@code kind}. */
    public Optional<String> value(String kind, String form) {
        return Optional.ofNullable(forms(kind).get(form));
    }

    /** Whether {@code text} ends with a form of {@code kind}, compared without case. */
    public boolean endsWithForm(String kind, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String form : forms(kind).keySet()) {
            String f = form.toLowerCase(Locale.ROOT);
            if (lower.endsWith(f) && (lower.length() == f.length()
                    || !Character.isLetter(lower.charAt(lower.length() - f.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private Map<String, String> forms(String kind) {
        Map<String, String> forms = kinds.get(kind);
        if (forms == null) throw new IllegalStateException("no words of kind " + kind);
        return forms;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
