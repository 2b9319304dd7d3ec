package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void mapsOffsetsToLinesAndColumns() {
        SourceText s = SourceText.of("a.txt", "ab\ncd\n\nef");
        assertEquals(1, s.lineOf(0));
        assertEquals(2, s.columnOf(1));
        assertEquals(2, s.lineOf(3));
        assertEquals(1, s.columnOf(3));
        assertEquals(4, s.lineOf(7));
        assertEquals(2, s.columnOf(8));
    }
}
