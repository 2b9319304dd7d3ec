package org.teikit.annotate.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.DateValue;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RecognitionContext;
import org.teikit.annotate.Span;

class DateRecogniserTest {
    private static final DateRecogniser DATES = new DateRecogniser();
    private static final RecognitionContext JUNE_1971 = RecognitionContext.dated(DateValue.when("1971-06-15"));

    /** Each date found, as "surface=value" with "~" for a bracket, "/" for a period and "?" for a judgement. */
    private static List<String> found(String text) {
        return DATES.find(text, JUNE_1971).stream().map(s -> show(text, s)).toList();
    }

    private static String show(String text, Span s) {
        DateValue v = ((Mark.Date) s.mark()).value();
        String value = v.when() != null ? v.when() : v.from() != null ? v.from() + "/" + v.to() : v.notBefore() + "~" + v.notAfter();
        return text.substring(s.start(), s.end()) + "=" + value + (s.cert() == null ? "" : "?" + s.cert().tei());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The talks ended on April 9, 1971 in Sofia.            | April 9, 1971=1971-04-09",
        "The talks ended on 9 April, 1971 in Sofia.            | 9 April, 1971=1971-04-09",
        "The talks ended on 9 April 1971 in Sofia.             | 9 April 1971=1971-04-09",
        "Sofia, 9.4.1971                                       | 9.4.1971=1971-04-09",
        "a cable dated 4/9/71 arrived                          | 4/9/71=1971-04-09",
        "Sofia, 9 IV 1971                                      | 9 IV 1971=1971-04-09",
        "Sofia, 3 XII 1970                                     | 3 XII 1970=1970-12-03",
        "Sofia, 30.IX.1970                                     | 30.IX.1970=1970-09-30",
        "the meeting of 19 th March, 1962 was held             | 19 th March, 1962=1962-03-19",
        "on the 19th of March 1962 they met                    | the 19th of March 1962=1962-03-19",
        "WARSAW, 5 JANUARY 1969                                | 5 JANUARY 1969=1969-01-05",
        "In November 1970 the plan failed.                     | November 1970=1970-11",
        "The harvest of 1958 was poor.                         | 1958=1958",
        "a memo of 1971-04-09 says                             | 1971-04-09=1971-04-09",
    })
    void readsExplicitDatesToTheirPrecision(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @Test
    void readsSeasonsAndDecadesAsBrackets() {
        assertEquals(List.of("autumn 1969=1969-09~1969-11", "1940s=1940~1949", "the late 1950s=1957~1959"),
                found("Since autumn 1969, unlike in the 1940s and the late 1950s, trade grew."));
    }

    @Test
    void readsDecadesInWordsAndShortFigures() {
        assertEquals(List.of("the fifties=1950~1959", "the '60s=1960~1969", "the second half of the 1940s=1945~1949"),
                found("Since the fifties, and again in the '60s, as in the second half of the 1940s."));
    }

    @Test
    void aSeasonWithoutAYearIsTheDocumentsYear() {
        assertEquals(List.of("summer=1971-06~1971-08?medium"), found("They will come in the summer."));
    }

    @Test
    void readsAMonthOfTheYearBeforeOrAfter() {
        assertEquals(List.of("November last year=1970-11?medium", "4 May this year=1971-05-04?medium",
                        "March of next year=1972-03?medium"),
                found("In November last year, on 4 May this year and in March of next year."));
    }

    @Test
    void readsPeriods() {
        assertEquals(List.of("between 1966 and 1970=1966/1970", "1971–1975=1971/1975", "1956 to 1960=1956/1960"),
                found("The plan between 1966 and 1970, the plan 1971–1975, the years 1956 to 1960."));
        assertEquals(List.of("From 3 to 7 May=1971-05-03/1971-05-07?medium"), found("From 3 to 7 May a delegation stayed."));
        assertEquals(List.of("between 2 March and 19 April 1970=1970-03-02/1970-04-19"),
                found("The exhibition ran between 2 March and 19 April 1970."));
    }

    @Test
    void readsPeriodsWrittenShort() {
        assertEquals(List.of("April 5-6=1971-04-05/1971-04-06?medium", "1969/70=1969/1970", "January-March=1971-01/1971-03?medium"),
                found("They met on April 5-6 to review the 1969/70 harvest and the deliveries of January-March."));
    }

    @Test
    void readsQuartersAsBrackets() {
        assertEquals(List.of("the third quarter of 1969=1969-07-01~1969-09-30",
                        "the first quarter of the year=1971-01-01~1971-03-31?medium"),
                found("In the third quarter of 1969 and in the first quarter of the year."));
    }

    @Test
    void aShiftWordMakesTwoEventsOfAPeriod() {
        assertEquals(List.of("1972=1972", "1974=1974"), found("The opening was postponed from 1972 to 1974."));
        assertEquals(List.of("1969=1969", "1973=1973"), found("They asked to defer the sums due in 1969 until 1973."));
        assertEquals(List.of("from 1964 to 1968=1964/1968"), found("Prices were stable from 1964 to 1968."));
    }

    @Test
    void readsTwoDaysOfOneMonthAsTwoDates() {
        assertEquals(List.of("1958 June 3=1958-06-03", "17=1958-06-17"), found("Dates: 1958 June 3 and 17"));
    }

    @Test
    void takesAMissingYearFromTheDocumentAndSaysSo() {
        assertEquals(List.of("7 March=1971-03-07?medium", "August 30=1971-08-30?medium",
                        "November 2 of this year=1971-11-02?medium", "February=1971-02?medium", "September=1971-09?medium"),
                found("On 7 March and on August 30 and on November 2 of this year, in February and in September."));
    }

    @Test
    void aBareMonthNeedsAWordThatMakesItOne() {
        assertEquals(List.of("October=1971-10?medium", "July=1971-07?medium"),
                found("The visit is planned for October; talks resume in mid-July. August Bebel wrote."));
    }

    @Test
    void aMonthFarAheadOfTheDocumentIsLastYears() {
        RecognitionContext january = RecognitionContext.dated(DateValue.when("1972-01-10"));
        List<String> found = DATES.find("On 28 December and in March.", january).stream()
                .map(s -> ((Mark.Date) s.mark()).value().when()).toList();
        assertEquals(List.of("1971-12-28", "1972-03"), found);
    }

    @Test
    void leavesTheModalVerbAlone() {
        assertEquals(List.of("May=1971-05?medium"), found("They may agree. We may not. In May they did."));
    }

    @Test
    void readsTimes() {
        assertEquals(List.of("14.02.1971/22:30=1971-02-14T22:30:00"), found("Sent: 14.02.1971/22:30"));
        assertEquals(List.of("3 May at 9:15 am=1971-05-03T09:15:00?medium", "4 May at 2:30 pm=1971-05-04T14:30:00?medium"),
                found("They came on 3 May at 9:15 am and left on 4 May at 2:30 pm."));
    }

    @Test
    void resolvesRelativeDatesAgainstTheDocument() {
        assertEquals(List.of("last year=1970?medium", "next month=1971-07?medium", "last October=1970-10?medium",
                        "the second half of the year=1971-07-01~1971-12-31?medium", "December=1971-12?medium"),
                found("Unlike last year, next month and last October, the second half of the year looks good; in the month of December"));
    }

    @Test
    void resolvesAnaphoricDatesAgainstTheLastDateMentioned() {
        assertEquals(List.of("1966=1966", "the previous year=1965?low"), found("The 1966 crop was larger than that of the previous year."));
        assertEquals(List.of("12 May=1971-05-12?medium", "the previous day=1971-05-11?low"),
                found("On 12 May he said the order had come the previous day."));
        assertEquals(List.of(), found("The order had come the previous day."));
        assertEquals(List.of("October 1970=1970-10", "the following month=1970-11?low"),
                found("In October 1970 they agreed, and signed the following month."));
        assertEquals(List.of("3 May=1971-05-03?medium", "the same day=1971-05-03?low"),
                found("On 3 May they arrived; the same day they left."));
    }

    @Test
    void leavesVagueExpressionsAlone() {
        assertEquals(List.of(), found("Recently, and in recent years, relations have improved; in the near future too."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ref. 004512/1970",
        "Our No. 0331/71 of today",
        "File 0-117/83",
        "Telegram No. 071.203",
        "Shelfmark B 1241/68",
        "The meeting lasted three and a half hours.",
        "They have worked there for twelve years.",
        "since the XXIV Congress of the party",
    })
    void referenceNumbersDurationsAndCongressesAreNotDates(String text) {
        assertEquals(List.of(), found(text));
    }

    @Test
    void withoutADocumentDateADayKeepsNoYear() {
        Span s = DATES.find("On 7 March they met.", RecognitionContext.none()).get(0);
        assertEquals(DateValue.when("--03-07"), ((Mark.Date) s.mark()).value());
        assertEquals(null, s.cert());
    }

    @Test
    void parsesADocumentDateLine() {
        assertEquals(Optional.of(DateValue.when("1971-04-09")), DATES.parseDocumentDate("April 9, 1971"));
        assertEquals(Optional.of(DateValue.when("1971-04-09")), DATES.parseDocumentDate("Sofia, 9 IV 1971"));
        assertEquals(Optional.empty(), DATES.parseDocumentDate("Embassy of Hungary"));
        assertEquals(Optional.empty(), DATES.parseDocumentDate("On 7 March"));
    }

    @Test
    void oneRecogniserServesManyThreadsAlike() {
        List<String> texts = java.util.stream.IntStream.range(0, 400)
                .mapToObj(i -> "On " + (i % 28 + 1) + " March " + (1950 + i % 40) + " and the previous day, in the "
                        + (1950 + i % 4 * 10) + "s, between " + (1960 + i % 9) + " and 1975.")
                .toList();
        List<List<String>> sequential = texts.stream().map(DateRecogniserTest::found).toList();
        List<List<String>> parallel = texts.parallelStream().map(DateRecogniserTest::found).toList();
        assertEquals(sequential, parallel);
    }

    @Test
    void marksAnInferredYearAsAJudgement() {
        Span s = DATES.find("on 7 March", JUNE_1971).get(0);
        assertEquals(Certainty.MEDIUM, s.cert());
    }
}
