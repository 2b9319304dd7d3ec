package org.teikit.annotate.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A calendar date of exactly the precision the text gives: a year, a month of a year, a day, a
 * day and a time, or a month or day without its year. Fields not given are {@code null}.
 *
 * @param hour     0-23, or 24 for the midnight that ends the day ("August 20, midnight"), written
 *                 as 00:00 of the next day
 * @param utc      whether the time is given in universal time, as telegrams write it ("2103Z")
 * @param inferred whether the year was taken from the document rather than the text
 */
record PartialDate(Integer year, Integer month, Integer day, Integer hour, Integer minute, boolean utc, boolean inferred) {

    static final PartialDate NONE = new PartialDate(null, null, null, null, null, false, false);
    private static final int MONTHS_AHEAD = 6;
    private static final int MONTHS_BACK = 9;

    static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null, null, null, false, false);
    }

    static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null, null, null, false, false);
    }

    static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), null, null, false, false);
    }

    boolean isEmpty() {
        return year == null && month == null && day == null;
    }

    /**
     * Takes from {@code other} the fields coarser than the finest one given: "4" of "4 and 11 May
     * 1960" takes May 1960, and a time alone ("3:15" of "15 July 1955, 3:00-3:15 p.m.") its day.
     */
    PartialDate fillFrom(PartialDate other) {
        if (isEmpty()) return hour == null ? this : new PartialDate(other.year, other.month, other.day, hour, minute, utc, other.inferred);
        Integer m = month == null && day != null ? other.month : month;
        Integer y = year == null && m != null ? other.year : year;
        return new PartialDate(y, m, day, hour, minute, utc, inferred || (year == null && y != null && other.inferred));
    }

    /**
     * Gives a year-less month or day the document's year, marked as inferred; the year before
     * where the month lies more than {@link #MONTHS_AHEAD} months after the document's ("on
     * 28 December" in a report of January is last December, "the proposal we made on September 16"
     * in one of February last September: reports look back, and plans that far ahead name their
     * year); the year after where it lies more than {@link #MONTHS_BACK} months before it ("in
     * January and February" in a report of December are the coming months, not the year's first).
     */
    PartialDate inferYear(PartialDate document) {
        if (year != null || month == null || document.year() == null) return this;
        int shift = 0;
        if (document.month() != null && month - document.month() > MONTHS_AHEAD) shift = -1;
        if (document.month() != null && document.month() - month > MONTHS_BACK) shift = 1;
        return new PartialDate(document.year() + shift, month, day, hour, minute, utc, true);
    }

    PartialDate withYear(int y) {
        return new PartialDate(y, month, day, hour, minute, utc, inferred);
    }

    /** This month or day in year {@code y}, which the text does not state. */
    PartialDate withInferredYear(int y) {
        return new PartialDate(y, month, day, hour, minute, utc, true);
    }

    /** Whether the fields make a real date: a month 1-12, a day the month has. */
    boolean valid() {
        if (isEmpty() || (day != null && month == null)) return false;
        if (month != null && (month < 1 || month > 12)) return false;
        if (day != null) {
            int length = YearMonth.of(year == null ? 2000 : year, month).lengthOfMonth();
            if (day < 1 || day > length) return false;
        }
        if (hour == null) return true;
        // 24:00 is the W3C form of the midnight that ends a day; no other time has hour 24
        boolean endOfDay = hour == 24 && minute != null && minute == 0;
        return day != null && hour >= 0 && (hour < 24 || endOfDay) && minute != null && minute >= 0 && minute < 60;
    }

    LocalDate toLocalDate() {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalStateException("not a full date: " + this, e);
        }
    }

    boolean hasDay() {
        return year != null && month != null && day != null;
    }

    /**
     * The W3C form TEI's {@code @when} takes: "1965", "1976-02", "1976-05-13",
     * "1976-03-06T03:00:00" (xsd:dateTime needs its seconds; "Z" where the text gave universal
     * time), or "--05-13" and "--05" without a year.
     */
    String iso() {
        if (hour != null && hour == 24 && hasDay()) {
            // XML Schema's canonical form of 24:00 (which Jing's dateTime refuses) is 00:00 of the next day
            return new PartialDate(null, null, null, 0, 0, utc, inferred).fillFrom(of(toLocalDate().plusDays(1))).iso();
        }
        StringBuilder s = new StringBuilder();
        if (year != null) {
            s.append(String.format(Locale.ROOT, "%04d", year));
            if (month != null) s.append(String.format(Locale.ROOT, "-%02d", month));
        } else {
            s.append(String.format(Locale.ROOT, "--%02d", month));
        }
        if (day != null) s.append(String.format(Locale.ROOT, "-%02d", day));
        if (hour != null && year != null) {
            s.append(String.format(Locale.ROOT, "T%02d:%02d:00", hour, minute));
            if (utc) s.append('Z');
        }
        return s.toString();
    }
}
