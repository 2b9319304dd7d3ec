package org.teikit.tei;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;
import org.teikit.Integration;
import org.teikit.annotate.AnnotatedDocument;
import org.teikit.annotate.AnnotatedText;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.DateValue;
import org.teikit.annotate.EntityType;
import org.teikit.annotate.Mark;
import org.teikit.annotate.Register;
import org.teikit.annotate.RegisterEntry;
import org.teikit.annotate.RegisterId;
import org.teikit.annotate.Span;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.Block;
import org.teikit.source.BlockKind;
import org.teikit.source.Break;
import org.teikit.source.Citation;
import org.teikit.source.Field;
import org.teikit.source.Layout;
import org.teikit.source.Metadata;
import org.teikit.source.SourceText;

class TeiEncoderTest {
    private static final XPathContext NS = new XPathContext("t", "http://www.tei-c.org/ns/1.0");
    private static final Mark SMITH = new Mark.Mention(EntityType.PERSON, "pers-smith");
    private static final Mark LONDON = new Mark.Mention(EntityType.PLACE, "place-london");

    /** A small letter with one of each thing the encoder must lay out. */
    private final List<Block> blocks = new ArrayList<>();
    private final List<AnnotatedText> texts = new ArrayList<>();

    private void block(BlockKind kind, String text, String n, List<Break> breaks, Span... spans) {
        blocks.add(new Block(kind, text, 0, breaks, n));
        texts.add(new AnnotatedText(text, List.of(spans)));
    }

    private AnnotatedDocument letter() {
        blocks.clear();
        texts.clear();
        block(BlockKind.DATELINE, "Embassy in Ruritania\nLondon, 3 May 1961", null,
                List.of(new Break(20, Break.Kind.LINE)),
                new Span(21, 27, LONDON), new Span(29, 39, new Mark.Date(DateValue.when("1961-05-03"))));
        block(BlockKind.HEAD, "Memo", null, List.of());
        block(BlockKind.SUBHEAD, "On a talk with Smith", null, List.of(), new Span(15, 20, SMITH));
        block(BlockKind.PARAGRAPH, "Comrade Smith [female] said [that] the Kim II Sung visit [...] is off*.", null, List.of(),
                new Span(8, 13, SMITH),
                new Span(14, 22, new Mark.EditorialNote("remark")),
                new Span(28, 34, new Mark.Supplied()),
                new Span(39, 50, new Mark.Mention(EntityType.PERSON, "pers-kim-il-sung")),
                new Span(39, 50, new Mark.Sic("Kim Il Sung")),
                new Span(57, 62, new Mark.Gap("omitted")),
                new Span(69, 70, new Mark.FootnoteAnchor("*")));
        block(BlockKind.SECTION_HEAD, "I. Trade", null, List.of());
        block(BlockKind.PARAGRAPH, "We sold 300.000 metric tons last year between the North and South.", null,
                List.of(new Break(59, Break.Kind.PAGE)),
                new Span(8, 27, new Mark.Measure("300000", "t")),
                new Span(28, 37, new Mark.Date(DateValue.when("1960")), Certainty.MEDIUM));
        block(BlockKind.LIST_ITEM, "1. Frist [sic].", "1.", List.of(),
                new Span(3, 8, new Mark.Sic(null)), new Span(9, 14, new Mark.EditorialNote("sic")));
        block(BlockKind.LIST_ITEM, "2. Second.", "2.", List.of());
        block(BlockKind.SIGNATURE, "[Signed] Smith", null, List.of(),
                new Span(0, 8, new Mark.EditorialNote("signed")), new Span(9, 14, SMITH));
        block(BlockKind.DISTRIBUTION, "CC: 2 x London [stamp]", null, List.of(),
                new Span(8, 14, LONDON), new Span(15, 22, new Mark.EditorialNote("stamp")));
        block(BlockKind.FOOTNOTE, "* A later note.", "*", List.of());

        Citation citation = new Citation("\"Memo\", May 4, 1961, Example Archive, Ruritanian Archive (RA), Fond 1, 22. Translated by Ann Lee. https://example.org/document/42",
                "Memo", "May 4, 1961", "Example Archive", "Ruritanian Archive (RA)", "Fond 1", "22", "Ann Lee", null,
                "https://example.org/document/42");
        Metadata meta = new Metadata(Layout.ARCHIVE_EXPORT, new Field("May 4, 1961", 0), new Field("Memo from London", 0),
                citation, new Field("Smith reports.", 0), null, "Example Foundation", new Field("German", 0),
                new Field("Translation - English", 0), null, null, null);
        String source = String.join("\n\n", blocks.stream().map(Block::text).toList());
        ArchiveRecord record = new ArchiveRecord("wcda-42", SourceText.of("memo.txt", source), meta, blocks);
        Register register = new Register(List.of(
                new RegisterEntry(new RegisterId(EntityType.PERSON, "pers-smith"), "Smith", "John", "Smith", List.of(), List.of("Counselor"), null, null, false),
                new RegisterEntry(new RegisterId(EntityType.PERSON, "pers-kim-il-sung"), "Kim Il Sung", "Il Sung", "Kim", List.of("Kim II Sung"), List.of(), "https://www.wikidata.org/wiki/Q39464", null, true),
                new RegisterEntry(new RegisterId(EntityType.PLACE, "place-london"), "London", null, null, List.of(), List.of(), null, "city", false)));
        return new AnnotatedDocument(record, DateValue.when("1961-05-04"),
                new AnnotatedText("Memo from London", List.of(new Span(10, 16, LONDON))),
                AnnotatedText.plain("Memo"),
                new AnnotatedText("Smith reports.", List.of(new Span(0, 5, SMITH))),
                texts, register);
    }

