package org.teikit.source;

/**
 * One line of the source. {@code start}/{@code end} bound its content without indentation
 * and trailing blanks, so a block built from lines begins and ends on real text.
 */
record Line(int index, int start, int end, String text) {
    boolean isBlank() {
        return text.isEmpty();
    }

    Field field() {
        return new Field(text, start);
    }
}
