package org.teikit.annotate.entity;

import java.util.List;
import org.teikit.annotate.Register;
import org.teikit.annotate.Span;

/**
 * The names found in a document's texts and the register they point at. A value: two results of
 * the same texts are equal.
 *
 * @param spans            per text, in the order the texts were given: mentions, and the slips and
 *                         abbreviations inside them
 * @param register         one entry per person, place and organisation
 * @param variantBrackets  per text, the brackets that hold an alternative spelling of a name: they
 *                         are part of the name, not an editor's insertion
 */
public record DocumentEntities(List<List<Span>> spans, Register register, List<List<VariantBracket>> variantBrackets) {
    public DocumentEntities {
        spans = spans.stream().map(List::copyOf).toList();
        variantBrackets = variantBrackets.stream().map(List::copyOf).toList();
    }

    /** A bracket around another spelling of a name ("Pak Yeong-chan [Pak Yong Chan]"), as characters {@code [start, end)} of its text. */
    public record VariantBracket(int start, int end) {
        /** Whether {@code span} covers exactly this bracket. */
        public boolean covers(Span span) {
            return span.start() == start && span.end() == end;
        }
    }
}
