package org.teikit.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The non-blank lines of a body with their shapes and how they are grouped: by blank lines,
 * or in an export with single newlines only, every line on its own.
 */
final class BodyLines {
    private static final WordList DISTRIBUTION = WordList.load("distribution-labels.txt");
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\[1]\\s*Source[:;]");

    private final List<LineShape> shapes;
    private final int[] group;
    private final boolean[] afterDropped;
    private final boolean singleNewlines;
    private final FootnoteAnchors anchors;

    BodyLines(List<LineShape> shapes, int[] group, boolean[] afterDropped, boolean singleNewlines,
            FootnoteAnchors anchors) {
        this.shapes = List.copyOf(shapes);
        this.group = group;
        this.afterDropped = afterDropped;
        this.singleNewlines = singleNewlines;
        this.anchors = anchors;
    }

    int size() {
        return shapes.size();
    }

    LineShape get(int i) {
        return shapes.get(i);
    }

    boolean singleNewlines() {
        return singleNewlines;
    }

    /** Whether line {@code i} continues the visual block of line {@code i - 1} (no blank line between). */
    boolean adjacent(int i) {
        return joinable(i) && (singleNewlines || group[i] == group[i - 1]);
    }

    /** Whether line {@code i} shares its paragraph with the line before (only where blank lines part paragraphs). */
    boolean sameParagraph(int i) {
        return joinable(i) && !singleNewlines && group[i] == group[i - 1];
    }

    /** Whether one block may run on from line {@code i - 1} to line {@code i}: no dropped chrome line between. */
    boolean joinable(int i) {
        return i > 0 && !afterDropped[i];
    }

    boolean aloneInGroup(int i) {
        return singleNewlines
                || ((i == 0 || group[i - 1] != group[i]) && (i + 1 == size() || group[i + 1] != group[i]));
    }

    boolean isFootnote(int i) {
        LineShape s = shapes.get(i);
        return s.footnoteAnchor != null && (anchors.usedBefore(s.footnoteAnchor, s.line.start()) || isUnanchoredFirstNote(i));
    }

    /**
     * "[1] Source: Department of State, Central Files …": the editors' first note hangs on the
     * document's title, which the export keeps apart, so its marker is used nowhere in the body.
     * A line opening with a bracketed number is still a footnote where the next marked line is
     * the note after it and anchored in the text, or where it is the source note ending the body.
     */
    private boolean isUnanchoredFirstNote(int i) {
        LineShape s = shapes.get(i);
        if (!s.text.startsWith("[" + s.footnote + "]") || !s.footnote.chars().allMatch(Character::isDigit)) return false;
        for (int j = i + 1; j < size(); j++) {
            LineShape next = shapes.get(j);
            if (next.footnote == null) continue;
            return next.text.startsWith("[") && next.footnote.equals(String.valueOf(Integer.parseInt(s.footnote) + 1))
                    && anchors.usedBefore(next.footnoteAnchor, next.line.start());
        }
        // alone, only the editors' source note ("[1] Source: …") is known for a note on the title
        return i + 1 == size() && SOURCE_NOTE.matcher(s.text).lookingAt();
    }

    boolean isDistributionLabel(int i) {
        String prefix = shapes.get(i).colonPrefix;
        return prefix != null && DISTRIBUTION.contains(prefix);
    }

    /** Lines that belong to a distribution list: its label line and the entries under it. */
    boolean[] distributionLists() {
        boolean[] member = new boolean[size()];
        for (int i = 0; i < size(); i++) {
            if (!isDistributionLabel(i)) continue;
            member[i] = true;
            for (int j = i + 1; j < size() && adjacent(j) && !isFootnote(j) && !shapes.get(j).signed; j++) {
                member[j] = true;
            }
        }
        return member;
    }

    /** Lines that belong to a footnote: its marked first line and the rest of its paragraph. */
    boolean[] footnoteParagraphs() {
        boolean[] member = new boolean[size()];
        for (int i = 0; i < size(); i++) {
            member[i] = isFootnote(i) || (sameParagraph(i) && member[i - 1]);
        }
        return member;
    }
}
