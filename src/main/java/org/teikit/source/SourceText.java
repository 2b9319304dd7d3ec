package org.teikit.source;

import java.util.Arrays;

/**
 * A decoded text file: its name for messages, its text with line ends normalised to {@code \n}
 * and any BOM removed, and a map from offsets back to the file's own lines and columns.
 */
public record SourceText(String name, String text, int[] lineStarts) {

    public static SourceText of(String name, String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') count++;
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') starts[k++] = i + 1;
        }
        return new SourceText(name, text, starts);
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of a character offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceText s && s.name.equals(name) && s.text.equals(text);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "SourceText[" + name + ", " + text.length() + " chars]";
    }
}
