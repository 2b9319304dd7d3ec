package org.teikit.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    static List<String> of(String text) {
        // Locale.ROOT: "I" is "i" whatever the JVM's locale (tk:lower-case does the same in XSLT).
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        Set<String> words = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        int length = 0;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK) continue;
            if (isLetterOrNumber(type)) {
                word.appendCodePoint(c);
                length++;
            } else {
                if (length >= 2) words.add(word.toString());
                word.setLength(0);
                length = 0;
            }
        }
        if (length >= 2) words.add(word.toString());
        return new ArrayList<>(words);
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

    /** {@code tk:search-words($text as xs:string) as xs:string*}. */
    static final class Function extends StylesheetFunction {
        Function() {
            super("search-words", STRINGS, STRING);
        }

        @Override
        public XdmValue call(XdmValue[] arguments) {
            return strings(of(arguments[0].itemAt(0).getStringValue()));
        }
    }
}
