package org.teikit.annotate.date;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.Span;

/**
 * How a dateline's date is read otherwise than the same words in running text, as the editors
 * of diplomatic series mark it. A dateline dates the document: after its day, a span of hours
 * ("Washington, August 3, 1968, 12:15–1:40 p.m.") is when the meeting sat, so the date is the day
 * and the hours stay text; two days in a row ("Bonn, December 5 and 6, 1967") are the period the
 * record covers, not two events. A single time ("4:05 p.m.", "1425Z") stays part of the date.
 */
enum DatelineReading {
    /** A full date and a span of hours after it: the day, marked over the date's own words. */
    DAY_OF_THE_HOURS {
        @Override
        List<Span> read(DateMatch m, DateReading r) {
            return DateForm.WHEN.read(m.withoutTime(), List.of(), r);
        }
    },
    /** Two days in a row joined by "and": from the first to the second. */
    DAYS_IN_A_ROW {
        @Override
        List<Span> read(DateMatch m, DateReading r) {
            return DateForm.PERIOD.read(m, List.of(), r);
        }
    };

    abstract List<Span> read(DateMatch m, DateReading r);

    /** How a dateline reads match {@code m}, or {@code null} where it reads it as running text does. */
    static @Nullable DatelineReading of(DateMatch m, DateReading r) {
        DatePattern p = m.pattern();
        if (p.form() == DateForm.PERIOD && p.groups().contains("h2") && m.range("y") != null) return DAY_OF_THE_HOURS;
        if (p.form() == DateForm.POINTS && !p.groups().contains("d3")) {
            List<PartialDate> days = r.dates(m);
            if (days.size() != 2) return null;
            PartialDate first = r.withYear(days.get(0));
            PartialDate second = r.withYear(days.get(1));
            boolean inARow = first.hasDay() && second.hasDay() && first.valid() && second.valid()
                    && first.toLocalDate().plusDays(1).equals(second.toLocalDate());
            return inARow ? DAYS_IN_A_ROW : null;
        }
        return null;
    }
}
