package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

    @Test
    void wrapFillsLinesGreedilyAndGivesALongWordALineOfItsOwn() {
        assertEquals(List.of("* one two", "  three", "  extraordinarily", "  a b"),
                TextLayout.wrap(List.of("one", "two", "three", "extraordinarily", "a", "b"), "* ", "  ", 9));
    }

    @Test
    void wrapCountsCharactersNotUtf16Units() {
        // Each 𝔄 is one character of two UTF-16 units: "𝔄𝔄 𝔄𝔄" is 5 characters and fits in 5.
        assertEquals(List.of("𝔄𝔄 𝔄𝔄"), TextLayout.wrap(List.of("𝔄𝔄", "𝔄𝔄"), "", "", 5));
        assertEquals(List.of("𝔄𝔄", "𝔄𝔄"), TextLayout.wrap(List.of("𝔄𝔄", "𝔄𝔄"), "", "", 4));
    }

    @Test
    void widthZeroPutsAllWordsOnOneLine() {
        assertEquals(List.of("> a b c"), TextLayout.wrap(List.of("a", "b", "c"), "> ", "", 0));
    }

    @Test
    void wordsSplitAtXmlWhitespaceOnly() {
        // A no-break space is part of a word, as normalize-space() treats it.
        assertEquals(List.of("a", "b\u00A0c", "d"), TextLayout.words(" a\t\r\nb\u00A0c  d "));
    }

    @Test
    void blocksAreSeparatedByABlankLineUnlessTight() {
        TextLayout layout = new TextLayout(72);
        layout.block(0, null, false, List.of("First paragraph."));
        layout.block(2, null, false, List.of("Second, indented."));
        layout.block(2, null, true, List.of("Close to it."));
        assertEquals(List.of("First paragraph.", "", "  Second, indented.", "  Close to it."), layout.lines());
    }

    @Test
    void aTightContainerHoldsAllButItsFirstBlockClose() {
        TextLayout layout = new TextLayout(72);
        layout.block(0, null, false, List.of("Before."));
        layout.enter(null, true);
        layout.block(0, null, false, List.of("Line one"));
        layout.block(0, null, false, List.of("Line two"));
        layout.leave();
        layout.block(0, null, false, List.of("After."));
        assertEquals(List.of("Before.", "", "Line one", "Line two", "", "After."), layout.lines());
    }

    @Test
    void theInnermostPrefixGoesOnTheFirstBlockOnlyAndHangs() {
        TextLayout layout = new TextLayout(12);
        layout.enter("1. ", false);
        layout.enter("a) ", true);
        layout.block(2, null, false, List.of("inner item text"));
        layout.block(2, null, false, List.of("more"));
        layout.leave();
        layout.block(2, null, false, List.of("outer again"));
        layout.leave();
        assertEquals(List.of("  a) inner", "     item", "     text", "  more", "", "  outer", "  again"), layout.lines());
    }

    @Test
    void aPrefixIsSpentOnAFirstBlockWithoutWords() {
        TextLayout layout = new TextLayout(72);
        layout.enter("1. ", false);
        layout.block(0, null, false, List.of(" "));
        layout.block(0, null, false, List.of("text"));
        layout.leave();
        assertEquals(List.of("text"), layout.lines());
    }

    @Test
    void forcedBreaksStartNewLinesUnderTheHangingPrefix() {
        TextLayout layout = new TextLayout(72);
        layout.block(0, "[1] ", false, List.of("first", "second"));
        assertEquals(List.of("[1] first", "    second"), layout.lines());
    }
}
