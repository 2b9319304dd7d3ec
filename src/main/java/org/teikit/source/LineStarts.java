package org.teikit.source;

import java.util.Arrays;

/**
 * Where each line of a text begins, to map character offsets back to the file's own lines and
 * columns. Immutable, with value equality (a record holding the {@code int[]} would compare identity).
 */
public final class LineStarts {
    private final int[] starts;

    private LineStarts(int[] starts) {
        this.starts = starts;
    }

    /** The line starts of {@code text}, whose lines end in {@code \n}. */
    public static LineStarts of(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') count++;
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') starts[k++] = i + 1;
        }
        return new LineStarts(starts);
    }

    /** How many lines the text has (one more than its line ends). */
    public int count() {
        return starts.length;
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of a character offset. */
    public int columnOf(int offset) {
        return offset - starts[lineOf(offset) - 1] + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineStarts l && Arrays.equals(starts, l.starts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts);
    }

    @Override
    public String toString() {
        return "LineStarts[" + starts.length + " lines]";
    }
}
