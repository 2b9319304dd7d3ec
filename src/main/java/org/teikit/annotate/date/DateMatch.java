package org.teikit.annotate.date;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/** One match of a date pattern in a text, with the stretches of its named groups. */
record DateMatch(DatePattern pattern, int start, int end, Map<String, Stretch> groupRanges, String text) {
    private static final List<String> DAY_GROUPS = List.of("y", "m", "d");

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

    /**
     * This match without the time after its date: the groups of year, month and day, the marked
     * text ending with the year. Only for a match whose year ends its date ("May 3, 1967, 2-4 p.m.").
     */
    DateMatch withoutTime() {
        Stretch year = groupRanges.get("y");
        Map<String, Stretch> kept = new HashMap<>();
        for (String g : DAY_GROUPS) {
            if (groupRanges.containsKey(g)) kept.put(g, groupRanges.get(g));
        }
        kept.put("span", new Stretch(start, year.end()));
        return new DateMatch(pattern, start, year.end(), Map.copyOf(kept), text);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(DateMatch o) {
        return start < o.end && o.start < end;
    }
}
