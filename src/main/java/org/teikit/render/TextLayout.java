package org.teikit.render;

import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>The lines are written straight into one text as the words are found, without a string per
 * word or per line: a play's view has a hundred thousand words, and laying them out took a fifth
 * of the view's time when each was cut out and measured on its own.
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
    /** The lines so far, joined by newlines. */
    private final StringBuilder text = new StringBuilder();
    private int lineCount;
    /** Whether the first line is the blank one before a block, which the result leaves out. */
    private boolean blankFirst;
    /** Code points on the line being written. */
    private int lineLength;

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
        int mark = text.length();
        int markLines = lineCount;
        boolean markBlank = blankFirst;
        if (!close) blankLine();
        String spaces = spaces(indent);
        String hanging = spaces + spaces(codePoints(lead));
        boolean any = false;
        for (int i = 0; i < segments.size(); i++) {
            any |= fill(segments.get(i), i == 0 ? spaces + lead : hanging, hanging);
        }
        if (!any) {
            text.setLength(mark);
            lineCount = markLines;
            blankFirst = markBlank;
        }
    }

    /** The lines so far, joined by newlines; null if there are none. No blank line leads. */
    @Nullable String text() {
        if (blankFirst) return lineCount > 1 ? text.substring(1) : null;
        return lineCount > 0 ? text.toString() : null;
    }

    /** The lines so far; no blank line leads. */
    List<String> lines() {
        String t = text();
        return t == null ? List.of() : Arrays.asList(t.split("\n", -1));
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
        TextLayout layout = new TextLayout(width);
        layout.fill(String.join(" ", words), firstLead, lead);
        return layout.lines();
    }

    /**
     * Writes the words of {@code s} as lines, the first beginning with {@code firstLead}, the
     * others with {@code lead}; whether there was a word.
     */
    private boolean fill(String segment, String firstLead, String lead) {
        // An array rather than the string: a character read from an array costs a bounds check
        // only, from a string a check of its coding too, and the loop reads every character.
        char[] s = segment.toCharArray();
        int n = s.length;
        int i = 0;
        boolean any = false;
        while (true) {
            while (i < n && isSpace(s[i])) i++;
            if (i >= n) return any;
            int start = i;
            int length = 0;
            for (char c; i < n && !isSpace(c = s[i]); i++) {
                if (!Character.isLowSurrogate(c) || i == start || !Character.isHighSurrogate(s[i - 1])) length++;
            }
            if (!any) {
                startLine(firstLead);
                any = true;
            } else if (width > 0 && lineLength + 1 + length > width) {
                startLine(lead);
            } else {
                text.append(' ');
                lineLength++;
            }
            text.append(s, start, i - start);
            lineLength += length;
        }
    }

    private void startLine(String lead) {
        if (lineCount++ > 0) text.append('\n');
        text.append(lead);
        lineLength = codePoints(lead);
    }

    private void blankLine() {
        if (lineCount == 0) blankFirst = true;
        startLine("");
    }

    /** The words of a text, split at XML whitespace (space, tab, CR, LF) as normalize-space() sees it. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
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

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String spaces(int n) {
        return n <= 0 ? "" : " ".repeat(n);
    }
}
