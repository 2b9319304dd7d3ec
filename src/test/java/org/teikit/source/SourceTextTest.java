package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

    @Test
    void twoReadingsOfTheSameTextAreEqual() {
        SourceText a = SourceText.of("a.txt", "ab\ncd\n");
        SourceText b = SourceText.of("a.txt", new StringBuilder("ab\ncd\n").toString());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.lineStarts(), b.lineStarts());
        assertNotEquals(a, SourceText.of("a.txt", "ab\ncd"));
        assertNotEquals(LineStarts.of("ab\ncd"), LineStarts.of("a\nbcd"));
    }
}
