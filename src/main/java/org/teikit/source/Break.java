package org.teikit.source;

/**
 * A place inside a block's text where the source broke: a line of a letterhead, or a page
 * break that cut a sentence. {@code offset} indexes the block's text; the whitespace of the
 * break itself is kept in the text, so nothing is lost.
 */
public record Break(int offset, Kind kind) {
    public enum Kind { LINE, PAGE }
}
