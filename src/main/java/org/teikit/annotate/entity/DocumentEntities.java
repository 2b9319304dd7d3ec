package org.teikit.annotate.entity;

import java.util.List;
import org.teikit.annotate.Register;
import org.teikit.annotate.Span;

/**
 * The names found in a document's texts and the register they point at.
 *
 * @param spans            per text, in the order the texts were given: mentions, and the slips and
 *                         abbreviations inside them
 * @param register         one entry per person, place and organisation
 * @param variantBrackets  per text, the brackets [start, end) that hold an alternative spelling of a
 *                         name: they are part of the name, not an editor's insertion
 */
public record DocumentEntities(List<List<Span>> spans, Register register, List<List<int[]>> variantBrackets) {
    public DocumentEntities {
        spans = spans.stream().map(List::copyOf).toList();
        variantBrackets = variantBrackets.stream().map(List::copyOf).toList();
    }
}
