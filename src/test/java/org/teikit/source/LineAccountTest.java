package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole-file account is made from what the parser produced, so a line it forgot shows up as unplaced. */
class LineAccountTest {

    @Test
    void aLineThatNeitherHeaderNorBodyTookIsUnplaced() {
        SourceText source = Fixtures.read("layouts/labels-no-citation.txt");
        Page page = Page.of(source);
        Header header = HeaderReader.of(LayoutDetector.detect(page)).read(page);
        ArchiveRecord parsed = RecordParser.parse(source);
        List<Block> blocks = new ArrayList<>(parsed.body());
        Block dropped = blocks.remove(1); // as a parser would that lost the second paragraph
        List<SourceLine> account = LineAccount.of(page, header.fields(), header.furniture(), blocks);
        List<SourceLine> unplaced = account.stream().filter(l -> l.role() == SourceLine.Role.UNPLACED).toList();
        assertEquals(1, unplaced.size(), account.toString());
        assertEquals(source.lineOf(dropped.offset()), unplaced.get(0).line());
        assertEquals(dropped.text(), unplaced.get(0).text(source));
    }

    @Test
    void aHeaderValueThatWasNotKeptLeavesItsLineUnplaced() {
        SourceText source = Fixtures.read("layouts/labels-no-citation.txt");
        Page page = Page.of(source);
        Header header = HeaderReader.of(LayoutDetector.detect(page)).read(page);
        var fields = new java.util.EnumMap<HeaderBuilder.Slot, Field>(HeaderBuilder.Slot.class);
        fields.putAll(header.fields());
        fields.remove(HeaderBuilder.Slot.TITLE);
        List<SourceLine> account = LineAccount.of(page, fields, header.furniture(), RecordParser.parse(source).body());
        assertTrue(account.stream().anyMatch(l -> l.role() == SourceLine.Role.UNPLACED && l.line() == 3), account.toString());
    }

    @Test
    void aLineHoldingTwoFieldsAndAButtonIsAccountedPieceByPiece() {
        ArchiveRecord r = Fixtures.parse("layouts/old-site-glued.txt");
        List<String> roles = r.lines().stream().filter(l -> l.line() == 6)
                .map(l -> l.role().label() + " " + l.detail()).toList();
        assertEquals(List.of("header summary", "header citation", "furniture site"), roles);
    }
}