    private static Document encode(AnnotatedDocument doc) {
        return new TeiEncoder("9.9").encode(doc);
    }

    private static List<String> values(Document d, String xpath) {
        Nodes n = d.query(xpath, NS);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) out.add(n.get(i).getValue());
        return out;
    }

    @Test
    void keepsEveryCharacterOfTheBodyInOrder() {
        AnnotatedDocument doc = letter();
        String source = String.join("", doc.body().stream().map(AnnotatedText::text).toList());
        assertEquals(DiplomaticText.nonWhitespace(source), DiplomaticText.nonWhitespace(DiplomaticText.ofBody(encode(doc))));
    }

    @Test
    void laysOutOpenerHeadingsSectionsAndCloser() {
        Document d = encode(letter());
        String div = "/t:TEI/t:text/t:body/t:div[@type='document']";
        assertEquals(List.of("Embassy in Ruritania\nLondon, 3 May 1961"), values(d, div + "/t:opener/t:dateline"));
        assertEquals(1, d.query(div + "/t:opener/t:dateline/t:lb", NS).size());
        assertEquals(List.of("Memo"), values(d, div + "/t:head[not(@type)]"));
        assertEquals(List.of("On a talk with Smith"), values(d, div + "/t:head[@type='sub']"));
        assertEquals(List.of("I. Trade"), values(d, div + "/t:div[@type='section']/t:head"));
        assertEquals(List.of("1. Frist sic.", "2. Second."), values(d, div + "/t:div[@type='section']/t:list/t:item"));
        assertEquals(List.of("Signed Smith"), values(d, div + "/t:closer/t:signed"));
        assertEquals(List.of("CC: 2 x London stamp"), values(d, div + "/t:note[@type='distribution']"));
        assertEquals(List.of("London"), values(d, div + "/t:note[@type='distribution']/t:placeName"));
        assertEquals(List.of("South."), values(d, div + "//t:p/t:pb/following-sibling::text()").stream().map(String::strip).toList());
    }

    @Test
    void turnsEditorialBracketsIntoMarkup() {
        Document d = encode(letter());
        assertEquals(List.of("that"), values(d, "//t:body//t:supplied[@rend='brackets']"));
        assertEquals(List.of("female"), values(d, "//t:body//t:p/t:note[@type='editorial'][@rend='brackets']"));
        assertEquals(List.of("..."), values(d, "//t:body//t:gap[@reason='omitted'][@rend='brackets']/t:desc"));
        assertEquals(List.of("Kim II Sung"), values(d, "//t:persName[@ref='#pers-kim-il-sung']/t:choice/t:sic"));
        assertEquals(List.of("Kim Il Sung"), values(d, "//t:persName[@ref='#pers-kim-il-sung']/t:choice/t:corr"));
        assertEquals(List.of("Frist"), values(d, "//t:item/t:sic[not(parent::t:choice)]"));
        // No note inside a note: the stamp inside the distribution note is a seg.
        assertEquals(List.of("stamp"), values(d, "//t:note[@type='distribution']/t:seg[@type='editorial']"));
    }

    @Test
    void linksFootnoteAnchorsBothWays() {
        Document d = encode(letter());
        Element anchor = (Element) d.query("//t:ref[@type='noteAnchor']", NS).get(0);
        Element note = (Element) d.query("//t:note[@type='footnote']", NS).get(0);
        assertEquals("*", anchor.getValue());
        assertEquals("#" + note.getAttributeValue("id", "http://www.w3.org/XML/1998/namespace"), anchor.getAttributeValue("target"));
        assertEquals("#" + anchor.getAttributeValue("id", "http://www.w3.org/XML/1998/namespace"), note.getAttributeValue("target"));
        assertEquals("*", note.getAttributeValue("n"));
    }

    @Test
    void marksMachineMarkupAndJudgements() {
        Document d = encode(letter());
        assertEquals(List.of("1960"), values(d, "//t:date[@cert='medium'][@resp='#teikit']/@when"));
        assertEquals(List.of("300000 t"), List.of(String.join(" ", values(d, "//t:measure/@quantity | //t:measure/@unit"))));
        assertTrue(values(d, "//t:persName[@ref]/@resp").stream().allMatch("#teikit"::equals));
    }

    @Test
    void buildsTheHeaderFromTheMetadata() {
        Document d = encode(letter());
        String h = "/t:TEI/t:teiHeader";
        assertEquals(List.of("Memo from London"), values(d, h + "/t:fileDesc/t:titleStmt/t:title"));
        assertEquals(List.of("#place-london"), values(d, h + "/t:fileDesc/t:titleStmt/t:title/t:placeName/@ref"));
        assertEquals(List.of("Example Foundation"), values(d, h + "//t:funder"));
        assertEquals(List.of("Ruritanian Archive (RA)"), values(d, h + "//t:msIdentifier/t:repository"));
        assertEquals(List.of("1961-05-04"), values(d, h + "/t:profileDesc/t:creation/t:date/@when"));
        assertEquals(List.of("en", "de"), values(d, h + "//t:langUsage/t:language/@ident"));
        assertEquals(List.of("Smith reports."), values(d, h + "/t:profileDesc/t:abstract/t:p"));
    }

    @Test
    void writesTheRegisterAsStandOff() {
        Document d = encode(letter());
        assertEquals(List.of("pers-smith", "pers-kim-il-sung"), values(d, "//t:standOff/t:listPerson/t:person/@xml:id"));
        assertEquals(List.of("Counselor"), values(d, "//t:person[@xml:id='pers-smith']/t:occupation"));
        assertEquals(List.of("Kim II Sung"), values(d, "//t:person[@xml:id='pers-kim-il-sung']/t:persName[@type='variant']"));
        assertEquals(List.of("city"), values(d, "//t:place/@type"));
        assertEquals(List.of("John Smith"), values(d, "//t:person[@xml:id='pers-smith']/t:persName"));
        assertEquals(List.of("Kim Il Sung"), values(d, "//t:person[@xml:id='pers-kim-il-sung']/t:persName[not(@type)]"));
        assertEquals(List.of("Kim"), values(d, "//t:person[@xml:id='pers-kim-il-sung']/t:persName/t:surname"));
    }

    @Test
    void givesTheSameBytesEveryTime() {
        assertArrayEquals(TeiSerializer.toBytes(encode(letter())), TeiSerializer.toBytes(encode(letter())));
    }

    @Integration
    @Test
    void putsTextAfterTheCloserInAValidPostscript() throws Exception {
        AnnotatedDocument base = letter();
        List<Block> more = new ArrayList<>(base.record().body());
        List<AnnotatedText> moreTexts = new ArrayList<>(base.body());
        more.add(new Block(BlockKind.PARAGRAPH, "P.S. The harvest was late.", 0));
        moreTexts.add(AnnotatedText.plain("P.S. The harvest was late."));
        ArchiveRecord r = base.record();
        AnnotatedDocument doc = new AnnotatedDocument(new ArchiveRecord(r.id(), r.source(), r.metadata(), more),
                base.documentDate(), base.title(), base.citationTitle(), base.summary(), moreTexts, base.register());
        Document d = encode(doc);
        assertEquals(List.of("P.S. The harvest was late."), values(d, "//t:div[@type='document']/t:postscript/t:p"));
        assertEquals("", TeiAllGrammar.errors(TeiSerializer.toBytes(d)));
    }

    @Integration
    @Test
    void isValidAgainstTheOfficialTeiSchema() throws Exception {
        byte[] xml = TeiSerializer.toBytes(encode(letter()));
        assertEquals("", TeiAllGrammar.errors(xml), new String(xml, StandardCharsets.UTF_8));
    }

    /** The blocks alone as a document with no header worth the name and no markup. */
    private static Document bare(Block... blocks) {
        List<AnnotatedText> plain = new ArrayList<>();
        for (Block b : blocks) plain.add(AnnotatedText.plain(b.text()));
        String source = String.join("\n\n", java.util.Arrays.stream(blocks).map(Block::text).toList());
        ArchiveRecord record = new ArchiveRecord("bare", SourceText.of("bare.txt", source), Metadata.none(), List.of(blocks));
        return encode(new AnnotatedDocument(record, null, null, null, null, plain, new Register(List.of())));
    }

    private static void assertValidForTeikit(Document d) {
        var report = org.teikit.validate.TeikitValidation.teikit().validate(d, "bare.xml");
        assertTrue(report.isValid(), String.join("\n", report.textLines()) + "\n" + d.toXML());
    }

    @Test
    void aTextWithoutRunningTextHasItsLastBlockAsAParagraph() {
        Document d = bare(new Block(BlockKind.HEAD, "Note", 0), new Block(BlockKind.DATELINE, "Hi Berlin", 6));
        assertEquals(List.of("Note"), values(d, "//t:div[@type='document']/t:head"));
        assertEquals(List.of("Hi Berlin"), values(d, "//t:div[@type='document']/t:p"));
        assertValidForTeikit(d);
    }

    @Test
    void aSignatureBeforeAnyRunningTextIsAParagraph() {
        Document d = bare(new Block(BlockKind.SIGNATURE, "[Signed] Sapt", 0), new Block(BlockKind.PARAGRAPH, "It rained.", 15));
        assertEquals(List.of("[Signed] Sapt", "It rained."), values(d, "//t:div[@type='document']/t:p"));
        assertEquals(0, d.query("//t:closer", NS).size());
        assertValidForTeikit(d);
    }

    @Test
    void footnotesAloneKeepTheirNoteAndTheTextBeforeThemBecomesAParagraph() {
        Document d = bare(new Block(BlockKind.ADDRESS, "To the Minister", 0),
                new Block(BlockKind.FOOTNOTE, "1 A note.", 17, List.of(), "1"));
        assertEquals(List.of("To the Minister"), values(d, "//t:div[@type='document']/t:p"));
        assertEquals(List.of("1 A note."), values(d, "//t:note[@type='footnote']"));
        assertValidForTeikit(d);
    }

    @Test
    void aLoneFootnoteIsAParagraph() {
        Document d = bare(new Block(BlockKind.FOOTNOTE, "1 A note.", 0, List.of(), "1"));
        assertEquals(List.of("1 A note."), values(d, "//t:div[@type='document']/t:p"));
        assertValidForTeikit(d);
    }
}
