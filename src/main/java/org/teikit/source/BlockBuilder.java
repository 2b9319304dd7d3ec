package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A block being assembled from lines. Its text is always the exact source between its first
 * line's start and its last line's end, so the whitespace of every break stays in it.
 */
final class BlockBuilder {
    final BlockKind kind;
    private final String n;
    private final int start;
    private final List<Break> breaks = new ArrayList<>();
    private int end;
    private int lastLine;

    BlockBuilder(BlockKind kind, String n, LineShape first, int index) {
        this.kind = kind;
        this.n = n;
        this.start = first.line.start();
        this.end = first.line.end();
        this.lastLine = index;
    }

    /** Adds the next line; {@code kind} is the break at the join, or {@code null} for a plain wrapped line. */
    void add(LineShape line, int index, Break.@Nullable Kind kind) {
        if (kind != null) breaks.add(new Break(end - start, kind));
        end = line.line.end();
        lastLine = index;
    }

    boolean is(BlockKind k) {
        return kind == k;
    }

    /** Whether the block's last line is the body line just before {@code index}. */
    boolean endsJustBefore(int index) {
        return lastLine == index - 1;
    }

    int lastLine() {
        return lastLine;
    }

    Block build(String sourceText) {
        return new Block(kind, sourceText.substring(start, end), start, breaks, n);
    }
}
