package org.teikit.annotate.date;

import java.util.List;
import org.teikit.annotate.DataFile;

/** The words of {@code shift-words.txt}, after which "from 1976 to 1981" is two events, not a period. */
final class ShiftWords {
    private final List<String> words;

    private ShiftWords(List<String> words) {
        this.words = List.copyOf(words);
    }

    static ShiftWords load() {
        return new ShiftWords(DataFile.rows(ShiftWords.class, "shift-words.txt").stream().map(r -> r[0].strip()).toList());
    }

    /** Whether the lower-case {@code word} is a shift word; "postpon*" matches every ending. */
    boolean matches(String word) {
        for (String w : words) {
            boolean prefix = w.endsWith("*");
            String stem = prefix ? w.substring(0, w.length() - 1) : w;
            if (prefix ? word.startsWith(stem) : word.equals(stem)) return true;
        }
        return false;
    }
}
