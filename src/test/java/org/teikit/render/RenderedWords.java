package org.teikit.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Whether every word of a document's {@code <text>} reaches a rendering of it. A word is what the
 * text view wraps ({@link TextLayout#words}: a run between XML whitespace), taken text node by
 * text node, so that words set apart only by markup ({@code <l>one</l><l>two</l>}) stay apart.
 * The words counted are those of the diplomatic reading, as the lossless view of the body
 * ({@link TextView#diplomaticBody}) takes them: the editor's {@code corr}, {@code expan} and
 * {@code reg} left out, and so are scripts and styles left over from web pages.
 *
 * <p>Each word must occur in the rendering at least as often as in the text: a paragraph or an
 * act left out shows even where its words occur elsewhere too. A word may sit inside a longer
 * one there (a note's call glued to it, a word that markup split).
 */
final class RenderedWords {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** Elements whose words are not the transmitted text: the editor's side of a choice (as in the lossless view). */
    private static final Set<String> EDITORS = Set.of("corr", "expan", "reg");
    /** Leftovers of web pages in any namespace, never words of the document (reading.xsl's {@code tk:not-text}). */
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "param");

    private RenderedWords() { }

    /** Each word of the document's {@code <text>} elements, with the number of times it occurs. */
    static Map<String, Integer> of(XdmNode document) {
        Map<String, Integer> words = new HashMap<>();
        collect(document, false, words);
        return words;
    }

    private static void collect(XdmNode node, boolean inText, Map<String, Integer> words) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                if (inText) for (String w : TextLayout.words(child.getStringValue())) words.merge(w, 1, Integer::sum);
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                boolean tei = TEI.equals(child.getNodeName().getNamespace());
                String name = child.getNodeName().getLocalName();
                if (tei && EDITORS.contains(name) || NOT_TEXT.contains(name)) continue;
                collect(child, inText || (tei && name.equals("text")), words);
            }
        }
    }

    /**
     * The words that {@code rendered} holds fewer times than {@code words} says, each with how
     * often it is there and how often it should be, in alphabetical order; empty when all arrived.
     */
    static List<String> missing(Map<String, Integer> words, String rendered) {
        Map<String, Integer> tokens = new HashMap<>();
        for (String t : TextLayout.words(rendered)) tokens.merge(t, 1, Integer::sum);
        Map<String, String> short_ = new TreeMap<>();
        words.forEach((word, wanted) -> {
            int found = tokens.getOrDefault(word, 0);
            // Rarely needed (a word glued to a note's call or split by markup), so only then the slower count.
            if (found < wanted) found = occurrences(rendered, word);
            if (found < wanted) short_.put(word, word + " (" + found + " of " + wanted + ")");
        });
        return new ArrayList<>(short_.values());
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) n++;
        return n;
    }
}
