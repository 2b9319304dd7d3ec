package org.teikit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.teikit.InputException;
import org.teikit.TeikitException;

/** Work per item on several threads: what comes back, in which order, and what a failing item does to the rest. */
class BatchTest {
    private static final List<Integer> EIGHT = IntStream.range(0, 8).boxed().toList();

    private static List<Path> files(String... names) {
        return List.of(names).stream().map(Path::of).toList();
    }

    /** Waits for the latch, failing the test rather than hanging it. */
    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "the other items never finished");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void resultsComeBackInInputOrderThoughTheFirstItemFinishesLast() {
        CountDownLatch othersDone = new CountDownLatch(EIGHT.size() - 1);
        List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
        List<String> results = Batch.map(EIGHT, 4, i -> {
            if (i == 0) await(othersDone);
            finished.add(i);
            if (i != 0) othersDone.countDown();
            return "item " + i;
        });
        assertEquals(0, finished.get(finished.size() - 1), "item 0 finished last: " + finished);
        assertEquals(EIGHT.stream().map(i -> "item " + i).toList(), results);
    }

    @Test
    void eachOutcomeIsHandedOverInInputOrderOnTheCallingThread() {
        List<Path> in = files("c.txt", "a.txt", "b.txt", "d.txt");
        Thread caller = Thread.currentThread();
        List<String> handed = new ArrayList<>();
        List<Batch.Outcome<String>> out = Batch.run(in, 3, f -> f.toString().toUpperCase(), o -> {
            assertSame(caller, Thread.currentThread());
            handed.add(o.value());
        });
        assertEquals(List.of("C.TXT", "A.TXT", "B.TXT", "D.TXT"), handed);
        assertEquals(in, out.stream().map(Batch.Outcome::file).toList());
    }

    @Test
    void aFailingItemIsReportedForThatItemAndTheOthersCarryOn() {
        List<Path> in = files("one.txt", "bad.txt", "three.txt", "bug.txt", "deep.txt");
        List<Batch.Outcome<Integer>> out = Batch.run(in, 2, f -> switch (f.toString()) {
            case "bad.txt" -> throw new InputException("bad.txt", 3, 7, "not a text", "give a text");
            case "bug.txt" -> throw new IllegalStateException("a slip of teikit's");
            case "deep.txt" -> throw new StackOverflowError();
            default -> f.toString().length();
        }, o -> { });
        assertEquals(List.of(true, false, true, false, false), out.stream().map(Batch.Outcome::ok).toList());
        assertEquals(7, out.get(0).value());
        assertEquals(9, out.get(2).value());
        assertNull(out.get(1).value());

        TeikitException bad = out.get(1).error();
        assertEquals("bad.txt", bad.file());
        assertTrue(bad.oneLine().contains("not a text"), bad.oneLine());
        TeikitException bug = out.get(3).error();
        assertEquals("bug.txt", bug.file());
        assertTrue(bug.oneLine().contains("internal error") && bug.oneLine().contains("a slip of teikit's"), bug.oneLine());
        TeikitException deep = out.get(4).error();
        assertEquals("deep.txt", deep.file());
        assertTrue(deep.oneLine().contains("too deeply nested"), deep.oneLine());
    }

    @Test
    void mapFailsWithTheFirstFailureInInputOrderWhicheverFailedFirst() {
        CountDownLatch laterFailed = new CountDownLatch(1);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Batch.map(EIGHT, 4, i -> {
            if (i == 2) {
                await(laterFailed);
                throw new IllegalStateException("item 2");
            }
            if (i == 5) {
                laterFailed.countDown();
                throw new IllegalStateException("item 5");
            }
            return i;
        }));
        assertEquals("item 2", thrown.getMessage());
    }

    @Test
    void onlyAFewItemsRunAheadOfTheOneHandedBack() {
        AtomicInteger started = new AtomicInteger();
        List<Integer> aheadWhenHanded = new ArrayList<>();
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        Batch.map(items, 2, i -> started.incrementAndGet(), n -> aheadWhenHanded.add(started.get() - aheadWhenHanded.size()));
        int most = aheadWhenHanded.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(most <= 2 * Batch.AHEAD_PER_THREAD, "a bounded number of items in hand, not the whole corpus: " + most);
        assertTrue(Batch.AHEAD_PER_THREAD * 2 < items.size(), "the test's corpus is larger than the window");
    }

    @Test
    void oneLongItemDoesNotHoldTheOtherThreadsBack() throws Exception {
        // The first item ends only once 40 later ones have: with a narrow window the second thread
        // would stop after a few, and the first would wait for ever (here: until its timeout).
        java.util.concurrent.CountDownLatch others = new java.util.concurrent.CountDownLatch(40);
        List<Integer> items = IntStream.range(0, 100).boxed().toList();
        List<Boolean> released = Batch.map(items, 2, i -> {
            if (i == 0) {
                try {
                    return others.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            others.countDown();
            return true;
        });
        assertTrue(released.get(0), "the other thread went on with later items while the first was long");
        assertEquals(100, released.size());
    }

    @Test
    void workRunsOnADeepStack() {
        // Far deeper than the 4 MB stack the tests' own threads have.
        assertEquals(List.of(300_000), Batch.map(List.of(300_000), 1, BatchTest::depth));
        assertEquals(300_000, Batch.onDeepStack(() -> depth(300_000)));
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void workBesideRunsWhileTheCallerWorksAndHandsBackItsResultOrItsFailure() {
        CountDownLatch callerStarted = new CountDownLatch(1);
        var beside = Batch.beside(() -> {
            await(callerStarted);
            return depth(300_000);
        });
        // Had it run on the caller's thread, beside() would not have returned before the latch opened.
        callerStarted.countDown();
        assertEquals(300_000, Batch.join(beside));

        InputException broken = new InputException("b.xml", "broken", "fix it");
        assertSame(broken, assertThrows(InputException.class, () -> Batch.join(Batch.beside(() -> {
            throw broken;
        }))));
    }

    @Test
    void noItemsIsNoWorkAndNoThreadsIsAMistake() {
        assertEquals(List.of(), Batch.map(List.<Integer>of(), 2, i -> i));
        assertThrows(IllegalArgumentException.class, () -> Batch.map(EIGHT, 0, i -> i));
    }
}
