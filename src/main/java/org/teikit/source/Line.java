package org.teikit.source;

import java.util.regex.Pattern;

/**
 * One line of the source. {@code start}/{@code end} bound its content without indentation
 * and trailing blanks, so a block built from lines begins and ends on real text.
 */
record Line(int index, int start, int end, String text) {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    boolean isBlank() {
        return text.isEmpty();
    }

    Field field() {
        return new Field(text, start);
    }

    /** Whether {@code other} holds the same words, whatever their spacing and case (a title and a breadcrumb's copy of it). */
    boolean sameWords(Line other) {
        return SPACES.matcher(text).replaceAll(" ").equalsIgnoreCase(SPACES.matcher(other.text).replaceAll(" "));
    }
}
