package org.teikit.source;

import java.util.regex.Pattern;

/**
 * Whether a line reads as a sentence of prose: enough words and a sentence's end (closing quotes
 * and brackets allowed after it). Titles, menu entries, list entries and labels do not; a
 * summary and the document's paragraphs do. One notion for the header readers that tell them apart.
 */
final class Sentence {
    private static final Pattern END = Pattern.compile("[.!?][\"”’')\\]]*$");
    /** The fewest words of a sentence of prose: fewer, and a line ending in a full stop may be a title or an entry. */
    private static final int PROSE_WORDS = 6;

    private Sentence() { }

    /** A sentence of prose as page text has it: at least {@value #PROSE_WORDS} words. */
    static boolean isProse(String line) {
        return is(line, PROSE_WORDS);
    }

    static boolean is(String line, int minWords) {
        String t = line.strip();
        return END.matcher(t).find() && t.split("\\s+").length >= minWords;
    }
}
