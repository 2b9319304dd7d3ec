package org.teikit.annotate.date;

import java.util.Set;
import java.util.TreeSet;

/**
 * The characters a match can begin with, or any character. A pattern whose matches begin with few
 * characters is searched behind a look-ahead for them, so that every other position of the text
 * fails at its first test instead of trying each branch of the pattern in turn.
 */
record Initials(Set<Character> chars) {
    static final Initials ANY = new Initials(null);
    static final Initials NONE = new Initials(Set.of());
    static final Initials DIGITS = range('0', '9');
    /** What {@code \s} matches. */
    static final Initials SPACES = of(" \t\n\u000B\f\r");

    Initials {
        chars = chars == null ? null : Set.copyOf(chars);
    }

    static Initials of(String chars) {
        Set<Character> set = new TreeSet<>();
        for (char c : chars.toCharArray()) set.add(c);
        return new Initials(set);
    }

    static Initials range(char from, char to) {
        Set<Character> set = new TreeSet<>();
        for (char c = from; c <= to; c++) set.add(c);
        return new Initials(set);
    }

    boolean isAny() {
        return chars == null;
    }

    boolean allows(char c) {
        return chars == null || chars.contains(c);
    }

    Initials or(Initials other) {
        if (isAny() || other.isAny()) return ANY;
        Set<Character> set = new TreeSet<>(chars);
        set.addAll(other.chars);
        return new Initials(set);
    }

    /** A look-ahead for these characters, to put before a pattern; empty where any will do. */
    String lookAhead() {
        if (isAny() || chars.isEmpty()) return "";
        StringBuilder out = new StringBuilder("(?=[");
        for (char c : new TreeSet<>(chars)) {
            if (Character.isLetterOrDigit(c)) out.append(c);
            else out.append(String.format("\\x{%x}", (int) c));
        }
        return out.append("])").toString();
    }
}
