package org.teikit.annotate;

import java.util.List;
import org.teikit.source.ArchiveRecord;

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
        DateValue documentDate,
        AnnotatedText title,
        AnnotatedText citationTitle,
        AnnotatedText summary,
        List<AnnotatedText> body,
        Register register) {

    public AnnotatedDocument {
        body = List.copyOf(body);
        if (body.size() != record.body().size()) {
            throw new IllegalArgumentException("one annotated text per body block");
        }
    }
}
