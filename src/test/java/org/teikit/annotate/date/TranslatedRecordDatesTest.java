package org.teikit.annotate.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.annotate.DateValue;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RecognitionContext;
import org.teikit.annotate.Span;

/**
 * Dates as English translations of 1940s–1980s diplomatic records write them, in the forms the
 * tuned-on documents did not show: a year the editor completed or glossed in brackets, the old
 * letter-writer's "inst.", short months on stamps, hours after dates written in figures, a
 * conjunction the editor supplied, a day and month in figures that the document's date decides.
 * The fixtures are invented in the archive's style.
 */
class TranslatedRecordDatesTest {
    private static final DateRecogniser DATES = new DateRecogniser();
    private static final RecognitionContext SEPTEMBER_1956 = RecognitionContext.dated(DateValue.when("1956-09-18"));

    private static List<String> found(String text, RecognitionContext context) {
        return DATES.find(text, context).stream().map(s -> show(text, s)).toList();
    }

    private static List<String> found(String text) {
        return found(text, SEPTEMBER_1956);
    }

    private static String show(String text, Span s) {
        DateValue v = ((Mark.Date) s.mark()).value();
        String value = v.when() != null ? v.when() : v.from() != null ? v.from() + "/" + v.to() : v.notBefore() + "~" + v.notAfter();
        return text.substring(s.start(), s.end()) + "=" + value;
    }

    @Test
    void aYearTheEditorSuppliedInBracketsBelongsToItsDate() {
        // not "15 September" of the document's year and a year "1956" beside it
        assertEquals(List.of("15 September [1956]=1956-09-15", "May [1957]=1957-05", "18 August [1976]=1976-08-18"),
                found("It opened on 15 September [1956]; talks were put off to May [1957]; the events of 18 August [1976] were recalled."));
    }

    @Test
    void aCenturyTheEditorSuppliedStaysInsideTheYear() {
        assertEquals(List.of("30 July [19]64=1964-07-30", "5 March [19]56=1956-03-05"),
                found("Ulaanbaatar, 30 July [19]64. He recalled the talk of 5 March [19]56."));
    }

    @Test
    void aYearInParenthesesAfterAMonthIsThatMonthsYear() {
        assertEquals(List.of("August (1955)=1955-08", "12 March (1953)=1953-03-12"),
                found("In August (1955) the Chinese side invited them, as agreed on 12 March (1953)."));
    }

    @Test
    void aYearAloneInBracketsIsMarkedWithoutThem() {
        // the brackets belong to the editor's gloss, the year alone to the date
        assertEquals(List.of("1948=1948", "1956=1956"), found("the treaty (1948) and the plan [1956] lapsed"));
    }

    @Test
    void aHalfOpenBracketIsNoPartOfTheYear() {
        // the bracket closes on something else: the year alone is the date
        assertEquals(List.of("1955=1955"), found("[delegation of 1955] arrived"));
    }

    @Test
    void instUltAndProxCountFromTheDocumentsMonth() {
        assertEquals(List.of("the 5th inst.=1956-09-05", "the 28th ult.=1956-08-28", "the 2nd prox.=1956-10-02"),
                found("On the 5th inst. I called on him; he referred to my note of the 28th ult. and asked to meet on the 2nd prox."));
    }

    @Test
    void twoOrdinalDaysOfTheDocumentsMonthAsAPeriod() {
        assertEquals(List.of("from the 20th to the 22nd of this month=1956-09-20/1956-09-22", "from the 3rd to the 5th=1956-09-03/1956-09-05"),
                found("The talks took place from the 20th to the 22nd of this month, the visits from the 3rd to the 5th."));
    }

    @Test
    void aSpanWhoseFirstEndHasItsOwnMonthOrYear() {
        assertEquals(List.of("from 25 December 1959 to 5 January 1960=1959-12-25/1960-01-05",
                        "28 September-1 October 1959=1959-09-28/1959-10-01",
                        "1 January 1960 - 31 December 1960=1960-01-01/1960-12-31",
                        "from May 5, 1960, to June 7, 1960=1960-05-05/1960-06-07"),
                found("Talks ran from 25 December 1959 to 5 January 1960, after a round 28 September-1 October 1959; "
                        + "the agreement covers 1 January 1960 - 31 December 1960, the visit lasted from May 5, 1960, to June 7, 1960."));
    }

    @Test
    void spansOfDaysWithRomanMonths() {
        assertEquals(List.of("between 5 and 7.IX.1960=1960-09-05/1960-09-07", "from 5.IX. to 7.IX.=1956-09-05/1956-09-07",
                        "13.III.-15.III.1959=1959-03-13/1959-03-15"),
                found("Deliveries between 5 and 7.IX.1960 and from 5.IX. to 7.IX., as in the protocol of 13.III.-15.III.1959."));
    }

    @Test
    void aRomanMonthBetweenStrokes() {
        assertEquals(List.of("17/VI/1959=1959-06-17", "3/XI/57=1957-11-03"), found("as agreed on 17/VI/1959 and on 3/XI/57"));
    }

