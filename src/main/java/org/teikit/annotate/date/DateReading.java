package org.teikit.annotate.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.DateValue;
import org.teikit.annotate.Mark;
import org.teikit.annotate.Span;
import org.teikit.annotate.WordTable;

/**
 * The reading of one text: turns matched groups into dates, and remembers the last year and day
 * the text mentioned, which "the previous year" and "the following day" count from.
 */
final class DateReading {
    private static final int SHIFT_WINDOW_WORDS = 8;
    private static final List<String> SUFFIXES = List.of("", "2", "3");
    /** The groups that make a date of a match: a time alone ("3:15" of "3:00-3:15 p.m.") is one too. */
    private static final List<String> DATE_GROUPS = List.of("y", "m", "d", "h");
    private static final int NOON = 12;
    private static final int END_OF_DAY = 24;

    private final String text;
    private final WordTable words;
    private final ShiftWords shiftWords;
    private final PartialDate document;
    private final MonthMentions mentions;
    private Integer lastYear;
    private YearMonth lastMonth;
    private LocalDate lastDay;

    DateReading(String text, PartialDate document, MonthMentions mentions, WordTable words, ShiftWords shiftWords) {
        this.text = text;
        this.document = document;
        this.mentions = mentions;
        this.words = words;
        this.shiftWords = shiftWords;
    }

