package org.teikit.validate;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A W3C (XML Schema) date value as TEI's {@code att.datable.w3c} takes it, checked for real:
 * the form, the month, the day of that month in that year, the time of day. Year-based values
 * know the span they cover, so two can be put in order ("1971" starts before "1971-05" ends).
 */
record W3cDate(String value, LocalDateTime start, LocalDateTime end) {
    private static final String ZONE = "(Z|[+-]\\d{2}:\\d{2})?";
    private static final Pattern YEAR_BASED = Pattern.compile(
            "(-?\\d{4,})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?)?)?)?" + ZONE);
    private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?" + ZONE);
    private static final Pattern SHORT_YEAR = Pattern.compile("(\\d{1,3})(-\\d.*)?");
    private static final Pattern RECURRING = Pattern.compile("--(\\d{2})(?:-(\\d{2}))?" + ZONE + "|---(\\d{2})" + ZONE);
    /** The report speaks English whatever the machine's locale. */
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    static final String FORMS = "write it as 1976, 1976-05, 1976-05-13 or 1976-05-13T14:30:00";

    /** Why a value is not a W3C date. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Whether this value covers a stretch of the calendar (a year, month, day or moment) rather than a recurring day or a time. */
    boolean isOrderable() {
        return start != null;
    }

    static W3cDate parse(String raw) throws Invalid {
        String v = raw.strip();
        Matcher m = YEAR_BASED.matcher(v);
        if (m.matches()) return yearBased(v, m);
        m = TIME.matcher(v);
        if (m.matches()) {
            checkTime(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4));
            return new W3cDate(v, null, null);
        }
        m = RECURRING.matcher(v);
        if (m.matches()) {
            if (m.group(1) != null) {
                int month = checkMonth(m.group(1));
                if (m.group(2) != null) checkDay(YearMonth.of(2000, month), m.group(2));   // a leap year: --02-29 recurs
            } else {
                int day = Integer.parseInt(m.group(5));
                if (day < 1 || day > 31) throw new Invalid("there is no day " + day + " in any month");
            }
            return new W3cDate(v, null, null);
        }
        Matcher shortYear = SHORT_YEAR.matcher(v);
        if (shortYear.matches()) {
            String year = shortYear.group(1);
            throw new Invalid("the year needs four digits (" + "0".repeat(4 - year.length()) + year + ", not " + year + ")");
        }
        if (v.matches("-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}" + ZONE)) {
            throw new Invalid("a time needs seconds: " + v.substring(0, v.indexOf('T') + 6) + ":00");
        }
        throw new Invalid(FORMS);
    }

    private static W3cDate yearBased(String v, Matcher m) throws Invalid {
        String yearText = m.group(1);
        int year;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            throw new Invalid("the year " + yearText + " is out of range");
        }
        if (year == 0) throw new Invalid("there is no year 0000 in W3C dates (1 BCE is -0001)");
        if (Math.abs(year) > 999_999) throw new Invalid("the year " + yearText + " is out of range");
        if (yearText.replace("-", "").length() > 4 && yearText.replace("-", "").startsWith("0")) {
            throw new Invalid("a year of more than four digits must not start with 0");
        }
        if (m.group(2) == null) {
            return new W3cDate(v, LocalDateTime.of(year, 1, 1, 0, 0), LocalDateTime.of(year, 12, 31, 23, 59, 59));
        }
        int month = checkMonth(m.group(2));
        YearMonth ym = YearMonth.of(year, month);
        if (m.group(3) == null) {
            return new W3cDate(v, ym.atDay(1).atStartOfDay(), ym.atEndOfMonth().atTime(23, 59, 59));
        }
        int day = checkDay(ym, m.group(3));
        if (m.group(4) == null) {
            return new W3cDate(v, ym.atDay(day).atStartOfDay(), ym.atDay(day).atTime(23, 59, 59));
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = Integer.parseInt(m.group(6));
        checkTime(hour, minute, second, m.group(7));
        LocalDateTime at = hour == 24 ? ym.atDay(day).atTime(23, 59, 59) : ym.atDay(day).atTime(hour, minute, second);
        return new W3cDate(v, at, at);
    }

    private static int checkMonth(String text) throws Invalid {
        int month = Integer.parseInt(text);
        if (month < 1 || month > 12) throw new Invalid("there is no month " + text + " (months run from 01 to 12)");
        return month;
    }

    private static int checkDay(YearMonth ym, String text) throws Invalid {
        int day = Integer.parseInt(text);
        if (day < 1 || day > ym.lengthOfMonth()) {
            String month = MONTHS[ym.getMonthValue() - 1];
            throw new Invalid(day < 1 ? "there is no day 00"
                    : month + " " + ym.getYear() + " has " + ym.lengthOfMonth() + " days, so there is no day " + text);
        }
        return day;
    }

    private static void checkTime(int hour, int minute, int second, String fraction) throws Invalid {
        boolean midnight = hour == 24 && minute == 0 && second == 0 && (fraction == null || fraction.matches("\\.0+"));
        if (hour > 23 && !midnight) throw new Invalid("there is no hour " + hour + " (hours run from 00 to 23)");
        if (minute > 59) throw new Invalid("there is no minute " + minute);
        if (second > 59) throw new Invalid("there is no second " + second);
    }
}
