package org.teikit.annotate.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TemplateNeedsTest {
    private static final Need MONTH = new Need.Any(List.of(new Need.Literal("may"), new Need.Literal("june")));
    private static final Need YEAR = new Need.Found(Pattern.compile("\\d{4}"));
    private static final Map<String, Need> PIECES = Map.of("MONTH", MONTH, "YEAR", YEAR, "DAY", Need.NOTHING);

    private static Need needOf(String template) {
        return new TemplateNeeds(template, PIECES).read();
    }

    private static Need.Literal literal(String s) {
        return new Need.Literal(s);
    }

    @Test
    void fixedTextIsOneLiteralInLowerCaseWithCaseClassesReadAsTheirLetter() {
        assertEquals(literal("last year"), needOf("\\b[Ll]ast year"));
        assertEquals(literal("the end of (the)"), needOf("the end of \\(the\\)"));
    }

    @Test
    void piecesNeedWhatTheirTableSaysAndLiteralsAreCheckedFirst() {
        assertEquals(new Need.All(List.of(literal(" of "), MONTH, YEAR)), needOf("{YEAR} of {MONTH2}"));
        assertEquals(new Need.All(List.of(MONTH, YEAR)), needOf("{MONTH} {DAY},? {YEAR}"));
    }

    @Test
    void alternativesNeedOneOfTheirBranches() {
        assertEquals(new Need.Any(List.of(literal("this year"), literal("next year"))), needOf("\\b[Tt]his year|\\b[Nn]ext year"));
        assertEquals(new Need.All(List.of(literal("the "), new Need.Any(List.of(literal("previous"), literal("preceding"))), literal(" day"))),
                needOf("\\bthe (?:previous|preceding) day"));
    }

    @Test
    void whatMayBeMissingIsNotNeeded() {
        assertEquals(Need.NOTHING, needOf("(?:the )?{DAY}"));
        assertEquals(Need.NOTHING, needOf("[Ll]ast|{DAY}"));
        assertEquals(literal("day"), needOf("days?"));
        assertEquals(YEAR, needOf("(?:[Ff]rom )?{YEAR}\\s?"));
        assertEquals(Need.NOTHING, needOf("x+y*z{0,2}"));
    }

    @Test
    void lookAroundsAndClassesOfSeveralCharactersAreNotNeeded() {
        assertEquals(MONTH, needOf("(?<![\\d:.])(?<span>{MONTH})(?! ?\\d)(?=\\p{L})"));
        assertEquals(literal("hrs"), needOf("[–—-]hrs\\b\\s?\\p{L}[aA]?"));
    }

    @Test
    void syntaxItCannotReadIsRefused() {
        assertThrows(IllegalStateException.class, () -> needOf("(?i)may"));
        assertThrows(IllegalStateException.class, () -> needOf("(may"));
        assertThrows(IllegalStateException.class, () -> needOf("may)"));
        assertThrows(IllegalStateException.class, () -> needOf("{WEEK}"));
    }
}
