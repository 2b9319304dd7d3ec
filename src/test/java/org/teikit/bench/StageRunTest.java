package org.teikit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StageRunTest {

    @Test
    void figuresSurviveTheTripThroughTheReportFile() throws Exception {
        StageRun run = new StageRun(12.5, 300_000_000L, 80_000_000L, 1, "G1 Young Generation+G1 Old Generation");
        assertEquals(run, StageRun.fromProperties(run.toProperties()));
    }
}
