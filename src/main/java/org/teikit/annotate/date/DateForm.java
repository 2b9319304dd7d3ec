package org.teikit.annotate.date;

import static org.teikit.annotate.date.DateReading.span;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.DateValue;
import org.teikit.annotate.Span;

/** How a match of a date pattern is read: the second column of {@code date-patterns.tsv}. */
enum DateForm {
    /** One point: "13 May 1976", "February 1976", "4 March" (year from the document), "1965". */
    WHEN {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            return point(m, r.withYear(r.date(m, "")), r);
        }
    },
    /**
     * A day and a month in figures with no year ("sent on 12.8."): day first, as most of Europe
     * writes it, unless month first lands within {@link #NEAR_DAYS} days of the document's date and
     * day first does not: a ciphergram of 8 December "sent on 12.8. at 23:10 hours" writes the
     * month first, as American usage and some translations of telegrams do.
     */
    DAY_MONTH_FIGURES {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            PartialDate written = r.date(m, "");
            PartialDate dayFirst = r.withYear(written);
            PartialDate monthFirst = new PartialDate(written.year(), written.day(), written.month(),
                    written.hour(), written.minute(), written.utc(), false);
            if (!monthFirst.valid()) return point(m, dayFirst, r);
            monthFirst = r.withYear(monthFirst);
            boolean swap = nearDocument(monthFirst, r) && !nearDocument(dayFirst, r);
            return point(m, swap ? monthFirst : dayFirst, r);
        }
    },
    /** A period: "between 1971 and 1975", "1976–1977", "From 2 to 9 November". */
    PERIOD {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            List<PartialDate> ends = r.dates(m);
            if (ends.size() != 2) return List.of();
            PartialDate from = r.withYear(ends.get(0));
            PartialDate to = r.withYear(ends.get(1));
            if (!dated(from) || !dated(to) || from.iso().compareTo(to.iso()) >= 0) return List.of();
            r.remember(from);
            r.remember(to);
            Certainty cert = from.inferred() || to.inferred() ? Certainty.MEDIUM : null;
            return List.of(span(m.start(), m.end(), DateValue.period(from.iso(), to.iso()), cert));
        }
    },
    /** A period, unless a shift word before it makes it two points: "moved from 1976 to 1981". */
    SHIFTABLE {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            return (r.shiftBefore(m.start()) ? POINTS : PERIOD).read(m, args, r);
        }
    },
    /** Two or three points, each marked over its own words: "1960 May 4 and 11", "3, 4 and 5 May", "due in 1967 until 1970". */
    POINTS {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            List<PartialDate> dates = r.dates(m);
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                PartialDate p = r.withYear(dates.get(i));
                DateMatch.Stretch range = extent(m, i == 0 ? "" : String.valueOf(i + 1));
                if (!dated(p) || range == null) return List.of();
                r.remember(p);
                spans.add(span(range.start(), range.end(), DateValue.when(p.iso()), certainty(p)));
            }
            return spans;
        }
    },
    /** A decade or part of one: "the 1960s" is 1960-1969, "the early 1960s" 1960-1963. */
    DECADE {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            int decade = m.group("dw") != null ? Integer.parseInt(r.value("decade", m.group("dw"))) : r.date(m, "").year();
            int[] part = m.group("part") == null ? new int[] {0, 9} : bounds(r.value("part", m.group("part")));
            return List.of(span(m.start(), m.end(), DateValue.between(year(decade + part[0]), year(decade + part[1])), null));
        }
    },
    /**
     * A season: "spring 1968" is 1968-03 to 1968-05; without a year, as the argument says: none,
     * the document's year as for a month ("in the autumn"); BEFORE, the last one over before the
     * document's month ("last winter"); AFTER, the next one to begin after it ("next spring");
     * -1 or 1, of the year before or after the document's ("the summer of last year"). Winter runs
     * into the next year.
     */
    SEASON {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            int[] months = bounds(r.value("season", m.group("season")));
            String how = args.isEmpty() ? "" : args.get(0);
            boolean given = m.group("y") != null;
            PartialDate d = r.document();
            YearMonth first;
            if (given) {
                first = YearMonth.of(DateReading.givenYear(m.group("y")), months[0]);
            } else if (d.year() == null) {
                return List.of();
            } else if (how.isEmpty()) {
                PartialDate start = new PartialDate(null, months[0], null, null, null, false, false).inferYear(d);
                first = YearMonth.of(start.year(), months[0]);
            } else if (how.equals("BEFORE") || how.equals("AFTER")) {
                if (d.month() == null) return List.of();
                first = nearestSeason(YearMonth.of(d.year(), d.month()), months, how.equals("AFTER"));
            } else {
                first = YearMonth.of(d.year() + Integer.parseInt(how), months[0]);
            }
            YearMonth last = first.plusMonths(months[1] - (long) months[0]);
            DateMatch.Stretch range = m.marked();
            return List.of(span(range.start(), range.end(), DateValue.between(first.toString(), last.toString()),
                    given ? null : Certainty.MEDIUM));
        }
    },
    /** A part of a year: "the second half of 1976" is July to December, "the first quarter of the year" of the document's year. */
    PART_OF_YEAR {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            boolean given = m.group("y") != null;
            Integer y = given ? DateReading.givenYear(m.group("y")) : r.documentYear();
            if (y == null) return List.of();
            int[] months = bounds(r.value("yearpart", m.group("yp")));
            LocalDate start = LocalDate.of(y, months[0], 1);
            LocalDate end = YearMonth.of(y, months[1]).atEndOfMonth();
            return List.of(span(m.start(), m.end(), DateValue.between(start.toString(), end.toString()),
                    given ? null : Certainty.MEDIUM));
        }
    },
    /** A part of a month: "early July" is the 1st to the 10th, "the end of March" the 21st to the 31st, "the second half of April" the 16th to the 30th. */
    PART_OF_MONTH {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            PartialDate p = r.withYear(r.date(m, ""));
            if (!dated(p)) return List.of();
            r.remember(p);
            YearMonth month = YearMonth.of(p.year(), p.month());
            int[] days = bounds(r.value("monthpart", m.group("mp")));
            LocalDate start = month.atDay(days[0]);
            LocalDate end = month.atDay(Math.min(days[1], month.lengthOfMonth()));
            return List.of(span(m.start(), m.end(), DateValue.between(start.toString(), end.toString()), certainty(p)));
        }
    },
    /** "last year", "next year" (from the document's year); "the previous year" (from the last year mentioned). */
    RELATIVE_YEAR {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            boolean mention = args.get(1).equals("MENTION");
            Integer base = mention && r.lastYear() != null ? r.lastYear() : r.documentYear();
            if (base == null) return List.of();
            String when = year(base + Integer.parseInt(args.get(0)));
            return List.of(span(m.start(), m.end(), DateValue.when(when), mention ? Certainty.LOW : Certainty.MEDIUM));
        }
    },
    /** "last month", "the end of the month" (from the document's month); "the following month" (from the last month mentioned). */
    RELATIVE_MONTH {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            boolean mention = args.get(1).equals("MENTION");
            PartialDate d = r.document();
            YearMonth base = mention && r.lastMonth() != null ? r.lastMonth()
                    : d.year() == null || d.month() == null ? null : YearMonth.of(d.year(), d.month());
            if (base == null) return List.of();
            YearMonth when = base.plusMonths(Integer.parseInt(args.get(0)));
            return List.of(span(m.start(), m.end(), DateValue.when(when.toString()), mention ? Certainty.LOW : Certainty.MEDIUM));
        }
    },
    /** "the previous day", "two days later" (from the last day this text mentioned), "yesterday" (from the document). */
    RELATIVE_DAY {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            LocalDate base = args.get(1).equals("MENTION") ? r.lastDay()
                    : r.document().hasDay() ? r.document().toLocalDate() : null;
            if (base == null) return List.of();
            String offset = args.get(0);
            long days = offset.endsWith("COUNT")
                    ? (offset.startsWith("-") ? -1 : 1) * Long.parseLong(count(m.group("n"), r))
                    : Long.parseLong(offset);
            return List.of(span(m.start(), m.end(), DateValue.when(base.plusDays(days).toString()), Certainty.LOW));
        }
    },
    /**
     * "the 5th of this month", "on the 12th": a day of the document's month, or with an argument of
     * -1/1 of the month before or after it ("the 3rd of next month"); a judgement, as any inferred month.
     */
    DAY_OF_MONTH {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            PartialDate p = dayOfMonth(r, args, r.date(m, "").day());
            if (p == null) return List.of();
            r.remember(p);
            DateMatch.Stretch range = m.marked();
            return List.of(span(range.start(), range.end(), DateValue.when(p.iso()), Certainty.MEDIUM));
        }

        @Override
        boolean monthFromDocument() {
            return true;
        }
    },
    /** Two days of the document's month (or the one the argument shifts to): "from the 20th to the 22nd of this month". */
    PERIOD_OF_MONTH {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            PartialDate from = dayOfMonth(r, args, r.date(m, "").day());
            PartialDate to = dayOfMonth(r, args, r.date(m, "2").day());
            if (from == null || to == null || from.iso().compareTo(to.iso()) >= 0) return List.of();
            r.remember(from);
            r.remember(to);
            return List.of(span(m.start(), m.end(), DateValue.period(from.iso(), to.iso()), Certainty.MEDIUM));
        }

        @Override
        boolean monthFromDocument() {
            return true;
        }
    },
    /** "May last year", "12 May next year": a month or day of the year before or after the document's. */
    IN_RELATIVE_YEAR {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            if (r.documentYear() == null) return List.of();
            PartialDate p = r.date(m, "").withYear(r.documentYear() + Integer.parseInt(args.get(0)));
            if (!p.valid()) return List.of();
            r.remember(p);
            return List.of(span(m.start(), m.end(), DateValue.when(p.iso()), Certainty.MEDIUM));
        }
    },
    /** "last October": the latest October before the document's month. */
    MONTH_BEFORE {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            return nearestMonth(m, r, -1);
        }
    },
    /** "next March": the first March after the document's month. */
    MONTH_AFTER {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            return nearestMonth(m, r, 1);
        }
    };

    /** Whether the text gives a day alone and the month comes from the document ("on the 12th"). */
    boolean monthFromDocument() {
        return false;
    }

    /** The spans a match stands for; none where the text gives no real date or nothing to count from. */
    abstract List<Span> read(DateMatch m, List<String> args, DateReading r);

    /**
     * Whether {@code p} is a real date with a year: where neither the text nor the document gives
     * one ("7 March" in an undated text), there is no value to give, and TEI's year-less forms
     * ("--03-07") are outside teikit's schema.
     */
    /** How near the document's date a reading of "12.8." must lie to be preferred; see {@link #DAY_MONTH_FIGURES}. */
    private static final int NEAR_DAYS = 7;

    /**
     * Day {@code day} of the document's month shifted by the first argument, or {@code null} where
     * there is none. With a second argument MENTION, of the month the text last named where it named
     * one ("on Tuesday, 30th October, and again on Wednesday the 31st" in a letter of November).
     */
    private static @Nullable PartialDate dayOfMonth(DateReading r, List<String> args, @Nullable Integer day) {
        PartialDate d = r.document();
        boolean mention = args.size() > 1 && args.get(1).equals("MENTION") && r.lastMonth() != null;
        if (day == null || (!mention && (d.year() == null || d.month() == null))) return null;
        YearMonth base = mention ? r.lastMonth() : YearMonth.of(d.year(), d.month());
        YearMonth month = base.plusMonths(Integer.parseInt(args.get(0)));
        return day > month.lengthOfMonth() ? null : PartialDate.of(month.atDay(day));
    }

    /** One point over the match's marked text, remembered for the dates after it. */
    private static List<Span> point(DateMatch m, PartialDate p, DateReading r) {
        if (!dated(p)) return List.of();
        r.remember(p);
        DateMatch.Stretch range = m.marked();
        return List.of(span(range.start(), range.end(), DateValue.when(p.iso()), certainty(p)));
    }

    private static boolean nearDocument(PartialDate p, DateReading r) {
        PartialDate d = r.document();
        if (!p.hasDay() || d.year() == null || !d.hasDay()) return false;
        return Math.abs(ChronoUnit.DAYS.between(d.toLocalDate(), p.toLocalDate())) <= NEAR_DAYS;
    }

    private static boolean dated(PartialDate p) {
        return p.valid() && p.year() != null;
    }

    private static @Nullable Certainty certainty(PartialDate p) {
        return p.inferred() ? Certainty.MEDIUM : null;
    }

    private static String year(int y) {
        return String.format(Locale.ROOT, "%04d", y);
    }

    private static int[] bounds(String range) {
        String[] parts = range.split("-");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private static String count(String n, DateReading r) {
        return n.chars().allMatch(Character::isDigit) ? n : r.value("count", n);
    }

    /** The stretch from the first to the last group of one date of a match. */
    private static DateMatch.@Nullable Stretch extent(DateMatch m, String suffix) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String g : List.of("y", "m", "d")) {
            DateMatch.Stretch range = m.range(g + suffix);
            if (range != null) {
                start = Math.min(start, range.start());
                end = Math.max(end, range.end());
            }
        }
        return end < 0 ? null : new DateMatch.Stretch(start, end);
    }

    /**
     * The first month of the season of {@code months} nearest to {@code document}: the last one over
     * before it, or with {@code after} the next one to begin after it.
     */
    private static YearMonth nearestSeason(YearMonth document, int[] months, boolean after) {
        YearMonth first = YearMonth.of(document.getYear(), months[0]);
        long length = months[1] - (long) months[0];
        if (after) {
            first = first.minusYears(1);
            while (!first.isAfter(document)) first = first.plusYears(1);
        } else {
            while (!first.plusMonths(length).isBefore(document)) first = first.minusYears(1);
        }
        return first;
    }

    private static List<Span> nearestMonth(DateMatch m, DateReading r, int direction) {
        PartialDate d = r.document();
        if (d.year() == null || d.month() == null) return List.of();
        YearMonth from = YearMonth.of(d.year(), d.month());
        YearMonth candidate = YearMonth.of(d.year(), r.date(m, "").month());
        while (direction < 0 ? !candidate.isBefore(from) : !candidate.isAfter(from)) {
            candidate = candidate.plusYears(direction);
        }
        return List.of(span(m.start(), m.end(), DateValue.when(candidate.toString()), Certainty.MEDIUM));
    }
}
