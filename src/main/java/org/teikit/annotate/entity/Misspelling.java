package org.teikit.annotate.entity;

import java.util.Locale;

/**
 * Typing slips in names: one letter left out, added or mistyped, or two neighbouring letters
 * swapped ("Brezhenv" for "Brezhnev", "Mengitsu" for "Mengistu"). The first letter is never the
 * slip: a different first letter makes a different name.
 */
final class Misspelling {
    private Misspelling() { }

    /** Whether {@code word} is {@code name} with exactly one slip, letters compared without case and diacritics. */
    static boolean oneEditApart(String word, String name) {
        String a = PhraseSet.fold(word).toLowerCase(Locale.ROOT);
        String b = PhraseSet.fold(name).toLowerCase(Locale.ROOT);
        if (a.equals(b) || a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) return false;
        if (a.length() == b.length()) return oneSubstitutionOrSwap(a, b);
        return Math.abs(a.length() - b.length()) == 1 && oneInsertion(a.length() < b.length() ? a : b, a.length() < b.length() ? b : a);
    }

    private static boolean oneSubstitutionOrSwap(String a, String b) {
        int first = -1;
        int diffs = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) first = i;
                diffs++;
            }
        }
        if (diffs == 1) return true;
        return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
    }

    private static boolean oneInsertion(String shorter, String longer) {
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) i++;
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
