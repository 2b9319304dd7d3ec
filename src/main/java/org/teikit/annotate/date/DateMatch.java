package org.teikit.annotate.date;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/** One match of a date pattern in a text, with the stretches of its named groups. */
record DateMatch(DatePattern pattern, int start, int end, Map<String, Stretch> groupRanges, String text) {

    /** Where a group matched: {@code [start, end)} in the text. */
    record Stretch(int start, int end) { }

    static DateMatch of(DatePattern pattern, Matcher m, String text) {
        Map<String, Stretch> ranges = new HashMap<>();
        for (String g : pattern.groups()) {
            if (m.group(g) != null) ranges.put(g, new Stretch(m.start(g), m.end(g)));
        }
        return new DateMatch(pattern, m.start(), m.end(), Map.copyOf(ranges), text);
    }

    /** The text of group {@code name}, or {@code null} where it took no part. */
    @Nullable String group(String name) {
        Stretch r = groupRanges.get(name);
        return r == null ? null : text.substring(r.start(), r.end());
    }

    /** The stretch of group {@code name}, or {@code null}. */
    @Nullable Stretch range(String name) {
        return groupRanges.get(name);
    }

    /** What the date's markup covers: the group {@code span} where the pattern names one, else the whole match. */
    Stretch marked() {
        Stretch span = range("span");
        return span == null ? new Stretch(start, end) : span;
    }

    int length() {
        return end - start;
    }

    boolean overlaps(DateMatch o) {
        return start < o.end && o.start < end;
    }
}
