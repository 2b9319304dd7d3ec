package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The body rules, one at a time, on small bare texts. */
class BodyStructureTest {

    private static List<Block> blocks(String text) {
        return Fixtures.parseText(text).body();
    }

    private static List<BlockKind> kinds(String text) {
        return blocks(text).stream().map(Block::kind).toList();
    }

    private static final String OPENING = "Embassy of Ruritania\nStrelsau, 4 May 1960\n\n";
    private static final String SENTENCE = "The minister received the delegation in his office for an hour.";

    @Test
    void anEditorsBracketOverSeveralLinesIsOneNoteBlock() {
        List<Block> b = blocks("[Party Central Committee\n\nDepartment of Foreign Relations\n\nState Archive, file missing]\n\n"
                + OPENING + SENTENCE);
        assertEquals(BlockKind.NOTE, b.get(0).kind());
        assertEquals("[Party Central Committee\n\nDepartment of Foreign Relations\n\nState Archive, file missing]", b.get(0).text());
        assertEquals(2, b.get(0).breaks().size());
        // a bracket another bracket interrupts, or one never closed, is no such note
        assertEquals("[Party Central Committee", blocks("[Party Central Committee\n\nDepartment [of] Foreign Relations]\n\n" + SENTENCE).get(0).text());
        assertEquals("[Party Central Committee", blocks("[Party Central Committee\n\n" + SENTENCE).get(0).text());
    }

    @Test
    void joinsAParagraphThatAPageBreakCutAcrossABlankLine() {
        List<Block> b = blocks(OPENING + "The talks were held between the two\n\ndelegations in the old palace.\n\n" + SENTENCE);
        assertEquals(3, b.size());
        Block joined = b.get(1);
        assertEquals(BlockKind.PARAGRAPH, joined.kind());
        assertEquals("The talks were held between the two\n\ndelegations in the old palace.", joined.text());
        assertEquals(List.of(new Break(35, Break.Kind.PAGE)), joined.breaks());
        assertTrue(Character.isWhitespace(joined.text().charAt(joined.breaks().get(0).offset())));
    }

    @Test
    void joinsWhenTheCutLineEndsOnASmallWordEvenIfTheNextStartsWithACapital() {
        List<Block> b = blocks(OPENING + "Relations remain tense between the North and\n\nSouth. Talks have failed.");
        assertEquals(BlockKind.PARAGRAPH, b.get(1).kind());
        assertEquals(Break.Kind.PAGE, b.get(1).breaks().get(0).kind());
    }

    @Test
    void doesNotJoinAParagraphThatMerelyLacksItsFullStop() {
        List<Block> b = blocks(OPENING + "Dangerous incidents may occur\n\nYou have to analyse the situation carefully.");
        assertEquals(3, b.size());
        assertTrue(b.get(1).breaks().isEmpty());
    }

    @Test
    void joinsASentenceBrokenAtASingleNewlineInAnExportWithoutBlankLines() {
        List<Block> b = blocks("Embassy of Ruritania\nStrelsau, 4 May 1960\n" + SENTENCE
                + "\n1. Grain. The harvest was poor and the ministry will ask for\nadditional deliveries in the spring.\n"
                + "2. Timber. Nothing new was agreed.");
        assertEquals(List.of(BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM),
                b.stream().map(Block::kind).toList());
        assertEquals(Break.Kind.PAGE, b.get(2).breaks().get(0).kind());
        assertEquals("1.", b.get(2).n());
    }

    @Test
    void keepsAHardWrappedParagraphTogetherWithoutBreaks() {
        List<Block> b = blocks(OPENING + "The minister received the delegation\nin his office for an hour.\n\n" + SENTENCE);
        assertEquals(3, b.size());
        assertEquals("The minister received the delegation\nin his office for an hour.", b.get(1).text());
        assertTrue(b.get(1).breaks().isEmpty());
    }

    @Test
    void keepsLetterheadLinesInOneDatelineWithLineBreaks() {
        Block dateline = blocks(OPENING + SENTENCE).get(0);
        assertEquals(BlockKind.DATELINE, dateline.kind());
        assertEquals("Embassy of Ruritania\nStrelsau, 4 May 1960", dateline.text());
        assertEquals(List.of(new Break(20, Break.Kind.LINE)), dateline.breaks());
    }

