package org.teikit.tei;

import org.teikit.annotate.AnnotatedText;
import org.teikit.annotate.Span;

/**
 * The annotation an element of the encoded TEI was made from: which text of the
 * {@link org.teikit.annotate.AnnotatedDocument} (the very object) and which span of it.
 */
public record SpanOrigin(AnnotatedText text, Span span) {

    /** The words the span covers ("UN", "[illegible]"). */
    public String surface() {
        return text.text().substring(span.start(), span.end());
    }
}
