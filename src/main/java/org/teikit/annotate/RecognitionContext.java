package org.teikit.annotate;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a recogniser may know about the document beyond the text it reads.
 *
 * @param documentDate    the document's own date, used to infer the year of "4 March" and to resolve
 *                        "last year"; {@code null} when unknown (such dates then stay without a year, or are skipped)
 * @param footnoteMarkers the markers of the footnote texts the document has ("1", "*"): a "[1]" or "*"
 *                        in the text is a footnote anchor only where a footnote with that marker exists
 */
public record RecognitionContext(@Nullable DateValue documentDate, Set<String> footnoteMarkers) {

    public RecognitionContext {
        footnoteMarkers = Set.copyOf(footnoteMarkers);
    }

    /** No document date, no footnotes. */
    public static RecognitionContext none() {
        return new RecognitionContext(null, Set.of());
    }

    public static RecognitionContext dated(DateValue documentDate) {
        return new RecognitionContext(documentDate, Set.of());
    }

    public RecognitionContext withFootnoteMarkers(Set<String> markers) {
        return new RecognitionContext(documentDate, markers);
    }
}
