package org.teikit.annotate.date;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

/** One match of a date pattern in a text, with the stretches of its named groups. */
record DateMatch(DatePattern pattern, int start, int end, Map<String, int[]> groupRanges, String text) {

    static DateMatch of(DatePattern pattern, Matcher m, String text) {
        Map<String, int[]> ranges = new HashMap<>();
        for (String g : pattern.groups()) {
            if (m.group(g) != null) ranges.put(g, new int[] {m.start(g), m.end(g)});
        }
        return new DateMatch(pattern, m.start(), m.end(), Map.copyOf(ranges), text);
    }

    /** The text of group {@code name}, or {@code null} where it took no part. */
    String group(String name) {
        int[] r = groupRanges.get(name);
        return r == null ? null : text.substring(r[0], r[1]);
    }

    /** The stretch of group {@code name}, or {@code null}. */
    int[] range(String name) {
        return groupRanges.get(name);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(DateMatch o) {
        return start < o.end && o.start < end;
    }
}
