package org.teikit.annotate;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teikit.source.BlockKind;

/**
 * Finds one kind of thing in one text: dates, measures, editorial brackets, names. Implementations
 * are immutable, built once and shared between threads; their patterns and word lists are data.
 * Spans from several recognisers may overlap or cross: {@link SpanResolver} makes them nest.
 */
public interface Recogniser {

    /**
     * The spans found in {@code text}, in any order.
     *
     * @param text    one block of text (a paragraph, a header field)
     * @param context what the recogniser may need to know about the document the text comes from
     */
    List<Span> find(String text, RecognitionContext context);

    /**
     * A reader for the texts of one document, to be given them in document order, so that what one
     * text states can inform the reading of the next ("the war of December 1971" … "in December").
     * A reader belongs to one document and one thread. Recognisers that read each text alone need
     * not override this.
     */
    default DocumentReader reader(RecognitionContext context) {
        return text -> find(text, context);
    }

    /** Reads the texts of one document in order. */
    @FunctionalInterface
    interface DocumentReader {
        /** The spans found in {@code text}, the document's next text. */
        List<Span> find(String text);

        /**
         * The spans found in {@code text}, a block of {@code kind} ({@code null} for a header field).
         * Readers for which the kind of block makes no difference need not override this.
         */
        default List<Span> find(String text, @Nullable BlockKind kind) {
            return find(text);
        }
    }
}
