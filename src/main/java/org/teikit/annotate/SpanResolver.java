package org.teikit.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

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
 *       mark (two readings of one thing: the first wins), or it is a {@link Mark.Sic} inside a kept
 *       one (one slip, one judgement: a corrected reading of a name weighs more than a word merely
 *       flagged as corrupt).</li>
 *   <li>Markup nests at most {@link #MAX_DEPTH} deep: spans deeper inside others are dropped and
 *       their text stays text.</li>
 * </ol>
 * Spans over the same stretch with different kinds of mark are all kept; {@link AnnotatedText}
 * nests them by {@link Mark#nestingRank()}.
 *
 * <p>A bracketed alternative spelling after a name ("Ulan Bator [Ulaanbaatar]") reaches the
 * resolver as a supplied span inside the mention that the entity side made of the name and its
 * variant (see {@code org.teikit.annotate.editorial.AlternativeNameJudge}).
 */
public final class SpanResolver {
    /** How deep markup may nest; see {@link #withinDepth}. */
    static final int MAX_DEPTH = 32;

    private static final Comparator<Span> WEIGHT =
            Comparator.comparingInt(SpanResolver::structural)
                    .thenComparing(Comparator.comparingInt(Span::length).reversed())
                    .thenComparingInt(SpanResolver::uncorrectedSic)
                    .thenComparingInt(s -> s.mark().nestingRank())
                    .thenComparingInt(Span::start)
                    .thenComparing(s -> String.valueOf(s.mark()))
                    .thenComparing(s -> String.valueOf(s.cert()));

    public List<Span> resolve(List<Span> spans) {
        List<Span> measures = spans.stream().filter(s -> s.mark() instanceof Mark.Measure).toList();
        List<Span> candidates = spans.stream()
                .filter(s -> !(s.mark() instanceof Mark.Date && overlapsAny(s, measures)))
                .sorted(WEIGHT)
                .toList();
        Kept kept = new Kept();
        for (Span s : candidates) {
            if (!kept.crossesOrRepeats(s)) kept.add(s);
        }
        return withinDepth(kept.inDocumentOrder());
    }

    /**
     * The spans kept so far, by start and by end, so that a candidate is checked against those
     * near it rather than against all: a long text (a 10 MB line) has many thousands of spans.
     */
    private static final class Kept {
        private final TreeMap<Integer, List<Span>> byStart = new TreeMap<>();
        private final TreeMap<Integer, List<Span>> byEnd = new TreeMap<>();
        private final List<Span> all = new ArrayList<>();
        private final List<Span> sics = new ArrayList<>();

        void add(Span s) {
            if (s.mark() instanceof Mark.Sic) sics.add(s);
            byStart.computeIfAbsent(s.start(), k -> new ArrayList<>()).add(s);
            byEnd.computeIfAbsent(s.end(), k -> new ArrayList<>()).add(s);
            all.add(s);
        }

        /**
         * A kept span crosses {@code s} when it starts inside {@code s} and ends after it, or ends
         * inside it and starts before it; every other overlap is a containment.
         */
        boolean crossesOrRepeats(Span s) {
            if (s.mark() instanceof Mark.Sic && sics.stream().anyMatch(k -> k.contains(s))) return true;
            for (List<Span> ks : byStart.subMap(s.start(), false, s.end(), false).values()) {
                for (Span k : ks) if (k.end() > s.end()) return true;
            }
            for (List<Span> ks : byEnd.subMap(s.start(), false, s.end(), false).values()) {
                for (Span k : ks) if (k.start() < s.start()) return true;
            }
            return byStart.getOrDefault(s.start(), List.of()).stream().anyMatch(k -> sameReading(k, s));
        }

        List<Span> inDocumentOrder() {
            List<Span> out = new ArrayList<>(all);
            out.sort(AnnotatedText.DOCUMENT_ORDER);
            return out;
        }
    }

    /**
     * Drops the spans nested deeper than {@link #MAX_DEPTH}; their text stays as text. Real
     * documents nest a few levels; deeper markup (10,000 "[" in a row) helps no reader and would
     * cost every later stage (encoder, validator, stylesheets) its stack.
     */
    private static List<Span> withinDepth(List<Span> nested) {
        Deque<Span> open = new ArrayDeque<>();
        List<Span> out = new ArrayList<>(nested.size());
        for (Span s : nested) {
            while (!open.isEmpty() && !open.peek().contains(s)) open.pop();
            if (open.size() >= MAX_DEPTH) continue;
            open.push(s);
            out.add(s);
        }
        return List.copyOf(out);
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

    private static int uncorrectedSic(Span s) {
        return s.mark() instanceof Mark.Sic sic && sic.correction() == null ? 1 : 0;
    }

    private static boolean overlapsAny(Span date, List<Span> measures) {
        return measures.stream().anyMatch(m -> m.overlaps(date));
    }

    private static boolean sameReading(Span a, Span b) {
        return a.start() == b.start() && a.end() == b.end() && a.mark().getClass() == b.mark().getClass();
    }
}
