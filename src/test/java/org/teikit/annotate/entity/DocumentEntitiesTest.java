package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.annotate.Mark;
import org.teikit.annotate.Register;
import org.teikit.annotate.Span;

/** DocumentEntities is a value: equal results of equal texts, brackets compared by their bounds. */
class DocumentEntitiesTest {
    private static final String TEXT = "Comrade Ko Yeong-sik [Ko Yong Sik], Deputy Premier, spoke.";

    @Test
    void twoRecognitionsOfTheSameTextsAreEqualWithEqualHashCodes() {
        DocumentEntities first = Found.in(TEXT).result;
        DocumentEntities again = Found.in(TEXT).result;
        assertFalse(first.variantBrackets().get(0).isEmpty());
        assertEquals(first, again);
        assertEquals(first.hashCode(), again.hashCode());
    }

    @Test
    void resultsWithOtherBracketsDiffer() {
        DocumentEntities one = new DocumentEntities(List.of(List.of()), new Register(List.of()),
                List.of(List.of(new DocumentEntities.VariantBracket(3, 9))));
        DocumentEntities same = new DocumentEntities(List.of(List.of()), new Register(List.of()),
                List.of(List.of(new DocumentEntities.VariantBracket(3, 9))));
        DocumentEntities other = new DocumentEntities(List.of(List.of()), new Register(List.of()),
                List.of(List.of(new DocumentEntities.VariantBracket(3, 10))));
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, other);
    }

    @Test
    void aBracketCoversOnlyTheSpanOfItsOwnBounds() {
        DocumentEntities.VariantBracket b = new DocumentEntities.VariantBracket(21, 34);
        assertTrue(b.covers(new Span(21, 34, new Mark.Supplied(), null)));
        assertFalse(b.covers(new Span(21, 33, new Mark.Supplied(), null)));
    }
}
