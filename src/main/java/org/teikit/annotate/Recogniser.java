package org.teikit.annotate;

import java.util.List;

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
}
