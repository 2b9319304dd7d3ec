package org.teikit.annotate.date;

import static org.teikit.annotate.date.DateReading.span;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.DateValue;
import org.teikit.annotate.Span;

/** How a match of a date pattern is read: the second column of {@code date-patterns.tsv}. */
enum DateForm {
    /** One point: "13 May 1976", "February 1976", "4 March" (year from the document), "1965". */
    WHEN {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            PartialDate p = r.date(m, "").inferYear(r.document());
            if (!p.valid()) return List.of();
            r.remember(p);
            int[] range = m.range("span") == null ? new int[] {m.start(), m.end()} : m.range("span");
            return List.of(span(range[0], range[1], DateValue.when(p.iso()), certainty(p)));
        }
    },
    /** A period: "between 1971 and 1975", "1976–1977", "From 2 to 9 November". */
    PERIOD {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            PartialDate[] pair = r.pair(m);
            PartialDate from = pair[0].inferYear(r.document());
            PartialDate to = pair[1].inferYear(r.document());
            if (!from.valid() || !to.valid() || from.iso().compareTo(to.iso()) >= 0) return List.of();
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
    /** Two points, each marked over its own words: "1960 May 4 and 11", "due in 1967 until 1970". */
    POINTS {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            PartialDate[] pair = r.pair(m);
            List<Span> spans = new ArrayList<>();
            String[] suffixes = {"", "2"};
            for (int i = 0; i < 2; i++) {
                PartialDate p = pair[i].inferYear(r.document());
                int[] range = extent(m, suffixes[i]);
                if (!p.valid() || range == null) return List.of();
                r.remember(p);
                spans.add(span(range[0], range[1], DateValue.when(p.iso()), certainty(p)));
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
    /** A season: "spring 1968" is 1968-03 to 1968-05, "in the spring" that of the document's year; winter runs into the next year. */
    SEASON {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            boolean given = m.group("y") != null;
            Integer y = given ? Integer.valueOf(m.group("y")) : r.documentYear();
            if (y == null) return List.of();
            int[] months = bounds(r.value("season", m.group("season")));
            YearMonth first = YearMonth.of(y, 1).plusMonths(months[0] - 1L);
            YearMonth last = YearMonth.of(y, 1).plusMonths(months[1] - 1L);
            int[] range = m.range("span") == null ? new int[] {m.start(), m.end()} : m.range("span");
            return List.of(span(range[0], range[1], DateValue.between(first.toString(), last.toString()),
                    given ? null : Certainty.MEDIUM));
        }
    },
    /** A half or quarter of a year: "the second half of 1976", "the first quarter of the year" (the document's year). */
    PART_OF_YEAR {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            boolean given = m.group("y") != null;
            Integer y = given ? Integer.valueOf(m.group("y")) : r.documentYear();
            if (y == null) return List.of();
            boolean half = m.group("half") != null;
            int months = half ? 6 : 3;
            int part = Integer.parseInt(half ? r.value("half", m.group("half")) : r.value("quarter", m.group("quarter")));
            LocalDate start = LocalDate.of(y, (part - 1) * months + 1, 1);
            LocalDate end = start.plusMonths(months).minusDays(1);
            return List.of(span(m.start(), m.end(), DateValue.between(start.toString(), end.toString()),
                    given ? null : Certainty.MEDIUM));
        }
    },
    /** "the second half of April": the 16th to the month's end. */
    HALF_MONTH {
        @Override
        List<Span> read(DateMatch m, List<String> args, DateReading r) {
            PartialDate p = r.date(m, "").inferYear(r.document());
            if (p.year() == null || !p.valid()) return List.of();
            YearMonth month = YearMonth.of(p.year(), p.month());
            boolean second = r.value("half", m.group("half")).equals("2");
            LocalDate start = month.atDay(second ? 16 : 1);
            LocalDate end = second ? month.atEndOfMonth() : month.atDay(15);
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

    /** The spans a match stands for; none where the text gives no real date or nothing to count from. */
    abstract List<Span> read(DateMatch m, List<String> args, DateReading r);

    private static Certainty certainty(PartialDate p) {
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
    private static int[] extent(DateMatch m, String suffix) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String g : List.of("y", "m", "d")) {
            int[] range = m.range(g + suffix);
            if (range != null) {
                start = Math.min(start, range[0]);
                end = Math.max(end, range[1]);
            }
        }
        return end < 0 ? null : new int[] {start, end};
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
