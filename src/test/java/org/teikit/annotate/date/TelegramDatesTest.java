package org.teikit.annotate.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.annotate.DateValue;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RecognitionContext;
import org.teikit.annotate.Span;

/**
 * The ways English diplomatic telegrams and memoranda write dates in their running text (short
 * months without a full stop, spans across a month's end, years cut to two figures, days in
 * words), and the year a month without one takes from the document's date.
 */
class TelegramDatesTest {
    private static final DateRecogniser DATES = new DateRecogniser();
    private static final RecognitionContext OCTOBER_1966 = RecognitionContext.dated(DateValue.when("1966-10-12"));

    private static List<String> found(String text, RecognitionContext context) {
        return DATES.find(text, context).stream().map(s -> show(text, s)).toList();
    }

    private static List<String> found(String text) {
        return found(text, OCTOBER_1966);
    }

    private static String show(String text, Span s) {
        DateValue v = ((Mark.Date) s.mark()).value();
        String value = v.when() != null ? v.when() : v.from() != null ? v.from() + "/" + v.to() : v.notBefore() + "~" + v.notAfter();
        return text.substring(s.start(), s.end()) + "=" + value;
    }

    @Test
    void aShortMonthWithoutItsFullStopBeforeADay() {
        assertEquals(List.of("Sept 6=1966-09-06", "Nov 3, 1965=1965-11-03", "Aug 29-31=1966-08-29/1966-08-31"),
                found("Envoy called 1400 Sept 6 on the note of Nov 3, 1965; talks Aug 29-31 went badly."));
    }

    @Test
    void aShortMonthAloneIsNoDate() {
        // "Jan" is a forename, "Mar" a verb: without a day after them they stay words
        assertEquals(List.of(), found("He spoke to Jan Novak, who did not want to mar the talks."));
    }

    @Test
    void aSpanAcrossTheEndOfAMonthTakesItsYearFromItsEnd() {
        assertEquals(List.of("July 28–August 4, 1962=1962-07-28/1962-08-04", "September 29–October 3=1966-09-29/1966-10-03"),
                found("The visit of July 28–August 4, 1962 was recalled at the talks of September 29–October 3."));
    }

    @Test
    void aYearCutToTwoFiguresAfterAnApostrophe() {
        assertEquals(List.of("'48=1948", "'52=1952", "March '61=1961-03", "'49–'51=1949/1951", "the early '50s=1950~1953"),
                found("He said that in '48 and in '52, and again in March '61, as between '49–'51 and in the early '50s, nothing moved."));
    }

    @Test
    void anApostropheYearNeedsAWordThatMakesItOne() {
        assertEquals(List.of(), found("The '56 model and rock 'n' roll."));
    }

    @Test
    void aDayInWords() {
        assertEquals(List.of("the third of June=1966-06-03", "the twenty-first of March, 1962=1962-03-21"),
                found("He came on the third of June, as on the twenty-first of March, 1962."));
    }

    @Test
    void aMonthBeforeANounOfWhatHappenedInIt() {
        assertEquals(List.of("August=1966-08", "July=1966-07"),
                found("After the August riots and the July elections; but the October war and the March on the capital are names."));
    }

    @Test
    void aMonthSevenMonthsAheadOfTheDocumentIsLastYears() {
        RecognitionContext february = RecognitionContext.dated(DateValue.when("1967-02-09"));
        assertEquals(List.of("September 14=1966-09-14", "June 2=1967-06-02"),
                found("The offer we made on September 14 still stands; the fair opens June 2.", february));
    }

    @Test
    void aMonthTenMonthsBeforeTheDocumentIsNextYears() {
        RecognitionContext december = RecognitionContext.dated(DateValue.when("1966-12-05"));
        assertEquals(List.of("January=1967-01", "March=1966-03"),
                found("They will decide in January; the plan was set in March.", december));
    }

    @Test
    void aMonthTheTextNamedWithItsYearKeepsItThoughTheDocumentLiesJustBefore() {
        RecognitionContext december = RecognitionContext.dated(DateValue.when("1966-12-05"));
        assertEquals(List.of("January 9, 1962=1962-01-09", "January 9=1962-01-09"),
                found("The directive (revised January 9, 1962) applies; see the note of January 9.", december));
    }
}
