package org.teikit.render;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lays the text view's blocks out as lines: greedy wrapping at a width, indentation, the hanging
 * prefix of a list item, and a blank line between blocks unless a block follows its neighbour
 * tightly (verse lines, list items, the lines of a speech).
 *
 * <p>The stylesheet hands over the blocks of a document as one flat run, with the containers that
 * matter marked where they open and close: a container may give the first block inside it a
 * prefix (an item's number) and may hold its blocks tight. Working that out here, in one pass,
 * spares the stylesheet copying every block once per level of nesting.
 *
 * <p>Lengths are counted in characters (code points), as XPath's {@code string-length} counts them.
 * One instance lays out one run; it is not thread-safe.
 */
final class TextLayout {
    /** A container on the way down to the current block. */
    private record Frame(String prefix, boolean tight) { }

    private final int width;
    private final List<Frame> open = new ArrayList<>();
    /** Frames from this index up have had no block yet: the one in reach of a prefix. */
    private int firstEmpty;
    private final List<String> lines = new ArrayList<>();

    /** @param width columns to wrap at; 0 or less puts each paragraph on one line */
    TextLayout(int width) {
        this.width = width;
    }

    /** A container opens; {@code prefix} (or null) goes before its first block's first line. */
    void enter(@Nullable String prefix, boolean tight) {
        open.add(new Frame(prefix, tight));
    }

    void leave() {
        open.remove(open.size() - 1);
        firstEmpty = Math.min(firstEmpty, open.size());
    }

    /**
     * A block: its text as segments between forced line breaks.
     *
     * @param prefix its own prefix, or null to take the innermost one of the containers it opens
     * @param tight  whether it follows the block before it without a blank line, whatever its containers say
     */
    void block(int indent, @Nullable String prefix, boolean tight, List<String> segments) {
        String lead = prefix != null ? prefix : containerPrefix();
        boolean close = tight || heldTight();
        firstEmpty = open.size();
        int before = lines.size();
        if (!close) lines.add("");
        String spaces = spaces(indent);
        String hanging = spaces(codePoints(lead));
        boolean any = false;
        for (int i = 0; i < segments.size(); i++) {
            List<String> words = words(segments.get(i));
            if (words.isEmpty()) continue;
            any = true;
            lines.addAll(wrap(words, spaces + (i == 0 ? lead : hanging), spaces + hanging, width));
        }
        if (!any) lines.subList(before, lines.size()).clear();
    }

    /** The lines so far; no blank line leads. */
    List<String> lines() {
        return !lines.isEmpty() && lines.get(0).isEmpty() ? lines.subList(1, lines.size()) : lines;
    }

    private String containerPrefix() {
        for (int i = open.size() - 1; i >= firstEmpty; i--) {
            String p = open.get(i).prefix();
            if (p != null && !p.isEmpty()) return p;
        }
        return "";
    }

    /** A tight container that already holds a block holds this one close to it. */
    private boolean heldTight() {
        for (int i = 0; i < firstEmpty; i++) {
            if (open.get(i).tight()) return true;
        }
        return false;
    }

    /**
     * Greedy filling: as many words on a line as fit in {@code width}; a word longer than the
     * width gets a line of its own, never split.
     */
    static List<String> wrap(List<String> words, String firstLead, String lead, int width) {
        List<String> out = new ArrayList<>();
        if (words.isEmpty()) return out;
        if (width <= 0) {
            out.add(firstLead + String.join(" ", words));
            return out;
        }
        StringBuilder line = new StringBuilder(firstLead).append(words.get(0));
        int length = codePoints(firstLead) + codePoints(words.get(0));
        int leadLength = codePoints(lead);
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            int w = codePoints(word);
            if (length + 1 + w <= width) {
                line.append(' ').append(word);
                length += 1 + w;
            } else {
                out.add(line.toString());
                line.setLength(0);
                line.append(lead).append(word);
                length = leadLength + w;
            }
        }
        out.add(line.toString());
        return out;
    }

    /** The words of a text, split at XML whitespace (space, tab, CR, LF) as normalize-space() sees it. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (space && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) out.add(text.substring(start));
        return out;
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String spaces(int n) {
        return n <= 0 ? "" : " ".repeat(n);
    }
}
