package org.teikit.annotate.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DateMatchTest {

    private static DateMatch match(int yearStart) {
        return new DateMatch(null, 0, 13, Map.of("y", new DateMatch.Stretch(yearStart, 13)), "13 March 1976");
    }

    @Test
    void matchesWithTheSameGroupStretchesAreEqual() {
        assertEquals(match(9), match(9));
        assertEquals(match(9).hashCode(), match(9).hashCode());
        assertNotEquals(match(9), match(8));
    }

    @Test
    void theMarkedStretchIsTheWholeMatchWithoutASpanGroup() {
        assertEquals(new DateMatch.Stretch(0, 13), match(9).marked());
        assertEquals("1976", match(9).group("y"));
    }
}