    /** The date the groups with {@code suffix} ("" or "2") give, as written: no year inferred. */
    PartialDate date(DateMatch m, String suffix) {
        Integer year = year(m.group("y" + suffix));
        Integer month = month(m.group("m" + suffix));
        Integer day = day(m.group("d" + suffix));
        Integer hour = number(m.group("h" + suffix));
        Integer minute = number(m.group("min" + suffix));
        String ap = m.group("ap" + suffix);
        if (ap == null && suffix.isEmpty()) ap = sharedHalfOfDay(m, hour);
        if (m.group("noon" + suffix) != null) hour = NOON;
        // the midnight after a date ends that day: 24:00 in W3C terms, not the 00:00 that begins it
        if (m.group("midnight" + suffix) != null) hour = END_OF_DAY;
        // "at 4 pm" gives no minutes: they are the full hour's.
        if (hour != null && minute == null) minute = 0;
        if (hour != null && ap != null) {
            boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return new PartialDate(year, month, day, hour, minute, m.group("z" + suffix) != null, false);
    }

    /**
     * "3:00-3:15 p.m.": the first time of a span of hours takes the second's "a.m." or "p.m." where
     * it is no later on the clock face ("11:00-1:00 p.m." begins before noon), else {@code null}.
     */
    private static @Nullable String sharedHalfOfDay(DateMatch m, Integer hour) {
        String ap2 = m.group("ap2");
        Integer hour2 = number(m.group("h2"));
        return ap2 != null && hour != null && hour2 != null && hour % 12 <= hour2 % 12 ? ap2 : null;
    }

    /**
     * Every date of a match ("", then "2" and "3" where the pattern has them), each completed from
     * the others ("From 2 to 9 November", "3, 4 and 5 May"), its year not yet inferred.
     */
    List<PartialDate> dates(DateMatch m) {
        List<PartialDate> given = new ArrayList<>();
        for (String suffix : SUFFIXES) {
            if (suffix.isEmpty() || DATE_GROUPS.stream().anyMatch(g -> m.pattern().groups().contains(g + suffix))) {
                given.add(date(m, suffix));
            }
        }
        List<PartialDate> completed = new ArrayList<>();
        for (PartialDate p : given) {
            PartialDate c = p;
            for (PartialDate other : given) c = other == p ? c : c.fillFrom(other);
            completed.add(c);
        }
        return completed;
    }

    /** Whether what the text gives is a real date; a year it lacks does not count against it. */
    boolean wellFormed(DateMatch m) {
        if (m.pattern().form().monthFromDocument()) return true;
        return dates(m).stream().allMatch(p -> p.isEmpty() || p.valid());
    }

    /**
     * {@code p} with the year it lacks: the document's, or that of an earlier mention of the same
     * month where the document's would put it far away (see {@link MonthMentions}).
     */
    PartialDate withYear(PartialDate p) {
        return mentions.inferYear(p, document);
    }

    /** Whether a number before or after the match, or a reference word before it, makes it part of something else. */
    boolean embedded(DateMatch m) {
        int s = m.start();
        int e = m.end();
        if (s > 0) {
            char c = text.charAt(s - 1);
            if (Character.isLetterOrDigit(c)) return true;
            if ("/.,-–".indexOf(c) >= 0 && s > 1 && Character.isDigit(text.charAt(s - 2))) return true;
        }
        if (e < text.length()) {
            char c = text.charAt(e);
            if (Character.isLetterOrDigit(c)) return true;
            if ("/-–.".indexOf(c) >= 0 && e + 1 < text.length() && Character.isDigit(text.charAt(e + 1))) return true;
            if (c == ',' && text.startsWith(",", e) && e + 3 < text.length()
                    && text.substring(e + 1, e + 4).chars().allMatch(Character::isDigit)) return true;
        }
        return Character.isDigit(text.charAt(s)) && referenceBefore(s);
    }

    private boolean referenceBefore(int s) {
        String before = text.substring(Math.max(0, s - 20), s).stripTrailing();
        if (words.valueAtEnd("reference", before).isPresent()) return true;
        // "C 1088" is a shelfmark: one capital letter standing alone before the number.
        int n = before.length();
        return n > 0 && Character.isUpperCase(before.charAt(n - 1))
                && (n == 1 || !Character.isLetter(before.charAt(n - 2)));
    }

    /** Whether a shift word ("moved", "postponed") stands shortly before {@code offset} in its sentence. */
    boolean shiftBefore(int offset) {
        String before = text.substring(0, offset);
        int sentence = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("; "), before.lastIndexOf('\n')));
        List<String> ws = Arrays.stream(before.substring(sentence + 1).split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty()).toList();
        return ws.subList(Math.max(0, ws.size() - SHIFT_WINDOW_WORDS), ws.size()).stream()
                .anyMatch(w -> shiftWords.matches(w.toLowerCase(Locale.ROOT)));
    }

    Integer documentYear() {
        return document.year();
    }

    PartialDate document() {
        return document;
    }

    Integer lastYear() {
        return lastYear;
    }

    YearMonth lastMonth() {
        return lastMonth;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    /** Notes a date the text gave, for the relative dates and year-less months after it. */
    void remember(PartialDate p) {
        mentions.note(p);
        if (p.year() != null) lastYear = p.year();
        if (p.year() != null && p.month() != null) lastMonth = YearMonth.of(p.year(), p.month());
        if (p.hasDay()) lastDay = p.toLocalDate();
    }

    String value(String kind, String form) {
        return words.value(kind, form).orElseThrow(() -> new IllegalStateException("no " + kind + " " + form));
    }

    static Span span(int start, int end, DateValue value, Certainty cert) {
        return new Span(start, end, new Mark.Date(value), cert);
    }

    /** A year as written in full, its century perhaps in the editor's brackets ("[19]56"). */
    static int givenYear(String s) {
        return Integer.parseInt(s.replace("[", "").replace("]", ""));
    }

    private @Nullable Integer year(String s) {
        if (s == null) return null;
        int y = givenYear(s);
        if (s.length() > 2) return y;
        // "5/13/76": the century of the document, else the twentieth.
        int century = document.year() == null ? 1900 : document.year() / 100 * 100;
        return century + y;
    }

    private @Nullable Integer month(String s) {
        if (s == null) return null;
        return words.value("month", s).or(() -> words.value("month-short", s)).or(() -> words.value("roman", s)).map(Integer::valueOf)
                .orElseGet(() -> Integer.valueOf(s));
    }

    /** A day in figures ("10", "10th") or in words ("tenth"). */
    private @Nullable Integer day(String s) {
        if (s == null || Character.isDigit(s.charAt(0))) return number(s);
        return words.value("dayword", s.toLowerCase(Locale.ROOT)).map(Integer::valueOf).orElse(null);
    }

    private static @Nullable Integer number(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
