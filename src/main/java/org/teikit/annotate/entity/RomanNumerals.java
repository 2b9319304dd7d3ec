package org.teikit.annotate.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Roman numbers, which the entity rules must not read as names: two questions, answered apart
 * because they differ on purpose.
 * <ul>
 *   <li>{@link #isOrdinal}: a number up to 99 in capitals ("Directorate II", "XXV Congress"), which
 *       ends a numbered office and is never an acronym or a modifier of a body's name. Larger ones
 *       (CC, CD, CM) are read as the acronyms they mostly are.</li>
 *   <li>{@link #isSectionLetter}: a one-letter number that opens a section at the start of a line
 *       ("I. Grain Deliveries", "V. Conclusions"). L, C, D and M are left out: outlines seldom
 *       reach 50, while "L. I. Brezhnev" and "M. Suslov" are initials.</li>
 * </ul>
 */
final class RomanNumerals {
    private static final Pattern UP_TO_99 = Pattern.compile("(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})");
    private static final Set<String> SECTION_LETTERS = Set.of("I", "V", "X");

    private RomanNumerals() { }

    /** Whether {@code w} is a Roman number from I to XCIX, in capitals. */
    static boolean isOrdinal(String w) {
        return !w.isEmpty() && UP_TO_99.matcher(w).matches();
    }

    /** Whether {@code w} is a one-letter Roman number that opens an outline's section (I, V, X). */
    static boolean isSectionLetter(String w) {
        return SECTION_LETTERS.contains(w);
    }
}
