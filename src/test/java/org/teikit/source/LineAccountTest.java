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

    /** Each line's number, role and detail ("2 header credits"), for the whole account at a glance. */
    private static List<String> roles(ArchiveRecord r) {
        return r.lines().stream().map(l -> l.line() + " " + l.role().label() + " " + l.detail()).toList();
    }

    @Test
    void aLabelPrintedTwiceIsALabelAndTheFunderSentenceAboveIsTheCredits() {
        String page = """
                Translation - English
                This document was made possible with support from the Example Fund
                Translation - English
                Translation - English
                Translation - English
                Translation - English
                Translation - English
                Document Information
                Credits:
                Credits:
                """;
        ParsedPage parsed = RecordParser.analyse(SourceText.of("inline.txt", page));
        LosslessTest.assertLossless(parsed);
        ArchiveRecord r = parsed.record();
        assertEquals("This document was made possible with support from the Example Fund", r.metadata().credits().text());
        List<String> roles = roles(r);
        assertEquals("2 header credits", roles.get(1), roles.toString());
        assertEquals(List.of("8 furniture site", "9 label credits", "10 label credits"), roles.subList(7, 10));
    }

    @Test
    void aFunderSentenceWhoseSlotTheInformationBlockFilledStaysInTheBody() {
        String page = """
                Note on Grain Deliveries
                This document was made possible with support from the Example Fund
                The minister received the delegation in his office for an hour.
                Document Information
                Credits
                Example Fund
                """;
        ParsedPage parsed = RecordParser.analyse(SourceText.of("inline.txt", page));
        LosslessTest.assertLossless(parsed);
        ArchiveRecord r = parsed.record();
        assertEquals("Example Fund", r.metadata().credits().text());
        assertTrue(roles(r).get(1).startsWith("2 body "), roles(r).toString());
    }
}
