package org.teikit.annotate.date;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.teikit.annotate.WordTable;
import org.teikit.bench.CorpusGenerator;

/**
 * The date recogniser skips a pattern wherever its need fails, and looks for its matches only where
 * a character it can begin with stands; that may never skip a match. Every match of every pattern,
 * in generated documents and in sentences written for the rarer patterns, must hold its pattern's
 * need within its own bounds (the least a window around it can hold) and begin as it may.
 */
class DateNeedsTest {
    private static final List<String> SENTENCES = List.of(
            "Last year, in the spring of 1968 and last winter, the previous day and two days later; next March.",
            "From 2 to 9 November 1971, between 1971 and 1975, the mid-1960s, the sixties, the second half of 1976.",
            "At 5 a.m. on 14 August 1968, on 3, 4 and 5 May, 1960 May 4 and 11, 17.VI. and 28 III, on 8.2.",
            "The end of the month, the following month, the coming year, early July, the end of March, yesterday.",
            "May last year, 12 May next year, the same day, the day after, in 1967 until 1970, 1976–1977, 1976/77.",
            "Sofia, 9.4.1971 at 11.00; 4/9/71, 1971-04-09 14:20 hrs., the '60s, this summer, summer and autumn of 1956.",
            "Cables of 12.5.76, 27.VIII.1964, 27 VIII 1964, 16.VI.75 and 5/13/1976 arrived.",
            "At 5 a.m. on August 14, 1968; at 4 pm on May 3; at 10 o'clock on the 3rd of May; after that.",
            "Between 3 and 5 May 1970, between May 1970 and June, 1971, 3-5 May, May 3-5, 1971, May-June 1971.",
            "They moved from May 3 until June 5, 1971, and from May 1970 to June, 1971; May 3, 4, and 5, 1971.",
            "In the first half of the 1960s; in summer. During the winter, autumn of this year, the coming spring.",
            "The summer of last year, winter of next year, the first quarter of the year, this year, later in the year.",
            "The year before, the year after, last month, this month, the beginning of the month, next month, the coming month.",
            "In the previous year and the previous month, two days earlier, tomorrow, May 12, last year, June 3 of next year, last October.",
            "Sent on 4.24. and received 4.25. at 10:40 hours; on 15 July 1955, 3:00-3:15 p.m. and July 15, 1955, 11:00-1:00 p.m.",
            "For September 1961 - March 1962; talks held 14-15.IX.1961 and 14-15.9.1961.",
            "On the 5th of this month, the 2nd of last month and the 9th of next month; they left on the 12th.",
            "Cabled Sept 6 and Nov 30, 1967; talks Aug 2-4, June 28-July 3, 1966, in '53 and '54, in December '63,",
            "on January the 16th, '64, between '55-'60 and in the late '50s; the tenth of October, the August invasion and the October war.",
            "On the 5th inst., the 28th ult. and the 2nd prox.; on Thursday the 29th; from the 20th to the 22nd of this month.",
            "On 29.VII.1964, from 2:10 p. m. to 4:00 p. m., and 3.10.1964, 10:00-11:30 hours; on the night of 21/22 May.",
            "Received 27 Aug 1968; sent 12.8. at 23:10 hours; 15 September [1956], August (1955), 2 [and] 4 December, May 2 [and] 4.",
            "From 25 December 1959 to 5 January 1960, 28 September-1 October 1959, 1 January 1960 - 31 December 1960, 3 May-4 June,",
            "May 5, 1960 - June 7, 1961, between 5 and 7.IX.1960, from 5.IX. to 7.IX., 13.III.-15.III.1959, 17/VI/1959, 3/XI/57,",
            "the 1st and 2nd of January and from the 20th until the 26th of July.",
            "On Saturday 24.6 and 22-VI-1950, on the night of June 24/25, between the 22nd and 25th of June.");

    @Test
    void everyMatchHoldsWhatItsPatternNeeds() {
        DateGrammar grammar = DateGrammar.load(WordTable.load(DateRecogniser.class, "date-words.tsv"));
        CorpusGenerator generator = new CorpusGenerator(7);
        List<String> texts = new ArrayList<>(SENTENCES);
        for (int i = 0; i < 150; i++) texts.add(generator.document(i));
        Set<Integer> matched = new TreeSet<>();
        for (DatePattern p : grammar.patterns()) {
            for (String text : texts) {
                Matcher m = p.regex().matcher(text);
                int from = 0;
                while (from < text.length() && m.find(from)) {
                    matched.add(p.order());
                    Stretch bounds = new Stretch(text, m.start(), m.end());
                    assertTrue(p.need().holdsIn(bounds), () -> "pattern " + p.order() + " matched \""
                            + text.substring(m.start(), m.end()) + "\" without its need " + p.need());
                    assertTrue(m.end() > m.start() ? p.start().allows(text.charAt(m.start())) : p.start().isAny(),
                            () -> "pattern " + p.order() + " matched \"" + text.substring(m.start(), m.end())
                                    + "\", which begins with none of " + p.start());
                    from = m.start() + 1;
                }
            }
        }
        // Not a vacuous pass: every pattern matched somewhere.
        assertTrue(matched.size() == grammar.patterns().size(), () -> "only patterns " + matched + " matched");
    }
}
