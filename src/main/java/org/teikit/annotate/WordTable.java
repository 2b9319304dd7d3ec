package org.teikit.annotate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

    /**
     * A regular expression matching any form of {@code kind}, the longest where several match.
     * The forms are merged by their common beginnings ("J(?:an(?:uary|\\.)|u(?:ly|ne))"), so a
     * position that starts no form fails at its first character: a plain list of alternatives
     * would try each form in turn at every position of the text.
     */
    public String alternation(String kind) {
        Trie root = new Trie();
        formsOf(kind).keySet().forEach(root::add);
        return root.regex();
    }

    /** Every form of {@code kind}, with its capitalised and upper-case variants. */
    public Set<String> forms(String kind) {
        return Collections.unmodifiableSet(formsOf(kind).keySet());
    }

    /** The value written beside {@code form} of {@code kind}. */
    public Optional<String> value(String kind, String form) {
        return Optional.ofNullable(formsOf(kind).get(form));
    }

    /** The value of the form of {@code kind} that {@code text} ends with as a whole word, compared without case. */
    public Optional<String> valueAtEnd(String kind, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : formsOf(kind).entrySet()) {
            String f = e.getKey().toLowerCase(Locale.ROOT);
            if (lower.endsWith(f) && (lower.length() == f.length()
                    || !Character.isLetter(lower.charAt(lower.length() - f.length() - 1)))) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private Map<String, String> formsOf(String kind) {
        Map<String, String> forms = kinds.get(kind);
        if (forms == null) throw new IllegalStateException("no words of kind " + kind);
        return forms;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Forms as a tree of their characters, written out as a regular expression. */
    private static final class Trie {
        private final java.util.TreeMap<Character, Trie> next = new java.util.TreeMap<>();
        private boolean end;

        void add(String form) {
            Trie t = this;
            for (char c : form.toCharArray()) t = t.next.computeIfAbsent(c, k -> new Trie());
            t.end = true;
        }

        String regex() {
            List<String> branches = new java.util.ArrayList<>();
            next.forEach((c, t) -> branches.add(literal(c) + t.regex()));
            if (branches.isEmpty()) return "";
            String body = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            // Greedy: a longer form is tried before the form that ends here.
            return end ? "(?:" + body + ")?" : body;
        }

        private static String literal(char c) {
            return Character.isLetterOrDigit(c) || c == ' ' ? String.valueOf(c) : Pattern.quote(String.valueOf(c));
        }
    }
}
