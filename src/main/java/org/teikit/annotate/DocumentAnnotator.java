package org.teikit.annotate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.date.DateRecogniser;
import org.teikit.annotate.editorial.EditorialRecogniser;
import org.teikit.annotate.editorial.OcrSlipRecogniser;
import org.teikit.annotate.entity.AuthorityFile;
import org.teikit.annotate.entity.DocumentEntities;
import org.teikit.annotate.entity.EntityRecogniser;
import org.teikit.annotate.entity.KnownEntity;
import org.teikit.annotate.measure.MeasureRecogniser;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.Block;
import org.teikit.source.BlockKind;
import org.teikit.source.Citation;
import org.teikit.source.Field;

/**
 * Annotates a whole record: dates, quantities, editorial brackets, persons, places and
 * organisations in every header text (title, citation title, summary) and every body block, made
 * to nest by the {@link SpanResolver}, with the document's register. Built once (word lists,
 * gazetteer and the user's authority files are loaded by the constructor), immutable and safe to
 * share between threads.
 */
public final class DocumentAnnotator {
    private final DateRecogniser dates = new DateRecogniser();
    private final List<Recogniser> perText;
    private final EntityRecogniser entities;
    private final SpanResolver resolver = new SpanResolver();

    /** With the built-in data only. */
    public DocumentAnnotator() {
        this(List.of());
    }

    /** With the user's registers, whose entries win over the built-in data and every guess. */
    public DocumentAnnotator(List<KnownEntity> authority) {
        this(authority, List.of());
    }

    /** With the user's registers and recognisers of one's own, run after the built-in ones on every text. */
    public DocumentAnnotator(List<KnownEntity> authority, List<Recogniser> more) {
        this.entities = new EntityRecogniser(authority);
        List<Recogniser> all = new ArrayList<>(List.of(dates, new MeasureRecogniser(), new EditorialRecogniser(),
                new OcrSlipRecogniser()));
        all.addAll(more);
        this.perText = List.copyOf(all);
    }

    /**
     * With the registers in {@code authorityFiles} (TSV, CSV or TEI; see {@link AuthorityFile}).
     *
     * @throws org.teikit.InputException naming the file and line where a register is unusable
     */
    public static DocumentAnnotator withAuthorities(List<Path> authorityFiles) {
        return new DocumentAnnotator(AuthorityFile.readAll(authorityFiles));
    }

    public AnnotatedDocument annotate(ArchiveRecord record) {
        DateValue documentDate = documentDate(record);
        RecognitionContext context = new RecognitionContext(documentDate, footnoteMarkers(record));
        List<String> header = new ArrayList<>();
        header.add(text(record.metadata().title()));
        header.add(record.metadata().citation() == null ? null : record.metadata().citation().title());
        header.add(text(record.metadata().summary()));
        List<EntityRecogniser.Input> inputs = new ArrayList<>();
        for (String h : header) inputs.add(new EntityRecogniser.Input(h == null ? "" : h, null));
        for (Block b : record.body()) inputs.add(new EntityRecogniser.Input(b.text(), b.kind()));
        DocumentEntities found = entities.recognise(inputs);

        List<Recogniser.DocumentReader> readers = perText.stream().map(r -> r.reader(context)).toList();
        List<AnnotatedText> texts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String text = inputs.get(i).text();
            List<Span> spans = new ArrayList<>(found.spans().get(i));
            for (Recogniser.DocumentReader r : readers) {
                for (Span s : r.find(text, inputs.get(i).kind())) spans.add(asVariant(s, found.variantBrackets().get(i)));
            }
            texts.add(resolver.annotate(text, spans));
        }
        // the register without entries whose every mention the resolver had to drop
        Register register = found.register().mentionedIn(texts);
        return new AnnotatedDocument(record, documentDate,
                header.get(0) == null ? null : texts.get(0),
                header.get(1) == null ? null : texts.get(1),
                header.get(2) == null ? null : texts.get(2),
                texts.subList(header.size(), texts.size()), register);
    }

    /**
     * The header date line's date, else the citation's (a page version without a date line still
     * cites the document with its date), else the first date of a dateline in the body.
     */
    private DateValue documentDate(ArchiveRecord record) {
        Field line = record.metadata().date();
        Optional<DateValue> date = line == null ? Optional.empty() : dates.parseDocumentDate(line.text());
        var citation = record.metadata().citation();
        if (date.isEmpty() && citation != null && citation.date() != null) date = dates.parseDocumentDate(citation.date());
        for (Block b : record.body()) {
            if (date.isPresent()) break;
            if (b.kind() == BlockKind.DATELINE) date = dates.parseDocumentDate(b.text());
        }
        return date.orElse(null);
    }

    private static Set<String> footnoteMarkers(ArchiveRecord record) {
        Set<String> markers = new HashSet<>();
        for (Block b : record.body()) {
            if (b.kind() == BlockKind.FOOTNOTE && b.n() != null) markers.add(b.n());
        }
        return markers;
    }

    /**
     * {@code s}, or a supplied span where it is a remark over a bracket that the entity side reads
     * as another spelling of a name ("Guseong [Kusong]"): the editor supplied that spelling, and it
     * nests inside the mention of the name.
     */
    private static Span asVariant(Span s, List<DocumentEntities.VariantBracket> brackets) {
        boolean variant = s.mark() instanceof Mark.EditorialNote && brackets.stream().anyMatch(b -> b.covers(s));
        return variant ? new Span(s.start(), s.end(), new Mark.Supplied(), s.cert()) : s;
    }

    private static @Nullable String text(Field f) {
        return f == null ? null : f.text();
    }
}
