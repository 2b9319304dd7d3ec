package org.teikit.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page flattened onto one line ("February 2, 1947 Record of … Citation: "…" Summary: …
 * Contents: …") would have broken its lines: before and after each label. A line is cut only
 * when it holds two different labels, so a sentence that happens to say "Summary:" is left whole.
 */
final class InlineLabels {
    /** The archive export's own labels; "Source:" or "Language:" inside a sentence or a footnote is not one. */
    private static final List<FieldLabel> EXPORT_LABELS = List.of(FieldLabel.CITATION, FieldLabel.SUMMARY,
            FieldLabel.CREDITS, FieldLabel.ORIGINAL_LANGUAGE, FieldLabel.CONTENTS);
    private static final Pattern LABEL = pattern();
    private static final int MIN_LABELS = 2;

    private InlineLabels() { }

    /** The offsets at which line [{@code start}, {@code end}) of {@code text} is to be cut, ascending; empty for most lines. */
    static List<Integer> cuts(String text, int start, int end) {
        Matcher m = LABEL.matcher(text).region(start, end);
        m.useTransparentBounds(true);
        List<Integer> cuts = new ArrayList<>();
        Set<FieldLabel> seen = new HashSet<>();
        while (m.find()) {
            FieldLabel label = FieldLabel.of(m.group(), false).orElse(null);
            if (label == null) continue;
            seen.add(label);
            if (m.start() > start) cuts.add(m.start());
            if (m.end() < end) cuts.add(m.end());
            if (label == FieldLabel.CONTENTS) {
                // "Contents: English Translation The text …": the entry is a line of its own.
                int from = m.end();
                while (from < end && Character.isWhitespace(text.charAt(from))) from++;
                int entry = ContentsEntry.prefix(text.substring(from, end));
                if (entry > 0 && from + entry < end) cuts.add(from + entry);
            }
        }
        return seen.size() >= MIN_LABELS ? cuts : List.of();
    }

    /** Any spelling of a label, capitalised as the archive prints it, with its colon, standing between blanks. */
    private static Pattern pattern() {
        List<String> spellings = new ArrayList<>();
        for (FieldLabel l : EXPORT_LABELS) {
            for (String s : l.spellings()) {
                StringBuilder cap = new StringBuilder();
                for (String w : s.split(" ")) {
                    if (cap.length() > 0) cap.append(' ');
                    cap.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
                }
                spellings.add(Pattern.quote(cap.toString()));
            }
        }
        spellings.sort((a, b) -> b.length() - a.length());
        return Pattern.compile("(?<![^\\s])(?:" + String.join("|", spellings) + "):(?=\\s|$)");
    }
}
