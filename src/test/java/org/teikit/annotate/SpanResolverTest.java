package org.teikit.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanResolverTest {
    private static final SpanResolver RESOLVER = new SpanResolver();
    private static final Mark PERSON = new Mark.Mention(EntityType.PERSON, "pers-a");
    private static final Mark PLACE = new Mark.Mention(EntityType.PLACE, "place-b");
    private static final Mark SUPPLIED = new Mark.Supplied();
    private static final Mark YEAR = new Mark.Date(DateValue.when("1965"));

    @Test
    void keepsTheLongerOfTwoCrossingSpans() {
        Span shortOne = new Span(0, 5, PLACE);
        Span longOne = new Span(3, 12, PERSON);
        assertEquals(List.of(longOne), RESOLVER.resolve(List.of(shortOne, longOne)));
    }

    @Test
    void editorialBracketsWinOverLongerCrossingNames() {
        Span name = new Span(0, 20, PERSON);
        Span bracket = new Span(10, 25, SUPPLIED);
        assertEquals(List.of(bracket), RESOLVER.resolve(List.of(name, bracket)));
    }

    @Test
    void aCorrectedNameOutweighsAWordFlaggedAsCorruptInsideIt() {
        Span corrected = new Span(0, 9, new Mark.Sic("Słuczański"));
        Span flagged = new Span(0, 9, new Mark.Sic(null));
        Span word = new Span(4, 9, new Mark.Sic(null));
        assertEquals(List.of(corrected), RESOLVER.resolve(List.of(flagged, word, corrected)));
    }

    @Test
    void keepsNestedSpansOuterFirst() {
        Span bracket = new Span(0, 11, SUPPLIED);
        Span name = new Span(1, 9, PERSON);
        assertEquals(List.of(bracket, name), RESOLVER.resolve(List.of(name, bracket)));
    }

    @Test
    void equalRangesNestByRank() {
        Span sic = new Span(4, 15, new Mark.Sic("Kim Il Sung"));
        Span name = new Span(4, 15, PERSON);
        assertEquals(List.of(name, sic), RESOLVER.resolve(List.of(sic, name)));
    }

    @Test
    void twoReadingsOfOneStretchKeepOne() {
        Span a = new Span(0, 4, YEAR);
        Span b = new Span(0, 4, new Mark.Date(DateValue.when("1966")));
        assertEquals(1, RESOLVER.resolve(List.of(a, b)).size());
    }

    @Test
    void dropsADateInsideAMeasure() {
        Span measure = new Span(0, 9, new Mark.Measure("1965", "t"));
        Span year = new Span(0, 4, YEAR);
        assertEquals(List.of(measure), RESOLVER.resolve(List.of(year, measure)));
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<Span> spans = new ArrayList<>(List.of(
                new Span(0, 5, PLACE), new Span(3, 12, PERSON), new Span(3, 12, YEAR),
                new Span(6, 9, SUPPLIED), new Span(8, 14, PLACE), new Span(20, 24, YEAR)));
        List<Span> first = RESOLVER.resolve(spans);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(spans, random);
            assertEquals(first, RESOLVER.resolve(spans));
        }
    }

    @Test
    void resultIsAcceptedByAnnotatedText() {
        String text = "Comrade [Werner] Krolikowski in 1965";
        List<Span> spans = List.of(new Span(0, 28, PERSON), new Span(8, 16, SUPPLIED),
                new Span(17, 35, PLACE), new Span(32, 36, YEAR));
        AnnotatedText annotated = RESOLVER.annotate(text, spans);
        assertEquals(List.of(new Span(0, 28, PERSON), new Span(8, 16, SUPPLIED), new Span(32, 36, YEAR)),
                annotated.spans());
    }

    @Test
    void markupNestsNoDeeperThanTheLimitAndTheDeeperTextStaysText() {
        int depth = 10_000;
        List<Span> brackets = new ArrayList<>();
        for (int i = 0; i < depth; i++) brackets.add(new Span(i, 2 * depth + 4 - i, SUPPLIED));
        List<Span> kept = RESOLVER.resolve(brackets);
        assertEquals(SpanResolver.MAX_DEPTH, kept.size());
        assertEquals(brackets.subList(0, SpanResolver.MAX_DEPTH), kept);
    }

    @Test
    void spansBesideADeepNestStayWhereTheyAre() {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < 100; i++) spans.add(new Span(i, 200 - i, SUPPLIED));
        Span after = new Span(210, 215, PERSON);
        spans.add(after);
        List<Span> kept = RESOLVER.resolve(spans);
        assertEquals(SpanResolver.MAX_DEPTH + 1, kept.size());
        assertEquals(after, kept.get(kept.size() - 1));
    }

    @Test
    void keepsNoCrossingPairAndDropsOnlySpansThatCrossOrRepeatAKeptOne() {
        Random random = new Random(11);
        Mark[] marks = {PERSON, PLACE, SUPPLIED, YEAR};
        for (int round = 0; round < 200; round++) {
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int start = random.nextInt(60);
                spans.add(new Span(start, start + random.nextInt(15), marks[random.nextInt(marks.length)]));
            }
            List<Span> kept = RESOLVER.resolve(spans);
            for (Span a : kept) {
                for (Span b : kept) assertFalse(crosses(a, b), a + " crosses " + b);
            }
            for (Span s : spans) {
                boolean explained = kept.contains(s) || kept.stream().anyMatch(k -> crosses(k, s)
                        || k.start() == s.start() && k.end() == s.end() && k.mark().getClass() == s.mark().getClass());
                assertTrue(explained, "dropped " + s + " for no reason; kept " + kept);
            }
        }
    }

    private static boolean crosses(Span a, Span b) {
        return a.overlaps(b) && !a.contains(b) && !b.contains(a);
    }
}
