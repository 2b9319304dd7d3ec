package org.teikit.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;

/**
 * The words of a text as the corpus search folds them: lower case, accents off, cut at anything
 * that is not a letter or a digit, two characters or more, each once in order of first use. The
 * same folding as {@code tk:fold} in {@code strings.xsl} and {@code fold} in {@code edition.js},
 * which folds what the reader types.
 *
 * <p>In Java because the regular expressions of XPath cost most of a corpus build when run over
 * every document's whole text: {@code tk:search-words($text)} in the stylesheets calls {@link #of}.
 */
final class SearchWords {
    private SearchWords() { }

    /** Canonical decompositions of the code points below this, worked out once (Latin, Greek, Cyrillic …). */
    private static final int DECOMPOSED_BELOW = 0x800;
    private static final int[][] DECOMPOSED = new int[DECOMPOSED_BELOW][];

    static {
        for (int c = 0; c < DECOMPOSED_BELOW; c++) DECOMPOSED[c] = decompose(c);
    }

    static List<String> of(String text) {
        // Lower case as String.toLowerCase(Locale.ROOT) has it, which the browser matches ("I" is "i"
        // whatever the locale). Letter by letter it is the same, but for the Greek capital sigma,
        // final or not by what follows it: a text that has one is lower-cased whole. (İ becomes
        // "i" either way once its dot, a mark, is dropped.)
        boolean wholeText = text.indexOf('\u03A3') >= 0;
        String lower = wholeText ? text.toLowerCase(Locale.ROOT) : text;
        Distinct words = new Distinct();
        Word word = new Word();
        for (int i = 0; i < lower.length(); ) {
            char ch = lower.charAt(i);
            if (ch < 0x80) {
                // Most of any text: ASCII, which decomposes into itself.
                if (ch >= 'A' && ch <= 'Z') word.add((char) (ch + ('a' - 'A')));
                else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) word.add(ch);
                else word.end(words);
                i++;
                continue;
            }
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (!wholeText) c = Character.toLowerCase(c);
            // NFD, a code point at a time: canonical reordering moves only combining marks, which are
            // dropped or cut at wherever they stand, so the words are those of NFD over the whole text.
            for (int d : c < DECOMPOSED_BELOW ? DECOMPOSED[c] : decompose(c)) {
                int type = Character.getType(d);
                if (type == Character.NON_SPACING_MARK) continue;
                if (isLetterOrNumber(type)) word.add(d);
                else word.end(words);
            }
        }
        word.end(words);
        return words.inOrder;
    }

    private static int[] decompose(int c) {
        return Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD).codePoints().toArray();
    }

    /** The word being read: its characters, and how many code points (marks left out) it has. */
    private static final class Word {
        private final StringBuilder chars = new StringBuilder();
        private int length;

        void add(char c) {
            chars.append(c);
            length++;
        }

        void add(int c) {
            chars.appendCodePoint(c);
            length++;
        }

        void end(Distinct words) {
            if (length >= 2) words.add(chars);
            chars.setLength(0);
            length = 0;
        }
    }

    /**
     * The distinct words in order of first use. Most words of a text are repeats: a word is looked
     * up by its characters and made a String only the first time (a set of Strings would make one
     * for every word of the text, millions for a corpus).
     */
    private static final class Distinct {
        final List<String> inOrder = new ArrayList<>();
        private String[] table = new String[256];

        void add(CharSequence word) {
            int slot = slot(table, word, hash(word));
            if (table[slot] != null) return;
            String s = word.toString();
            table[slot] = s;
            inOrder.add(s);
            if (inOrder.size() * 2 > table.length) grow();
        }

        private void grow() {
            String[] bigger = new String[table.length * 2];
            for (String s : inOrder) bigger[slot(bigger, s, s.hashCode())] = s;
            table = bigger;
        }

        /** Where {@code word} is in {@code table}, or the free slot where it goes (open addressing). */
        private static int slot(String[] table, CharSequence word, int hash) {
            int mask = table.length - 1;
            int i = (hash ^ (hash >>> 16)) & mask;
            while (table[i] != null && !table[i].contentEquals(word)) i = (i + 1) & mask;
            return i;
        }

        /** String.hashCode of the characters. */
        private static int hash(CharSequence word) {
            int h = 0;
            for (int i = 0; i < word.length(); i++) h = 31 * h + word.charAt(i);
            return h;
        }
    }

    /** \p{L} and \p{N} of XPath's regular expressions. */
    private static boolean isLetterOrNumber(int type) {
        return switch (type) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** {@code tk:search-words($text as xs:string) as xs:string}: the words, parted by single spaces. */
    static final class Function extends StylesheetFunction {
        Function() {
            super("search-words", STRING, STRING);
        }

        @Override
        public XdmValue call(XdmValue[] arguments) {
            return new XdmAtomicValue(String.join(" ", of(arguments[0].itemAt(0).getStringValue())));
        }
    }
}