    @Test
    void aPlaceADateAndItsTimeAreADatelineThoughTheyEndLikeASentence() {
        for (String line : List.of("New Strelsau, September 5, 1966, 4:05 p.m.", "Port Zenda, March 2, 1965, noon.",
                "Strelsau, May 3, 1967, 11:15–12:40 p.m.", "Zenda, Ruritania, June 1, 1966, 10 a.m.",
                "Strelsau, July 7 and 8, 1967.", "Strelsau, August 4, 1968, 1425Z.[2]")) {
            assertEquals(List.of(BlockKind.DATELINE, BlockKind.PARAGRAPH), kinds(line + "\n\n" + SENTENCE), line);
        }
        // a sentence that holds a date is still a sentence
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
                kinds("We met the minister on May 3, 1967, at noon.\n\n" + SENTENCE));
    }

    @Test
    void tellsNumberedHeadingsFromNumberedParagraphs() {
        assertEquals(List.of(BlockKind.DATELINE, BlockKind.SECTION_HEAD, BlockKind.PARAGRAPH, BlockKind.SECTION_HEAD,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM), kinds(OPENING
                + "I. Trade Questions\n\n" + SENTENCE + "\n\nII. Conclusions\n\n"
                + "1. The visit was useful for both sides.\n2. It should be repeated next year."));
    }

    @Test
    void takesShortNumberedLinesInARunAsAList() {
        List<Block> b = blocks(OPENING + SENTENCE + "\n\n1) Wheat\n2) Rice\n3) Cotton\n\n" + SENTENCE);
        assertEquals(List.of(BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.PARAGRAPH), b.stream().map(Block::kind).toList());
        assertEquals("2)", b.get(3).n());
    }

    @Test
    void takesAShortTitleCaseLineAsASectionHeading() {
        assertEquals(BlockKind.SECTION_HEAD, blocks(OPENING + SENTENCE + "\n\nOn the Border Question\n\n" + SENTENCE).get(2).kind());
    }

    @Test
    void takesALabelStandingAloneAsAHeadingButNotAnIntroduction() {
        assertEquals(BlockKind.SECTION_HEAD, blocks(OPENING + SENTENCE + "\n\nOur assessment:\n\n" + SENTENCE).get(2).kind());
        assertEquals(BlockKind.PARAGRAPH, blocks(OPENING + SENTENCE + "\n\nHe said the following:\n\n" + SENTENCE).get(2).kind());
    }

    @Test
    void takesSpeakerLabelsInRunningTextAsParagraphs() {
        List<Block> b = blocks(OPENING + SENTENCE + "\n\nRassendyll: We welcome the proposal and will study it.\n\n" + SENTENCE);
        assertEquals(BlockKind.PARAGRAPH, b.get(2).kind());
    }

    @Test
    void theFirstLineOfAWrappedParagraphUnderTheHeadingIsNoSubtitle() {
        // a page copy hard-wrapped: the next line ends the sentence inside it and goes on with another
        List<Block> b = blocks(OPENING + "Report on the events\n\nThe rising of the fourth of May was led by Lieutenant Colonel\n"
                + "Rudolf. Rudolf's men took the palace. The guard laid down its arms\nwithout a fight.");
        assertEquals(List.of(BlockKind.DATELINE, BlockKind.HEAD, BlockKind.PARAGRAPH), b.stream().map(Block::kind).toList());
        assertTrue(b.get(2).text().startsWith("The rising"), b.get(2).text());
        // a subtitle under the heading stays one, wrapped or not
        assertEquals(BlockKind.SUBHEAD, blocks(OPENING + "Report\n\non the Negotiations with the Trade Mission of the\n"
                + "Kingdom of Ruritania in Strelsau\n\n" + SENTENCE).get(2).kind());
    }

    @Test
    void readsTheOpeningLinesByTheirForm() {
        assertEquals(List.of(BlockKind.DATELINE, BlockKind.NOTE, BlockKind.ADDRESS, BlockKind.HEAD, BlockKind.SUBHEAD,
                BlockKind.LABELLED, BlockKind.SALUTE, BlockKind.PARAGRAPH), kinds(OPENING
                + "[stamp: received 9 May 1960]\n\nTo the Minister of Trade\nComrade Sapt\nStrelsau\n\n"
                + "Report\n\non the Negotiations with the Trade Mission\n\nSubject: grain\n\nDear Comrade Minister,\n\n"
                + SENTENCE));
    }

    @Test
    void readsTheClosingMatter() {
        List<Block> b = blocks(OPENING + "He promised an answer soon[1] and left for the harbour*.\n\n"
                + "With comradely greetings,\n\n[Signed] R. Rassendyll\nFirst Secretary\n\n"
                + "Copies:\n1 – Minister\n2 – file\n\n[1] The answer never came.\n* By car.");
        assertEquals(List.of(BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.SALUTE, BlockKind.SIGNATURE,
                BlockKind.DISTRIBUTION, BlockKind.FOOTNOTE, BlockKind.FOOTNOTE), b.stream().map(Block::kind).toList());
        assertEquals("[Signed] R. Rassendyll\nFirst Secretary", b.get(3).text());
        assertEquals(List.of(new Break(22, Break.Kind.LINE)), b.get(3).breaks());
        assertEquals(2, b.get(4).breaks().size());
        assertEquals("1", b.get(5).n());
        assertEquals("*", b.get(6).n());
    }

    @Test
    void anOfficeInSmallLettersUnderANameClosesTheDocumentAsASignature() {
        List<Block> b = blocks(OPENING + SENTENCE + "\n\nZendaszy\nchargé d'affaires");
        assertEquals(List.of(BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.SIGNATURE), b.stream().map(Block::kind).toList());
        assertEquals("Zendaszy\nchargé d'affaires", b.get(2).text());
        // a line in small letters that is no office stays running text
        assertEquals(List.of(BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
                kinds(OPENING + SENTENCE + "\n\nto be continued"));
    }

    @Test
    void aFigureInRoundBracketsGluedToAWordMarksAFootnote() {
        List<Block> b = blocks(OPENING + "The minister received the delegation in his office; the record was made by Cde. Hentzau(1) and filed.(2)\n\n(1) R. Hentzau, interpreter.\n\n(2) Not found.");
        assertEquals(List.of(BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.FOOTNOTE, BlockKind.FOOTNOTE),
                b.stream().map(Block::kind).toList());
        assertEquals("1", b.get(2).n());
        // unused round markers number a list as before
        assertEquals(BlockKind.LIST_ITEM, blocks(OPENING + SENTENCE + "\n\n(1) First point of the plan.\n(2) Second point.").get(2).kind());
        // a "[2]" anchor makes "[2] …" a footnote, not a list item "(2) …"
        List<Block> listed = blocks(OPENING + "The minister received the delegation in his office at noon.[2]\n\n(1) First point of the plan.\n\n(2) Second point of the plan.\n\n[2] Sent by courier.");
        assertEquals(List.of(BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.FOOTNOTE),
                listed.stream().map(Block::kind).toList());
    }

    @Test
    void needsTheFootnoteMarkerToBeUsedBeforeItsText() {
        List<Block> b = blocks(OPENING + SENTENCE + "\n\n[1] A note whose marker never appears in the text, so it is kept as written.");
        assertEquals(BlockKind.PARAGRAPH, b.get(2).kind());
    }

    @Test
    void dropsStrayChromeInsideTheBody() {
        List<Block> b = blocks(OPENING + SENTENCE + "\n\n• share document\n\n" + SENTENCE);
        assertEquals(3, b.size());
        assertTrue(b.stream().noneMatch(x -> x.text().contains("share document")));
    }

    @Test
    void keepsAnUnbalancedBracketHeadingAsText() {
        Block head = blocks(OPENING + SENTENCE + "\n\n[Oplique Relations Between Ruritania and Graustark\n\n" + SENTENCE).get(2);
        assertEquals(BlockKind.SECTION_HEAD, head.kind());
        assertEquals("[Oplique Relations Between Ruritania and Graustark", head.text());
    }

    @Test
    void handlesASingleVeryLongLine() {
        String line = "word ".repeat(2 << 20) + "end.";
        List<Block> b = blocks(line);
        assertEquals(1, b.size());
        assertEquals(line, b.get(0).text());
    }

    @Test
    void readsAHeadingThatNamesTheKindOfDocumentWhateverTheCaseOfTheNextWord() {
        assertEquals(List.of(BlockKind.HEAD, BlockKind.DATELINE, BlockKind.PARAGRAPH),
                kinds("Memorandum From the Trade Counselor to the Ambassador\n\nMay 4-5, 1960\n\n" + SENTENCE));
    }

    @Test
    void endsTheOpeningAtASentenceEndingInAnAbbreviatedTime() {
        assertEquals(List.of(BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
                kinds(OPENING + "The session on Friday, May 6, began at 9:15 a.m.\n\n" + SENTENCE));
    }

    @Test
    void endsTheOpeningAtALongLeadIn() {
        assertEquals(List.of(BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM),
                kinds(OPENING + "I submit the following report on my stay in 1960:\n\n1. Purpose. To study the files."));
    }
}
