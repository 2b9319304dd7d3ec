package org.teikit.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the spans of all recognisers, which may overlap and cross, into a properly nested set
 * that {@link AnnotatedText} accepts. The rules, applied in this order:
 * <ol>
 *   <li>A date that overlaps a measure is dropped: a number followed by a unit ("1965 tons") is a
 *       quantity, never a year.</li>
 *   <li>Spans are weighed: editorial brackets ({@link Mark.Supplied}, {@link Mark.EditorialNote},
 *       {@link Mark.Gap}) and footnote anchors first, because the encoder must turn their brackets
 *       into markup and cannot cut them; then longer before shorter; then by
 *       {@link Mark#nestingRank()}; then by start; then by the mark's text, so the order is total
 *       and the result never depends on input order.</li>
 *   <li>In that order each span is kept unless it crosses a kept span (overlaps it without one
 *       containing the other), or a kept span covers the very same stretch with the same kind of
 *       mark (two readings of one thing: the first wins).</li>
 * </ol>
 * Spans over the same stretch with different kinds of mark are all kept; {@link AnnotatedText}
 * nests them by {@link Mark#nestingRank()}.
 *
 * <p>A bracketed alternative spelling after a name ("Ulan Bator [Ulaanbaatar]") never reaches the
 * resolver as an editorial span: the editorial recogniser leaves such brackets to the entity side
 * (see {@code org.teikit.annotate.editorial.AlternativeNameJudge}), which claims them as part of
 * its mention.
 */
public final class SpanResolver {

    private static final Comparator<Span> WEIGHT =
            Comparator.comparingInt(SpanResolver::structural)
                    .thenComparing(Comparator.comparingInt(Span::length).reversed())
                    .thenComparingInt(s -> s.mark().nestingRank())
                    .thenComparingInt(Span::start)
                    .thenComparing(s -> String.valueOf(s.mark()))
                    .thenComparing(s -> String.valueOf(s.cert()));

    public List<Span> resolve(List<Span> spans) {
        List<Span> candidates = spans.stream()
                .filter(s -> !(s.mark() instanceof Mark.Date && overlapsMeasure(s, spans)))
                .sorted(WEIGHT)
                .toList();
        List<Span> kept = new ArrayList<>();
        for (Span s : candidates) {
            if (kept.stream().noneMatch(k -> crosses(k, s) || sameReading(k, s))) {
                kept.add(s);
            }
        }
        kept.sort(AnnotatedText.DOCUMENT_ORDER);
        return List.copyOf(kept);
    }

    /** The resolved spans of {@code text} as an annotated text. */
    public AnnotatedText annotate(String text, List<Span> spans) {
        return new AnnotatedText(text, resolve(spans));
    }

    private static int structural(Span s) {
        Mark m = s.mark();
        boolean bracket = m instanceof Mark.Supplied || m instanceof Mark.EditorialNote
                || m instanceof Mark.Gap || m instanceof Mark.FootnoteAnchor;
        return bracket ? 0 : 1;
    }

    private static boolean overlapsMeasure(Span date, List<Span> all) {
        return all.stream().anyMatch(o -> o.mark() instanceof Mark.Measure && o.overlaps(date));
    }

    private static boolean crosses(Span a, Span b) {
        return a.overlaps(b) && !a.contains(b) && !b.contains(a);
    }

    private static boolean sameReading(Span a, Span b) {
        return a.start() == b.start() && a.end() == b.end() && a.mark().getClass() == b.mark().getClass();
    }
}
