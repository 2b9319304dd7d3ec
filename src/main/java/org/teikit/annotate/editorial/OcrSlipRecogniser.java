package org.teikit.annotate.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RecognitionContext;
import org.teikit.annotate.Recogniser;
import org.teikit.annotate.Span;

/**
 * Marks words that an export or a scan evidently garbled, as {@link Mark.Sic}:
 * <ul>
 *   <li>a question mark standing for a letter the export lost ("P?ja", "G??bi?ski", "KU?ERA":
 *       accented letters an old character set could not carry) — without a correction, since
 *       which letter was lost is the editor's call; where the document spells the name in full
 *       elsewhere, the entity side supplies the correction and its {@code sic} wins over this one;</li>
 *   <li>a one or a zero between small letters ("Mukal1a", "Lond0n"), a scanner's reading of l and
 *       o — with the letters put back.</li>
 * </ul>
 * Only a token made of letters counts: a question mark at the end of a word ends a question, and a
 * token holding other signs ("page.php?id=5", "MiG-21") is no garbled word.
 */
public final class OcrSlipRecogniser implements Recogniser {
    /** Runs of text between spaces, dashes and slashes ("Aden–Mukal1a" holds two words). */
    private static final Pattern TOKEN = Pattern.compile("[^\\s–—/]+");
    /** What may stand around a word without being part of it. */
    private static final Pattern EDGES = Pattern.compile("^[(\\[\"'“‘]*(.*?)[)\\]\"'”’,.;:!]*$");
    /** Letters with question marks between them, each followed by a letter again (a last one may end the word). */
    private static final Pattern LOST_LETTERS = Pattern.compile("\\p{L}+(?:[-'’]?\\p{L}+)*(?:\\?+\\p{L}+(?:[-'’]\\p{L}+)*)+\\??");
    /** Small letters with a 1 or 0 among them, after an optional capital. */
    private static final Pattern DIGIT_FOR_LETTER = Pattern.compile("\\p{Lu}?\\p{Ll}+(?:[10]\\p{Ll}+)+");

    @Override
    public List<Span> find(String text, RecognitionContext context) {
        List<Span> out = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            if (!mayBeSlip(text, token.start(), token.end())) continue;
            Matcher edges = EDGES.matcher(token.group());
            if (!edges.matches()) continue;
            String word = edges.group(1);
            int start = token.start() + edges.start(1);
            if (word.indexOf('?') > 0 && LOST_LETTERS.matcher(word).matches()) {
                out.add(new Span(start, start + word.length(), new Mark.Sic(null)));
            } else if (DIGIT_FOR_LETTER.matcher(word).matches()) {
                out.add(new Span(start, start + word.length(), new Mark.Sic(word.replace('1', 'l').replace('0', 'o'))));
            }
        }
        return out;
    }

    /**
     * Whether {@code text[start, end)} holds a question mark, a one or a zero, which every garbled
     * word has: most words have none, and need not be matched against the patterns at all.
     */
    private static boolean mayBeSlip(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '1' || c == '0') return true;
        }
        return false;
    }
}
