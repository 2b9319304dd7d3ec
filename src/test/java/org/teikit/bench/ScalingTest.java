package org.teikit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScalingTest {

    @Test
    void comparesTimePerDocumentNotTotalTime() {
        Scaling s = new Scaling("build", 1_000, 10.0, 10_000, 110.0);
        assertEquals(10.0, s.smallerMillisPerDocument(), 1e-9);
        assertEquals(11.0, s.largerMillisPerDocument(), 1e-9);
        assertEquals(1.1, s.ratio(), 1e-9);
    }

    @Test
    void withinTwentyPercentEitherWayIsFlat() {
        assertTrue(new Scaling("build", 1_000, 10.0, 10_000, 119.0).flat());
        assertTrue(new Scaling("build", 1_000, 10.0, 10_000, 81.0).flat());
        assertFalse(new Scaling("build", 1_000, 10.0, 10_000, 121.0).flat());
        assertFalse(new Scaling("build", 1_000, 10.0, 10_000, 79.0).flat());
    }

    @Test
    void lineGivesBothTimesTheRatioAndTheVerdict() {
        String line = new Scaling("encode", 1_000, 5.0, 10_000, 75.0).line();
        assertTrue(line.matches("encode\\s+5\\.00 ms → \\s*7\\.50 ms\\s+1\\.50\\s+not flat"), line);
    }
}
