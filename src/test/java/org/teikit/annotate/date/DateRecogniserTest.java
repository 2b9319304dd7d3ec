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
import org.teikit.annotate.Recogniser;
import org.teikit.annotate.Span;
import org.teikit.source.BlockKind;

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
        "Sofia, 27. VIII 1964                                  | 27. VIII 1964=1964-08-27",
        "Sofia, 16.VI.75                                       | 16.VI.75=1975-06-16",
        "a telegram of 12.05.76 arrived                        | 12.05.76=1976-05-12",
    })
    void readsExplicitDatesToTheirPrecision(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @Test
    void partsOfADecadeAreBracketsOfYears() {
        assertEquals(List.of("the mid-1960s=1963~1967", "the early 1970s=1970~1973", "the late 1950s=1957~1959"),
                found("Unlike in the mid-1960s, the early 1970s saw growth, as did the late 1950s."));
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
        assertEquals(List.of("autumn=1971-09~1971-11?medium", "this summer=1971-06~1971-08?medium", "spring=1971-03~1971-05?medium"),
                found("They return in the autumn; this summer the talks stalled, and during the spring the crops failed."));
    }

    @Test
    void aSeasonOfAYearIsABracketOfItsMonths() {
        assertEquals(List.of("autumn of 1973=1973-09~1973-11"), found("In the autumn of 1973 the plant opened."));
        assertEquals(List.of("summer=1956-06~1956-08", "autumn of 1956=1956-09~1956-11"),
                found("Strikes broke out in the summer and autumn of 1956."));
    }

    @Test
    void lastAndNextSeasonCountFromTheDocumentsMonth() {
        assertEquals(List.of("last winter=1970-12~1971-02?medium", "next spring=1972-03~1972-05?medium",
                        "last summer=1970-06~1970-08?medium"),
                found("Since last winter they have waited; they will come next spring, as they said last summer."));
    }

    @Test
    void aSeasonWordThatIsNoSeasonIsLeftAlone() {
        assertEquals(List.of(), found("Prices began to fall; books for summer outings; after the fall of the cabinet."));
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
                found("The visit is planned for October; talks resume in July. August Bebel wrote."));
    }

    @Test
    void aMonthThatNamesAnEventIsNoDate() {
        assertEquals(List.of(), found("On the anniversary of October Revolution they recalled the October war."));
        assertEquals(List.of(), found("The May Day parade was held; for May Day the streets were decorated."));
        assertEquals(List.of("October=1971-10?medium"), found("In October the talks went on."));
    }

    @Test
    void partsOfAMonthAreBracketsOfDays() {
        assertEquals(List.of("early July=1971-07-01~1971-07-10?medium", "mid-October=1971-10-11~1971-10-20?medium",
                        "the middle of April=1971-04-11~1971-04-20?medium"),
                found("The harvest began in early July, the crews were back by mid-October, the plan was set in the middle of April."));
        assertEquals(List.of("late March=1971-03-21~1971-03-31?medium", "the end of February=1971-02-21~1971-02-28?medium",
                        "the beginning of June=1971-06-01~1971-06-10?medium"),
                found("It was signed in late March, amended at the end of February and again at the beginning of June."));
        assertEquals(List.of("the first half of May=1971-05-01~1971-05-15?medium",
                        "the second half of September=1971-09-16~1971-09-30?medium"),
                found("Payments fall due in the first half of May and in the second half of September."));
    }

    @Test
    void aPartOfAMonthWithItsYearIsNoJudgement() {
        assertEquals(List.of("late February 1968=1968-02-21~1968-02-29"), found("They left in late February 1968."));
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
    void readsADayAndMonthInFiguresWithoutAYear() {
        assertEquals(List.of("17.VI.=1971-06-17?medium", "8.2.=1971-02-08?medium"),
                found("On 17.VI. the delegation arrived; the talks held on 8.2. were short."));
    }

    @Test
    void readsADayAndARomanMonthWithoutAYear() {
        assertEquals(List.of("28 III=1971-03-28?medium", "2 XI=1971-11-02?medium"),
                found("[handwriting: for reading, 28 III] He confirmed it on 2 XI."));
    }

    @Test
    void aNumberBeforeARomanNumeralWithAYearAfterItIsAFullDate() {
        assertEquals(List.of("28 III 1970=1970-03-28"), found("Sent on 28 III 1970 by courier."));
    }

    @Test
    void readsATimeBeforeItsDate() {
        assertEquals(List.of("5 a.m. on 14 August=1971-08-14T05:00:00?medium", "14.30 hrs on 2 March 1970=1970-03-02T14:30:00"),
                found("It began at 5 a.m. on 14 August; the reply came at 14.30 hrs on 2 March 1970."));
    }

    @Test
    void aNumberBeforeADateIsNoTimeWithoutAWordOfTheClock() {
        assertEquals(List.of("14 August=1971-08-14?medium"), found("Article 5 on 14 August was read."));
    }

    @Test
    void aDottedPairOfNumbersIsADayOnlyAfterAWordThatMakesItOne() {
        assertEquals(List.of(), found("Growth reached 8.2. The rest was 3.5."));
    }

    @Test
    void aTimeAfterADateBelongsToIt() {
        assertEquals(List.of("3 May 1983, 14:20 hrs.=1983-05-03T14:20:00"), found("On 3 May 1983, 14:20 hrs. the plane landed."));
        assertEquals(List.of("8.2. at 11.00 hours=1971-02-08T11:00:00?medium"), found("The meeting on 8.2. at 11.00 hours was short."));
        assertEquals(List.of("3 May at 11.00=1971-05-03T11:00:00?medium"), found("The session of 3 May at 11.00 opened."));
        assertEquals(List.of("5 June at 9:00 pm=1971-06-05T21:00:00?medium", "7 June at 4 pm=1971-06-07T16:00:00?medium"),
                found("He arrived on 5 June at 9:00 pm and left on 7 June at 4 pm."));
    }

    @Test
    void aTelegramsUniversalTimeBelongsToItsDateWithItsZone() {
        assertEquals(List.of("March 4, 1966, 0945Z=1966-03-04T09:45:00Z"), found("Bern, March 4, 1966, 0945Z."));
        assertEquals(List.of("March 4,1966, 2210Z=1966-03-04T22:10:00Z"), found("Bern, March 4,1966, 2210Z.[3]"));
        // no such time of day: the date stands alone
        assertEquals(List.of("March 4, 1966=1966-03-04"), found("Bern, March 4, 1966, 1085Z."));
        // a figure with a letter is no time unless the letter is the zone's
        assertEquals(List.of("March 4, 1966=1966-03-04"), found("Bern, March 4, 1966, 0945A."));
    }

    @Test
    void theClockTimesOfADatelineBelongToItsDate() {
        assertEquals(List.of("May 9, 1966, 6:10 p.m.=1966-05-09T18:10:00"), found("Lisbon, May 9, 1966, 6:10 p.m."));
        assertEquals(List.of("May 9, 1966, 12:35 p.m.=1966-05-09T12:35:00"), found("Lisbon, May 9, 1966, 12:35 p.m."));
        assertEquals(List.of("May 9, 1966, 9 a.m.=1966-05-09T09:00:00"), found("Lisbon, May 9, 1966, 9 a.m."));
        assertEquals(List.of("May 9, 1966, 1745 hours=1966-05-09T17:45:00"), found("Lisbon, May 9, 1966, 1745 hours."));
    }

    @Test
    void noonAndMidnightAfterADateAreItsTimes() {
        assertEquals(List.of("May 9, 1966, noon=1966-05-09T12:00:00"), found("Lisbon, May 9, 1966, noon."));
        assertEquals(List.of("May 9, 1966, 12 noon=1966-05-09T12:00:00"), found("Lisbon, May 9, 1966, 12 noon."));
        // the midnight that ends the day, in the form XML Schema's dateTime (and Jing) take
        assertEquals(List.of("May 31, 1966, midnight=1966-06-01T00:00:00"), found("Lisbon, May 31, 1966, midnight."));
        assertEquals(List.of("December 31, 1966, midnight=1967-01-01T00:00:00"), found("Lisbon, December 31, 1966, midnight."));
    }

    @Test
    void noonInTheProseAfterAtLeavesTheDateTheDay() {
        assertEquals(List.of("May 9=1971-05-09?medium"), found("On May 9, at noon, the delegation left."));
        assertEquals(List.of("May 9, 1966=1966-05-09"), found("On May 9, 1966 at midnight the train left."));
    }

    @Test
    void aSumAfterADateIsNoTime() {
        assertEquals(List.of("5 May 1970=1970-05-05"), found("The rate on 5 May 1970, 12.50 roubles a ton."));
    }

    @Test
    void aSpanOfHoursAfterADateIsAPeriodOfThatDay() {
        assertEquals(List.of("November 14, 1970, 8:30 a.m.-12:30 p.m.=1970-11-14T08:30:00/1970-11-14T12:30:00"),
                found("Morning session (November 14, 1970, 8:30 a.m.-12:30 p.m.)"));
        // "p.m." written once, after the second time, holds for the first too where it is no later on the clock.
        assertEquals(List.of("3 June 1958, 4:00-5:10 p.m.=1958-06-03T16:00:00/1958-06-03T17:10:00"),
                found("Place: the Ministry. Time: 3 June 1958, 4:00-5:10 p.m."));
        assertEquals(List.of("3 June 1958, 11:30-1:00 p.m.=1958-06-03T11:30:00/1958-06-03T13:00:00"),
                found("Time: 3 June 1958, 11:30-1:00 p.m."));
    }

    @Test
    void monthFirstFiguresAreADateOnlyWhereTheDayCannotBeAMonth() {
        assertEquals(List.of("4.27. at 0:15 hours=1971-04-27T00:15:00?medium", "4.27. at 9:05 hours=1971-04-27T09:05:00?medium"),
                found("Sent…Hanoi…on 4.27. at 0:15 hours……received on 4.27. at 9:05 hours……"));
        assertEquals(List.of("5.13.=1971-05-13?medium"), found("The cable dated 5.13. came late."));
        assertEquals(List.of(), found("Items 4.11. at 5 per cent"));
    }

    @Test
    void aShortRemarkInsideARangeStaysInIt() {
        assertEquals(List.of("from 9 [sic] through 15 May 1961=1961-05-09/1961-05-15"),
                found("Journal of the embassy from 9 [sic] through 15 May 1961, Hanoi"));
        assertEquals(List.of("from 1961 through 1965=1961/1965"), found("He served from 1961 through 1965."));
    }

    @Test
    void aPeriodBetweenMonthsOfTwoYearsOrDaysInFiguresIsOnePeriod() {
        assertEquals(List.of("September 1961 - March 1962=1961-09/1962-03"), found("The plan for September 1961 - March 1962 was late."));
        assertEquals(List.of("14-15.IX.1961=1961-09-14/1961-09-15"), found("Talks held 14-15.IX.1961 in Sofia."));
        assertEquals(List.of("14-15.9.1961=1961-09-14/1961-09-15"), found("Talks held 14-15.9.1961 in Sofia."));
    }

    @Test
    void twoDaysOfAMonthOfThisYearAreTwoDates() {
        assertEquals(List.of("3=1971-06-03?medium", "4 June=1971-06-04?medium"),
                found("We asked to visit on 3 and 4 June this year the towns of the north."));
    }

    @Test
    void readsThreeDaysOfOneMonthAsThreeDates() {
        assertEquals(List.of("3=1971-05-03?medium", "4=1971-05-04?medium", "5 May=1971-05-05?medium"),
                found("The talks on 3, 4 and 5 May were hard."));
        assertEquals(List.of("May 3=1971-05-03?medium", "4=1971-05-04?medium", "5=1971-05-05?medium"),
                found("The talks on May 3, 4, and 5 were hard."));
    }

    @Test
    void aDayToADayOfOneMonthIsAPeriod() {
        assertEquals(List.of("3 to 4 May=1971-05-03/1971-05-04?medium"), found("The visit of 3 to 4 May was short."));
    }

    @Test
    void aMonthFarFromTheDocumentTakesTheYearItWasMentionedWith() {
        RecognitionContext june1973 = RecognitionContext.dated(DateValue.when("1973-06-20"));
        Recogniser.DocumentReader reader = DATES.reader(june1973);
        assertEquals(List.of("December 1971=1971-12"), show("The war of December 1971 changed the region.", reader));
        assertEquals(List.of("December=1971-12?medium", "16 December=1971-12-16?medium"),
                show("The fighting in December ended on 16 December.", reader));
    }

    @Test
    void aMonthNearTheDocumentKeepsTheDocumentsYear() {
        RecognitionContext june1973 = RecognitionContext.dated(DateValue.when("1973-06-20"));
        assertEquals(List.of("June 1970=1970-06", "4 June=1973-06-04?medium", "January=1973-01?medium"),
                DATES.find("As in June 1970, the plan of 4 June follows that of January.", june1973).stream()
                        .map(s -> show("As in June 1970, the plan of 4 June follows that of January.", s)).toList());
    }

    @Test
    void eachTextReadAloneForgetsTheMonthsOfOthers() {
        RecognitionContext june1973 = RecognitionContext.dated(DateValue.when("1973-06-20"));
        DATES.find("The war of December 1971 changed the region.", june1973);
        assertEquals(DateValue.when("1973-12"), ((Mark.Date) DATES.find("in December", june1973).get(0).mark()).value());
    }

    /** The dates of {@code text} read as a block of {@code kind}. */
    private static List<String> inBlock(String text, BlockKind kind) {
        return DATES.reader(JUNE_1971).find(text, kind).stream().map(s -> show(text, s)).toList();
    }

    @Test
    void aDatelinesDayIsTheDateAndItsSpanOfHoursStaysText() {
        String line = "Strelsau, August 3, 1968, 12:15–1:40 p.m.";
        assertEquals(List.of("August 3, 1968=1968-08-03"), inBlock(line, BlockKind.DATELINE));
        // in running text, or a labelled field, the span of hours is a period of that day
        assertEquals(List.of("August 3, 1968, 12:15–1:40 p.m.=1968-08-03T12:15:00/1968-08-03T13:40:00"),
                inBlock(line, BlockKind.PARAGRAPH));
        // a single time stays part of the dateline's date
        assertEquals(List.of("August 3, 1968, 1425Z=1968-08-03T14:25:00Z"), inBlock("Strelsau, August 3, 1968, 1425Z.", BlockKind.DATELINE));
    }

    @Test
    void twoDaysInARowOnADatelineAreThePeriodTheRecordCovers() {
        assertEquals(List.of("December 5 and 6, 1967=1967-12-05/1967-12-06"), inBlock("Zenda, December 5 and 6, 1967.", BlockKind.DATELINE));
        // days apart are two dates; in running text two days are two dates
        assertEquals(List.of("December 5=1967-12-05", "9, 1967=1967-12-09"), inBlock("Zenda, December 5 and 9, 1967.", BlockKind.DATELINE));
        assertEquals(List.of("December 5=1967-12-05", "6, 1967=1967-12-06"), inBlock("They met on December 5 and 6, 1967.", BlockKind.PARAGRAPH));
    }

    private static List<String> show(String text, Recogniser.DocumentReader reader) {
        return reader.find(text).stream().map(s -> show(text, s)).toList();
    }

    @Test
    void readsTimes() {
        assertEquals(List.of("14.02.1971/22:30=1971-02-14T22:30:00"), found("Sent: 14.02.1971/22:30"));
        assertEquals(List.of("3 May at 9:15 am=1971-05-03T09:15:00?medium", "4 May at 2:30 pm=1971-05-04T14:30:00?medium"),
                found("They came on 3 May at 9:15 am and left on 4 May at 2:30 pm."));
    }

    @Test
    void aCountAfterSomeOrAboutIsNoYear() {
        assertEquals(List.of(), found("Some 1800 workers and about 1900 students left the city."));
        assertEquals(List.of("1960=1960"), found("In 1960 some 1850 delegates met; nearly 2000 tractors were sent."));
        // a year before a noun stays a year where no word of quantity comes before it
        assertEquals(List.of("1960=1960"), found("In 1960 exports rose."));
    }

    @Test
    void readsTimesInFourFiguresAndSpacedHalvesOfTheDay() {
        assertEquals(List.of("5 May at 2100 hours=1971-05-05T21:00:00?medium"),
                found("The train left on 5 May at 2100 hours for the border."));
        assertEquals(List.of("2 March 1970 0630 hrs=1970-03-02T06:30:00"), found("Received: 2 March 1970 0630 hrs, by courier"));
        assertEquals(List.of("1145 hours on 9 May=1971-05-09T11:45:00?medium"), found("At 1145 hours on 9 May the guests arrived."));
        assertEquals(List.of("8 May at 3:15 p. m.=1971-05-08T15:15:00?medium"), found("We met on 8 May at 3:15 p. m. in the hall."));
        // four figures without a word of the clock stay a number
        assertEquals(List.of("5 May=1971-05-05?medium"), found("On 5 May 1100 tons were unloaded."));
    }

    @Test
    void aDayAloneIsADayOfTheDocumentsMonth() {
        assertEquals(List.of("the 3rd of this month=1971-06-03?medium"), found("He arrived on the 3rd of this month."));
        assertEquals(List.of("the 28th of last month=1971-05-28?medium"), found("the note of the 28th of last month"));
        assertEquals(List.of("the 9th=1971-06-09?medium"), found("The reply came on the 9th, as promised."));
        // an ordinal that runs on into a noun is no day: a floor, a congress, a list of days of another month
        assertEquals(List.of(), found("They met on the 9th floor and spoke of the 20th Congress."));
        // (the 15th is a day of May, as in "1 and 2 February": two dates, neither of June)
        assertEquals(List.of("15=1971-05-15?medium", "16th of May=1971-05-16?medium"), found("The talks on the 15th and 16th of May failed."));
    }

    @Test
    void aYearWhoseCenturyTheEditorSuppliedIsThatYear() {
        assertEquals(List.of("[19]58=1958"), found("The dam was built in [19]58 by volunteers."));
        assertEquals(List.of("March [19]64=1964-03"), found("They came back in March [19]64."));
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
    void withoutADocumentDateAYearlessDayOrMonthIsLeftAlone() {
        // No year to give it, and teikit's schema takes no year-less value ("--03-07").
        String text = "On 7 March, in late February, in May and from 2 to 4 June 1970.";
        assertEquals(List.of("from 2 to 4 June 1970=1970-06-02/1970-06-04"),
                DATES.find(text, RecognitionContext.none()).stream().map(s -> show(text, s)).toList());
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
