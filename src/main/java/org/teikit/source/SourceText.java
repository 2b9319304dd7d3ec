package org.teikit.source;

/**
 * A decoded text file: its name for messages, its text with line ends normalised to {@code \n}
 * and any BOM removed, and a map from offsets back to the file's own lines and columns.
 */
public record SourceText(String name, String text, LineStarts lineStarts) {

    public static SourceText of(String name, String text) {
        return new SourceText(name, text, LineStarts.of(text));
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        return lineStarts.lineOf(offset);
    }

    /** 1-based column of a character offset. */
    public int columnOf(int offset) {
        return lineStarts.columnOf(offset);
    }

    @Override
    public String toString() {
        return "SourceText[" + name + ", " + text.length() + " chars]";
    }
}
