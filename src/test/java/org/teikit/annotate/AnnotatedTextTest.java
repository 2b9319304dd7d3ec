package org.teikit.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedTextTest {
    private static final Mark SUPPLIED = new Mark.Supplied();
    private static final Mark PERSON = new Mark.Mention(EntityType.PERSON, "pers-x");

    @Test
    void ordersOuterSpansBeforeInnerOnes() {
        AnnotatedText t = new AnnotatedText("[Basmanov:]", List.of(new Span(1, 9, PERSON), new Span(0, 11, SUPPLIED)));
        assertEquals(SUPPLIED, t.spans().get(0).mark());
        assertEquals(PERSON, t.spans().get(1).mark());
    }

    @Test
    void refusesCrossingSpans() {
        assertThrows(IllegalArgumentException.class,
                () -> new AnnotatedText("abcdef", List.of(new Span(0, 3, SUPPLIED), new Span(2, 5, PERSON))));
    }

    @Test
    void refusesSpansPastTheEnd() {
        assertThrows(IllegalArgumentException.class, () -> new AnnotatedText("abc", List.of(new Span(1, 4, PERSON))));
    }
}
