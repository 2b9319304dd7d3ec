package org.teikit.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.sf.saxon.om.AxisInfo;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.pattern.NodeKindTest;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.str.StringView;
import net.sf.saxon.tree.iter.AxisIterator;
import net.sf.saxon.tree.tiny.WhitespaceTextImpl;
import net.sf.saxon.type.Type;
import net.sf.saxon.value.StringValue;

/**
 * The words of a text as the corpus search folds them: lower case, accents off, cut at anything
 * that is not a letter or a digit, two characters or more, each once in order of first use. The
 * same folding as {@code tk:fold} in {@code strings.xsl} and {@code fold} in {@code edition.js},
 * which folds what the reader types.
 *
 * <p>In Java because the regular expressions of XPath cost most of a corpus build when run over
 * every document's whole text: {@code tk:search-words($nodes)} in the stylesheets reads them here.
 */
final class SearchWords {
    private SearchWords() { }

    /** Code points below this have their folding worked out once (Latin, Greek, Cyrillic …). */
    private static final int TABLED_BELOW = 0x800;
    /** What reading a code point does to the word: a code point to add, or {@link #CUT}. */
    private static final int CUT = -1;
    /** For each code point below {@link #TABLED_BELOW}, read in a text that was not lower-cased whole. */
    private static final int[][] STEPS = new int[TABLED_BELOW][];

    static {
        for (int c = 0; c < TABLED_BELOW; c++) STEPS[c] = steps(Character.toLowerCase(c));
    }

    static List<String> of(String text) {
        WordReader reader = new WordReader();
        reader.read(text);
        return reader.words.inOrder;
    }

    /** The words of several texts read in turn, as if joined by spaces: each text ends a word. */
    private static final class WordReader {
        final Distinct words = new Distinct();
        private final Word word = new Word();

        void read(String text) {
            // Lower case as String.toLowerCase(Locale.ROOT) has it, which the browser matches ("I" is "i"
            // whatever the locale). Letter by letter it is the same, but for the Greek capital sigma,
            // final or not by what follows it: a text that has one is lower-cased whole. (İ becomes
            // "i" either way once its dot, a mark, is dropped.) A space ends the sigma's context, so
            // texts read in turn are lower-cased as their join would be.
            boolean wholeText = text.indexOf('\u03A3') >= 0;
            char[] chars = (wholeText ? text.toLowerCase(Locale.ROOT) : text).toCharArray();
            for (int i = 0; i < chars.length; ) {
                char ch = chars[i];
                if (ch < 0x80) {
                    // Most of any text: ASCII, which decomposes into itself.
                    if (ch >= 'A' && ch <= 'Z') word.add((char) (ch + ('a' - 'A')));
                    else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) word.add(ch);
                    else word.end(words);
                    i++;
                    continue;
                }
                int c = Character.codePointAt(chars, i);
                i += Character.charCount(c);
                int[] steps = !wholeText && c < TABLED_BELOW ? STEPS[c] : steps(wholeText ? c : Character.toLowerCase(c));
                for (int step : steps) {
                    if (step == CUT) word.end(words);
                    else word.add(step);
                }
            }
            word.end(words);
        }
    }

    /**
     * What a (lower-cased) code point does to the word: NFD, a code point at a time, marks dropped,
     * letters and digits added, anything else a cut. Canonical reordering moves only combining
     * marks, which are dropped or cut at wherever they stand, so the words are those of NFD over
     * the whole text.
     */
    private static int[] steps(int c) {
        return Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD).codePoints()
                .filter(d -> Character.getType(d) != Character.NON_SPACING_MARK)
                .map(d -> isLetterOrNumber(Character.getType(d)) ? d : CUT)
                .toArray();
    }

    /** The word being read: its characters, their String hash, and how many code points (marks left out) it has. */
    private static final class Word {
        private char[] chars = new char[32];
        private int size;
        private int hash;
        private int length;

        void add(char c) {
            if (size == chars.length) chars = Arrays.copyOf(chars, size * 2);
            chars[size++] = c;
            hash = 31 * hash + c;
            length++;
        }

        void add(int c) {
            if (Character.isBmpCodePoint(c)) {
                add((char) c);
                return;
            }
            add(Character.highSurrogate(c));
            add(Character.lowSurrogate(c));
            length--;
        }

        void end(Distinct words) {
            if (length >= 2) words.add(chars, size, hash);
            size = 0;
            hash = 0;
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
        private char[][] keys = new char[256][];
        private String[] values = new String[256];

        void add(char[] chars, int size, int hash) {
            int slot = slot(keys, chars, size, hash);
            if (keys[slot] != null) return;
            keys[slot] = Arrays.copyOf(chars, size);
            values[slot] = new String(chars, 0, size);
            inOrder.add(values[slot]);
            if (inOrder.size() * 2 > keys.length) grow();
        }

        private void grow() {
            char[][] biggerKeys = new char[keys.length * 2][];
            String[] biggerValues = new String[keys.length * 2];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) continue;
                int slot = slot(biggerKeys, keys[i], keys[i].length, values[i].hashCode());
                biggerKeys[slot] = keys[i];
                biggerValues[slot] = values[i];
            }
            keys = biggerKeys;
            values = biggerValues;
        }

        /** Where the word is in {@code keys}, or the free slot where it goes (open addressing). */
        private static int slot(char[][] keys, char[] chars, int size, int hash) {
            int mask = keys.length - 1;
            int i = (hash ^ (hash >>> 16)) & mask;
            while (keys[i] != null && !Arrays.equals(keys[i], 0, keys[i].length, chars, 0, size)) i = (i + 1) & mask;
            return i;
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

    /**
     * {@code tk:search-words($nodes as node()*) as xs:string}: the words of the text nodes in the
     * nodes, in document order, parted by single spaces. Given the nodes rather than their text
     * joined: a play's joined text is made of tens of thousands of nodes, most of them the
     * whitespace between its elements, and joining them cost a tenth of a summary.
     */
    static final class Function extends StylesheetFunction {
        Function() {
            super("search-words", STRING, NODES);
        }

        @Override
        public XdmValue call(XdmValue[] arguments) {
            WordReader reader = new WordReader();
            for (XdmItem item : arguments[0]) {
                NodeInfo node = ((XdmNode) item).getUnderlyingNode();
                if (node.getNodeKind() == Type.TEXT) {
                    reader.read(node.getStringValue());
                    continue;
                }
                AxisIterator texts = node.iterateAxis(AxisInfo.DESCENDANT, NodeKindTest.TEXT);
                for (NodeInfo text; (text = texts.next()) != null; ) {
                    // Saxon's tree keeps the whitespace between elements in a short form of its own: no
                    // words, and spelling it out cost as much as reading the words of the rest.
                    if (!(text instanceof WhitespaceTextImpl)) reader.read(text.getStringValue());
                }
            }
            return new XdmAtomicValue(new StringValue(StringView.of(String.join(" ", reader.words.inOrder))));
        }
    }
}
