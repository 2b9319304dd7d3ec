package org.teikit.annotate;

import org.jspecify.annotations.Nullable;

/**
 * A normalised date: either a point ({@code when}), a period ({@code from}–{@code to}), or a
 * bracket of uncertainty ({@code notBefore}–{@code notAfter}). Values are W3C dates of exactly
 * the precision the text gives ("1965", "1976-02", "1976-05-13", "1976-03-06T03:00:00" — xsd:dateTime needs its seconds).
 */
public record DateValue(@Nullable String when, @Nullable String from, @Nullable String to,
                        @Nullable String notBefore, @Nullable String notAfter) {
    public DateValue {
        boolean point = when != null;
        boolean range = from != null || to != null;
        boolean bracket = notBefore != null || notAfter != null;
        if ((point ? 1 : 0) + (range ? 1 : 0) + (bracket ? 1 : 0) != 1) {
            throw new IllegalArgumentException("a date is a point, a period or a bracket, not a mix");
        }
        if (range && (from == null || to == null)) {
            throw new IllegalArgumentException("a period needs both from and to");
        }
        if (bracket && (notBefore == null || notAfter == null)) {
            throw new IllegalArgumentException("a bracket needs both notBefore and notAfter");
        }
    }

    public static DateValue when(String when) {
        return new DateValue(when, null, null, null, null);
    }

    public static DateValue period(String from, String to) {
        return new DateValue(null, from, to, null, null);
    }

    public static DateValue between(String notBefore, String notAfter) {
        return new DateValue(null, null, null, notBefore, notAfter);
    }
}
