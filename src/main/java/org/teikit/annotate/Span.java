package org.teikit.annotate;

import org.jspecify.annotations.Nullable;

/**
 * A stretch {@code [start, end)} of one text that a recogniser marked.
 *
 * @param start first character
 * @param end   one past the last character
 * @param mark  what the stretch is
 * @param cert  how sure the machine is where it made a judgement (an inferred year, a guessed
 *              person); {@code null} where the text states it plainly
 */
public record Span(int start, int end, Mark mark, @Nullable Certainty cert) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public Span(int start, int end, Mark mark) {
        this(start, end, mark, null);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span o) {
        return start <= o.start && o.end <= end;
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }
}
