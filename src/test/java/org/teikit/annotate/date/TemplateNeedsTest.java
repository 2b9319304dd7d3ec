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
    private static final Map<String, TemplateNeeds.Read> PIECES = Map.of(
            "MONTH", new TemplateNeeds.Read(MONTH, Initials.of("MJ"), false),
            "YEAR", new TemplateNeeds.Read(YEAR, Initials.DIGITS, false),
            "DAY", new TemplateNeeds.Read(Need.NOTHING, Initials.DIGITS, false));

    private static Need needOf(String template) {
        return new TemplateNeeds(template, PIECES).read().need();
    }

    private static Initials startOf(String template) {
        return new TemplateNeeds(template, PIECES).read().start();
    }

    private static Need.Literal literal(String s) {
        return new Need.Literal(s);
    }

    @Test
    void fixedTextIsOneLiteralInLowerCaseWithCaseClassesReadAsTheirLetter() {
        assertEquals(literal("last year"), needOf("\\b[Ll]ast year"));
        assertEquals(literal("the end of (the)"), needOf("the end of \\(the\\)"));
        assertEquals(literal("jan."), needOf("Jan\\Q.\\E"));
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
        assertThrows(IllegalStateException.class, () -> needOf("\\Qmay"));
        assertThrows(IllegalStateException.class, () -> needOf("(may"));
        assertThrows(IllegalStateException.class, () -> needOf("may)"));
        assertThrows(IllegalStateException.class, () -> needOf("{WEEK}"));
    }

    @Test
    void aMatchBeginsWithWhatItsFirstPartsCanBeginWith() {
        assertEquals(Initials.of("Ll"), startOf("\\b[Ll]ast year"));
        assertEquals(Initials.of("MJ").or(Initials.DIGITS).or(Initials.of("t")), startOf("(?:the )?(?:{DAY}|{MONTH}) x"));
        assertEquals(Initials.of("Ff").or(Initials.DIGITS), startOf("(?<![\\d:.])(?:[Ff]rom )?{YEAR}"));
        assertEquals(Initials.range('1', '3').or(Initials.of("x-")), startOf("[1-3x-]?-"));
        assertEquals(Initials.SPACES.or(Initials.of(",")), startOf(",?\\s\\d"));
    }

    @Test
    void aMatchThatMayBeEmptyOrBeginWithAnythingCanStartAnywhere() {
        assertEquals(Initials.ANY, startOf("(?:the )?"));
        assertEquals(Initials.ANY, startOf("x|.y"));
        assertEquals(Initials.ANY, startOf("[^a]b"));
        assertEquals(Initials.ANY, startOf("\\p{L}+ year"));
        assertEquals("", Initials.ANY.lookAhead());
        assertEquals("(?=[\\x{2d}JM])", Initials.of("MJ-").lookAhead());
    }
}