    @Test
    void twoOrdinalDaysOfANamedMonth() {
        assertEquals(List.of("1=1956-01-01", "2nd of January=1956-01-02", "from the 20th until the 26th of July=1956-07-20/1956-07-26"),
                found("It was initialled on the 1st and 2nd of January; from the 20th until the 26th of July the troops held."));
    }

    @Test
    void aNightAcrossTwoDays() {
        assertEquals(List.of("21/22 May=1956-05-21/1956-05-22", "June 24/25=1956-06-24/1956-06-25"),
                found("On the night of 21/22 May they left; on the night of June 24/25 the order came."));
    }

    @Test
    void aWeekdayAndOrdinalDayTakeTheMonthLastNamed() {
        RecognitionContext november = RecognitionContext.dated(DateValue.when("1962-11-02"));
        assertEquals(List.of("30th October=1962-10-30", "the 31st=1962-10-31", "7=1962-11-07", "8th November=1962-11-08"),
                found("On Tuesday, 30th October, and again on Wednesday the 31st, I met him. They come on 7th or 8th November.", november)
                        .stream().map(s -> s.replace("?medium", "")).toList());
    }

    @Test
    void betweenTwoOrdinalDaysOfANamedMonthIsAPeriod() {
        assertEquals(List.of("Between the 22nd and 25th of June=1956-06-22/1956-06-25"),
                found("Between the 22nd and 25th of June the divisions moved."));
    }

    @Test
    void aRomanMonthBetweenHyphensAndFiguresAfterAWeekday() {
        assertEquals(List.of("24.6=1956-06-24", "22-VI-1950=1950-06-22"),
                found("On Saturday 24.6 the preparations were completed, as the talks of 22-VI-1950 had settled."));
    }

    @Test
    void aWeekdayBeforeAnOrdinalDay() {
        assertEquals(List.of("the 29th=1956-09-29", "the 9th=1956-09-09"),
                found("They return on Thursday the 29th; he had said on the 9th that all was ready."));
    }

    @Test
    void anOrdinalDayBeforeThePronounIIsNoRomanMonth() {
        // "13th I" is not 13 January: "the 13th" is a day of the document's month
        assertEquals(List.of("the 13th=1956-09-13"), found("On the 13th I will see Comrade Trinh."));
    }

    @Test
    void aShortMonthWithoutItsFullStopBetweenDayAndYear() {
        assertEquals(List.of("27 Aug 1968=1968-08-27", "3 Sept 1968=1968-09-03"),
                found("[stamp: Received 27 Aug 1968] and answered 3 Sept 1968"));
    }

    @Test
    void aMonthWithoutAYearKeepsTheDocumentsGuessWhereTheTextNamedThatYearToo() {
        RecognitionContext december = RecognitionContext.dated(DateValue.when("1966-12-26"));
        // the span names January 1967 and January 1968: "until January" is the coming one, not 1968's
        assertEquals(List.of("January 2, 1967–January 2, 1968=1967-01-02/1968-01-02", "January=1967-01"),
                found("They owe it during January 2, 1967–January 2, 1968. He is away until January.", december));
    }

    @Test
    void aSpanOfHoursAfterADateInFigures() {
        assertEquals(List.of("29.VII.1964, from 2:10 p. m. to 4:00 p. m.=1964-07-29T14:10:00/1964-07-29T16:00:00",
                        "3.10.1964, 10:00-11:30 hours=1964-10-03T10:00:00/1964-10-03T11:30:00"),
                found("On 29.VII.1964, from 2:10 p. m. to 4:00 p. m., he received the Ambassador; again on 3.10.1964, 10:00-11:30 hours."));
    }

    @Test
    void aSpanOfHoursAfterADashWithASpaceTypedAfterTheColon() {
        assertEquals(List.of("February 22, 1972 - 2: 10 p. m. -6:00 p. m.=1972-02-22T14:10:00/1972-02-22T18:00:00"),
                found("Peking, February 22, 1972 - 2: 10 p. m. -6:00 p. m."));
    }

    @Test
    void twoDaysJoinedByAConjunctionTheEditorSupplied() {
        assertEquals(List.of("2=1956-12-02", "4 December=1956-12-04"),
                found("the bombing of 2 [and] 4 December changed it", RecognitionContext.dated(DateValue.when("1956-12-08"))));
    }

    @Test
    void aDayAndMonthInFiguresIsReadMonthFirstOnlyWhereThatIsTheDocumentsDate() {
        RecognitionContext december8 = RecognitionContext.dated(DateValue.when("1966-12-08"));
        // a ciphergram of 8 December: "12.8." and "12.9." are 8 and 9 December, not August and September
        assertEquals(List.of("12.8. at 23:10 hours=1966-12-08T23:10:00", "12.9. at 08:40 hours=1966-12-09T08:40:00"),
                found("Sent on 12.8. at 23:10 hours, received on 12.9. at 08:40 hours.", december8));
        // far from the document's date either way: day first, as most of Europe writes it
        assertEquals(List.of("3.4.=1966-04-03"), found("As agreed on 3.4. in Warsaw.", december8));
        // day first lies by the document's date: it stays
        assertEquals(List.of("6.12.=1966-12-06"), found("As agreed on 6.12. in Warsaw.", december8));
    }
}
