package org.teikit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TeikitBug;
import org.teikit.Version;
import org.teikit.annotate.AnnotatedDocument;
import org.teikit.annotate.AnnotatedText;
import org.teikit.annotate.DateValue;
import org.teikit.annotate.DocumentAnnotator;
import org.teikit.annotate.EntityType;
import org.teikit.annotate.Mark;
import org.teikit.annotate.Recogniser;
import org.teikit.annotate.Span;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.Block;
import org.teikit.source.SourceReader;
import org.teikit.tei.DiplomaticText;
import org.teikit.tei.TeiEncoder;
import org.teikit.validate.Report;
import org.teikit.validate.TeikitValidation;

/**
 * Degrade, never drop: a recogniser's wrong guess costs only that guess. The document is still
 * written, valid against teikit's schema and rules, with a warning naming what was left out.
 */
class DegradeNeverDropTest {
    private static final String NOTE = """
            Embassy of Ruritania
            Political Department
            Strelsau, 3 May 1961

            Note

            Comrade Rassendyll informed the Embassy that the UN would send observers in June 1961.

            [Signed] Sapt Attache
            """;
    private static final DocumentAnnotator ANNOTATOR = new DocumentAnnotator();

    @TempDir
    Path dir;

    private Path note() throws IOException {
        return Files.writeString(dir.resolve("note.txt"), NOTE, StandardCharsets.UTF_8);
    }

    private static TextToTei pipeline(Function<ArchiveRecord, AnnotatedDocument> annotator) {
        return new TextToTei(SourceReader.auto(), annotator, new TeiEncoder(Version.get()), TextToTei.SelfCheck::teikit);
    }

    /** An annotation stage that takes the organisation "UN" for a place: a place mention no register entry answers. */
    private static AnnotatedDocument unAsAPlace(ArchiveRecord record) {
        AnnotatedDocument real = ANNOTATOR.annotate(record);
        List<AnnotatedText> body = new ArrayList<>();
        for (AnnotatedText t : real.body()) {
            body.add(new AnnotatedText(t.text(), t.spans().stream().map(s ->
                    s.mark() instanceof Mark.Mention m && m.entryId().equals("org-un")
                            ? new Span(s.start(), s.end(), new Mark.Mention(EntityType.PLACE, "place-un"), s.cert()) : s).toList()));
        }
        return new AnnotatedDocument(record, real.documentDate(), real.title(), real.citationTitle(), real.summary(), body,
                real.register());
    }

    /** A recogniser that reads "observers" as a date it cannot be: month 13. */
    private static final Recogniser IMPOSSIBLE_DATES = (text, context) -> {
        List<Span> out = new ArrayList<>();
        Matcher m = Pattern.compile("observers").matcher(text);
        while (m.find()) out.add(new Span(m.start(), m.end(), new Mark.Date(DateValue.when("1961-13-45"))));
        return out;
    };

    @Test
    void anOrganisationTakenForAPlaceCostsOnlyThatMention() throws IOException {
        TextToTei.Encoded e = pipeline(DegradeNeverDropTest::unAsAPlace).encode(note());
        assertValidAndLossless(e);
        String tei = e.bytes().decode(StandardCharsets.UTF_8);
        assertEquals(List.of("warning: left out the place name \"UN\" (#place-un) in the paragraph at line 7: teikit's rules"
                + " rejected it: @ref=\"#place-un\" points at #place-un, but no element in this file has xml:id=\"place-un\""
                + " [pointer-unresolved]"), e.warnings());
        assertFalse(tei.contains("#place-un"), tei);
        assertTrue(tei.contains("<persName ref=\"#pers-rassendyll\""), "the other names stay: " + tei);
        assertTrue(tei.contains("<date when=\"1961-06\""), "the dates stay: " + tei);
    }

    @Test
    void anImpossibleDateFromARecogniserCostsOnlyThatDate() throws IOException {
        TextToTei.Encoded e = pipeline(new DocumentAnnotator(List.of(), List.of(IMPOSSIBLE_DATES))::annotate).encode(note());
        assertValidAndLossless(e);
        String tei = e.bytes().decode(StandardCharsets.UTF_8);
        assertEquals(1, e.warnings().size(), e.warnings().toString());
        assertTrue(e.warnings().get(0).startsWith("warning: left out the date \"observers\" in the paragraph at line 7:"
                + " teikit's rules rejected it: @when=\"1961-13-45\""), e.warnings().get(0));
        assertTrue(e.warnings().get(0).endsWith("[date-invalid]"), e.warnings().get(0));
        assertFalse(tei.contains("1961-13-45"), tei);
        assertTrue(tei.contains("<date when=\"1961-06\""), "the other dates stay: " + tei);
        assertTrue(tei.contains("<orgName ref=\"#org-un\""), tei);
    }

