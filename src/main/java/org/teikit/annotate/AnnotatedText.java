package org.teikit.annotate;

import java.util.Comparator;
import java.util.List;

/**
 * A text and its spans, properly nested: two spans either do not overlap or one contains the
 * other. Spans are ordered by start, longer (outer) first.
 */
public record AnnotatedText(String text, List<Span> spans) {

    public static final Comparator<Span> DOCUMENT_ORDER =
            Comparator.comparingInt(Span::start)
                    .thenComparing(Comparator.comparingInt(Span::end).reversed())
                    .thenComparingInt(s -> s.mark().nestingRank());

    public AnnotatedText {
        spans = spans.stream().sorted(DOCUMENT_ORDER).toList();
        for (Span s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("span " + s + " runs past the text");
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size() && spans.get(j).start() < spans.get(i).end(); j++) {
                if (!spans.get(i).contains(spans.get(j))) {
                    throw new IllegalArgumentException("spans cross: " + spans.get(i) + " and " + spans.get(j));
                }
            }
        }
    }

    public static AnnotatedText plain(String text) {
        return new AnnotatedText(text, List.of());
    }
}
