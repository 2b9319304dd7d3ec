package org.teikit.source;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One block of the body, in source order.
 *
 * @param kind   its structural role
 * @param text   its text, as in the source except that the whitespace of a joined break
 *               may be normalised to one space (every other character is the source's)
 * @param offset offset of the block's first character in {@link SourceText#text()}
 * @param breaks line and page breaks inside the text
 * @param n      the marker of a footnote or list item ("1", "*", "1)"), the type of the list a
 *               {@link BlockKind#LIST_HEAD} opens ("participants"), else {@code null}
 */
public record Block(BlockKind kind, String text, int offset, List<Break> breaks, @Nullable String n) {
    public Block {
        breaks = List.copyOf(breaks);
    }

    public Block(BlockKind kind, String text, int offset) {
        this(kind, text, offset, List.of(), null);
    }
}
