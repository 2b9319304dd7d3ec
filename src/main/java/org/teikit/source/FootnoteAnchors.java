package org.teikit.source;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each footnote marker is first used in the text ("…Choe Yong-geon[1]", "…work teams*",
 * "…Sinuiju2", "…Pospelov(1)"). A line that starts with a marker is a footnote only if the marker was used
 * before it; otherwise "1 copy to the file" or "* * *" would become footnotes.
 */
final class FootnoteAnchors {
    private static final Pattern ANCHOR = Pattern.compile(
            "\\[(\\d{1,3}|\\*{1,3})]"
                    + "|(?<=\\S)(\\*{1,3})(?!\\*)"
                    + "|(?<=[\\p{L}.,;:)\"”’])(\\d{1,2})(?=[\\s.,;:)]|$)"
                    // "Pospelov(1)", "documents.(2)": a figure in round brackets glued to the word
                    + "|(?<=[\\p{L}.,;:\"”’])\\((\\d{1,2})\\)");

    private final Map<String, Integer> first = new HashMap<>();

    FootnoteAnchors(String text, int from, int to) {
        Matcher m = ANCHOR.matcher(text).region(from, to);
        while (m.find()) {
            // a marker in round brackets is kept with them: it anchors only a footnote written "(1) …"
            String marker = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "(" + m.group(4) + ")";
            first.putIfAbsent(marker, m.start());
        }
    }

    /** Whether the marker was used somewhere before the given offset. */
    boolean usedBefore(String marker, int offset) {
        Integer at = first.get(marker);
        return at != null && at < offset;
    }
}
