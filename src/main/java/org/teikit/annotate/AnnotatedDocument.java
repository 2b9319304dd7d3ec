package org.teikit.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.Block;
import org.teikit.source.Metadata;

/**
 * A record with every text annotated. Header texts are {@code null} where the record has no
 * such field; {@code body} runs parallel to {@link ArchiveRecord#body()}.
 *
 * @param record        what was annotated
 * @param documentDate  the document's own date (from the date line, else the body's dateline), or {@code null}
 * @param title         the archive title
 * @param citationTitle the title inside the citation
 * @param summary       the summary
 * @param body          one annotated text per body block
 * @param register      every entity the mentions point at
 */
public record AnnotatedDocument(
        ArchiveRecord record,
        @Nullable DateValue documentDate,
        @Nullable AnnotatedText title,
        @Nullable AnnotatedText citationTitle,
        @Nullable AnnotatedText summary,
        List<AnnotatedText> body,
        Register register) {

    public AnnotatedDocument {
        body = List.copyOf(body);
        if (body.size() != record.body().size()) {
            throw new IllegalArgumentException("one annotated text per body block");
        }
    }

    /**
     * The record's structure and header texts without any markup: no names, dates, measures or
     * editorial marks, no register, no document date.
     */
    public static AnnotatedDocument structureOnly(ArchiveRecord r) {
        List<AnnotatedText> body = new ArrayList<>();
        for (Block b : r.body()) body.add(AnnotatedText.plain(b.text()));
        Metadata m = r.metadata();
        return new AnnotatedDocument(r, null,
                m.title() == null ? null : AnnotatedText.plain(m.title().text()),
                m.citation() == null || m.citation().title() == null ? null : AnnotatedText.plain(m.citation().title()),
                m.summary() == null ? null : AnnotatedText.plain(m.summary().text()),
                body, new Register(List.of()));
    }

    /** Whether any text carries a span or the register an entry. */
    public boolean hasMarkup() {
        return !register.entries().isEmpty() || texts().stream().anyMatch(t -> !t.spans().isEmpty());
    }

    /** Every annotated text: the header's that are present, then the body's. */
    public List<AnnotatedText> texts() {
        List<AnnotatedText> out = new ArrayList<>();
        for (AnnotatedText t : new AnnotatedText[] {title, citationTitle, summary}) {
            if (t != null) out.add(t);
        }
        out.addAll(body);
        return out;
    }

    /**
     * This document without the spans {@code drop} picks (it is given each text and span; texts are
     * told apart by identity), and without the register entries no mention is left for. Spans that
     * nested still nest, so what remains is a document the encoder can write.
     */
    public AnnotatedDocument without(BiPredicate<AnnotatedText, Span> drop) {
        List<AnnotatedText> newBody = new ArrayList<>();
        for (AnnotatedText t : body) newBody.add(without(t, drop));
        AnnotatedText newTitle = without(title, drop);
        AnnotatedText newCitationTitle = without(citationTitle, drop);
        AnnotatedText newSummary = without(summary, drop);
        List<AnnotatedText> all = new ArrayList<>(newBody);
        for (AnnotatedText t : new AnnotatedText[] {newTitle, newCitationTitle, newSummary}) {
            if (t != null) all.add(t);
        }
        return new AnnotatedDocument(record, documentDate, newTitle, newCitationTitle, newSummary, newBody,
                register.mentionedIn(all));
    }

    private static @Nullable AnnotatedText without(AnnotatedText t, BiPredicate<AnnotatedText, Span> drop) {
        if (t == null) return null;
        List<Span> kept = t.spans().stream().filter(s -> !drop.test(t, s)).toList();
        return kept.size() == t.spans().size() ? t : new AnnotatedText(t.text(), kept);
    }
}
