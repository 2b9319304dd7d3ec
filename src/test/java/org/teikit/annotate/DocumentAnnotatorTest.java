package org.teikit.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.Block;
import org.teikit.source.BlockKind;
import org.teikit.source.Citation;
import org.teikit.source.Field;
import org.teikit.source.Layout;
import org.teikit.source.Metadata;
import org.teikit.source.SourceText;

class DocumentAnnotatorTest {
    private static final DocumentAnnotator ANNOTATOR = new DocumentAnnotator();

    private static ArchiveRecord record(String title, Block... body) {
        Metadata m = new Metadata(Layout.ARCHIVE_EXPORT, new Field("March 4, 1971", 0), title == null ? null : new Field(title, 20),
                null, null, null, null, null, null, null, null, null);
        return new ArchiveRecord("doc", SourceText.of("doc.txt", ""), m, List.of(body));
    }

    private static List<String> marks(AnnotatedText t) {
        List<String> out = new ArrayList<>();
        for (Span s : t.spans()) out.add(t.text().substring(s.start(), s.end()) + ":" + s.mark().getClass().getSimpleName());
        return out;
    }

    @Test
    void headerAndBodyShareOneRegisterEntryPerPerson() {
        AnnotatedDocument d = ANNOTATOR.annotate(record("Note on a Conversation with Comrade Varga",
                new Block(BlockKind.PARAGRAPH, "On 2 March Comrade Varga visited Warsaw.", 0),
                new Block(BlockKind.PARAGRAPH, "Varga then left.", 50)));
        assertEquals(1, d.register().of(EntityType.PERSON).size());
        assertEquals("pers-varga", d.register().of(EntityType.PERSON).get(0).id().value());
        assertTrue(marks(d.title()).contains("Varga:Mention"));
        assertEquals(List.of("2 March:Date", "Varga:Mention", "Warsaw:Mention"), marks(d.body().get(0)));
        assertEquals(List.of("Varga:Mention"), marks(d.body().get(1)));
    }

    @Test
    void documentDateComesFromTheHeaderDateLine() {
        AnnotatedDocument d = ANNOTATOR.annotate(record(null, new Block(BlockKind.PARAGRAPH, "Nothing happened.", 0)));
        assertEquals(DateValue.when("1971-03-04"), d.documentDate());
        assertNull(d.title());
    }

    @Test
    void editorsBracketInsideANameNestsInIt() {
        AnnotatedDocument d = ANNOTATOR.annotate(record(null,
                new Block(BlockKind.PARAGRAPH, "The letter of Comrade [Kurt] Lamprecht arrived.", 0)));
        assertEquals(List.of("[Kurt] Lamprecht:Mention", "[Kurt]:Supplied"), marks(d.body().get(0)));
    }

    @Test
    void bracketedVariantIsSuppliedInsideTheMention() {
        AnnotatedDocument d = ANNOTATOR.annotate(record(null,
                new Block(BlockKind.PARAGRAPH, "Comrade Ko Yeong-sik [Ko Yong Sik] spoke.", 0)));
        assertEquals(List.of("Ko Yeong-sik [Ko Yong Sik]:Mention", "[Ko Yong Sik]:Supplied"), marks(d.body().get(0)));
    }

    @Test
    void theCitationsDateIsTheDocumentDateWhereNoDateLineIsPrinted() {
        Citation c = new Citation("\"Telegram,\" October 12, 1971, Some Archive.", "Telegram", "October 12, 1971",
                null, null, null, null, null, null, null);
        Metadata m = new Metadata(Layout.ARCHIVE_EXPORT, null, null, c, null, null, null, null, null, null, null, null);
        AnnotatedDocument d = ANNOTATOR.annotate(new ArchiveRecord("doc", SourceText.of("doc.txt", ""), m,
                List.of(new Block(BlockKind.PARAGRAPH, "On October 10, at noon, the delegation left.", 0))));
        assertEquals(DateValue.when("1971-10-12"), d.documentDate());
        assertEquals(List.of("October 10:Date"), marks(d.body().get(0)));
    }

    @Test
    void footnoteMarkersReachTheRecognisers() {
        AnnotatedDocument d = ANNOTATOR.annotate(record(null,
                new Block(BlockKind.PARAGRAPH, "He met Choe Ha-rim[1] in Moscow.", 0),
                new Block(BlockKind.FOOTNOTE, "[1] Choe Ha-rim, a deputy minister.", 40, List.of(), "1")));
        List<String> m = marks(d.body().get(0));
        assertTrue(m.contains("[1]:FootnoteAnchor"), m.toString());
        assertTrue(m.contains("Choe Ha-rim:Mention"), m.toString());
        assertEquals(1, d.register().of(EntityType.PERSON).size());
    }

    @Test
    void oneAnnotatorServesManyThreadsWithTheSameResult() throws Exception {
        ArchiveRecord r = record("Conversation with Comrade Varga in Warsaw",
                new Block(BlockKind.PARAGRAPH, "On 2 March Comrade Varga, Deputy Head of the Trade Department, met Kim Il Sung.", 0),
                new Block(BlockKind.PARAGRAPH, "Varga thanked the GDR Embassy in the USSR.", 90));
        AnnotatedDocument expected = ANNOTATOR.annotate(r);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<AnnotatedDocument>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) runs.add(pool.submit(() -> ANNOTATOR.annotate(r)));
            for (java.util.concurrent.Future<AnnotatedDocument> run : runs) {
                AnnotatedDocument d = run.get();
                assertEquals(expected.body(), d.body());
                assertEquals(expected.register(), d.register());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aMonthTakesTheYearAnEarlierBlockGaveIt() {
        AnnotatedDocument d = ANNOTATOR.annotate(record(null,
                new Block(BlockKind.PARAGRAPH, "The war of December 1969 is over.", 0),
                new Block(BlockKind.PARAGRAPH, "Fighting had resumed in December.", 40)));
        Span december = d.body().get(1).spans().stream().filter(s -> s.mark() instanceof Mark.Date).findFirst().orElseThrow();
        assertEquals(DateValue.when("1969-12"), ((Mark.Date) december.mark()).value());
        assertEquals(Certainty.MEDIUM, december.cert());
    }

    @Test
    void anUndatedDocumentGivesAYearlessDayNoValue() {
        Metadata undated = new Metadata(Layout.ARCHIVE_EXPORT, null, null, null, null, null, null, null, null, null, null, null);
        AnnotatedDocument d = ANNOTATOR.annotate(new ArchiveRecord("doc", SourceText.of("doc.txt", ""), undated,
                List.of(new Block(BlockKind.PARAGRAPH, "On 7 March they met, as in May 1969.", 0))));
        assertEquals(List.of("May 1969:Date"), marks(d.body().get(0)));
    }
}