    @Test
    void whenLeavingOutTheAnnotationIsNotEnoughItsWholeLayerGoes() throws IOException {
        // a check that shows one bad date at a time: dropping the first only reveals the next
        TextToTei.Encoded e = new TextToTei(SourceReader.auto(), ANNOTATOR::annotate, new TeiEncoder(Version.get()),
                FirstElementRejected.inBody("date")).encode(note());
        assertValidAndLossless(e);
        String tei = e.bytes().decode(StandardCharsets.UTF_8);
        assertEquals(List.of("warning: left out all dates: leaving out the date \"3 May 1961\" in the dateline at line 3"
                + " alone was not enough; teikit's rules rejected it: no date wanted here [test-no-date]"), e.warnings());
        assertFalse(tei.contains("<date when=\"1961-06"), tei);
        assertTrue(tei.contains("<persName ref=\"#pers-rassendyll\""), "other layers stay: " + tei);
        assertTrue(tei.contains("<orgName ref=\"#org-un\""), "other layers stay: " + tei);
    }

    @Test
    void whenNoLayerCanBeBlamedOnlyTheStructureIsWritten() throws IOException {
        TextToTei.Encoded e = new TextToTei(SourceReader.auto(), ANNOTATOR::annotate, new TeiEncoder(Version.get()),
                FirstElementRejected.inBody("persName", "orgName", "date")).encode(note());
        assertValidAndLossless(e);
        String tei = e.bytes().decode(StandardCharsets.UTF_8);
        assertEquals(1, e.warnings().size(), e.warnings().toString());
        assertTrue(e.warnings().get(0).startsWith("warning: wrote header and structure only, without names, dates and"
                + " editorial marks: teikit's checks rejected the document with them:"), e.warnings().get(0));
        assertFalse(tei.contains("resp=\"#teikit\">"), "no machine markup is left in the text: " + tei);
        assertFalse(tei.contains("<standOff"), tei);
    }

    @Test
    void aDocumentNotEvenItsStructureCanMakeValidIsRefusedNotWrittenAsIfFine() throws IOException {
        Path in = note();
        TextToTei never = new TextToTei(SourceReader.auto(), ANNOTATOR::annotate, new TeiEncoder(Version.get()),
                FirstElementRejected.always());
        TeikitBug e = assertThrows(TeikitBug.class, () -> never.encode(in));
        assertTrue(e.oneLine().contains("nothing was written"), e.oneLine());
        assertTrue(e.oneLine().startsWith(in + ": error: teikit produced TEI that fails its own schema"), e.oneLine());
    }

    @Test
    void aRecogniserThatFailsOutrightCostsTheMarkupNotTheDocument() throws IOException {
        Recogniser crashing = (text, context) -> {
            throw new IllegalStateException("no reading of " + text.length() + " characters");
        };
        TextToTei.Encoded e = pipeline(new DocumentAnnotator(List.of(), List.of(crashing))::annotate).encode(note());
        assertValidAndLossless(e);
        assertEquals(1, e.warnings().size(), e.warnings().toString());
        assertTrue(e.warnings().get(0).startsWith("warning: wrote header and structure only, without names, dates and"
                + " editorial marks: the recognisers failed on this document (java.lang.IllegalStateException: no reading of"),
                e.warnings().get(0));
        assertFalse(e.bytes().decode(StandardCharsets.UTF_8).contains("<standOff"));
    }

    @Test
    void aDegradedDocumentIsTheSameBytesEveryRun() throws IOException {
        Path in = note();
        TextToTei.Encoded first = pipeline(DegradeNeverDropTest::unAsAPlace).encode(in);
        TextToTei.Encoded again = pipeline(DegradeNeverDropTest::unAsAPlace).encode(in);
        assertEquals(first.bytes(), again.bytes());
        assertEquals(first.warnings(), again.warnings());
        // the bytes compare by content, so an Encoded of the same document and bytes is equal
        assertEquals(first, new TextToTei.Encoded(first.record(), first.document(), again.bytes(), again.warnings()));
        TextToTei.Encoded layered = new TextToTei(SourceReader.auto(), ANNOTATOR::annotate, new TeiEncoder(Version.get()),
                FirstElementRejected.inBody("date")).encode(in);
        assertEquals(layered.bytes(), new TextToTei(SourceReader.auto(), ANNOTATOR::annotate, new TeiEncoder(Version.get()),
                FirstElementRejected.inBody("date")).encode(in).bytes());
    }

    static void assertValidAndLossless(TextToTei.Encoded encoded) {
        String text = encoded.bytes().decode(StandardCharsets.UTF_8);
        Report report = TeikitValidation.teikit().validate(text, "encoded.xml");
        assertTrue(report.isValid(), () -> String.join("\n", report.textLines()));
        StringBuilder body = new StringBuilder();
        for (Block b : encoded.record().body()) body.append(b.text());
        assertEquals(DiplomaticText.nonWhitespace(body), DiplomaticText.nonWhitespace(DiplomaticText.ofBody(encoded.document())));
    }
}
