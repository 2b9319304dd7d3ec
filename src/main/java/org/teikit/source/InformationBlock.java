package org.teikit.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The "Document Information" block some pages print after the text: labels without colons
 * ("Source", "Original Archive", "Rights", "Original Language") each followed by its value.
 * The new site has it; an export with labelled blocks above the text may carry it too.
 */
final class InformationBlock {
    private InformationBlock() { }

    /**
     * Reads the block into {@code header} when there is one at or after line {@code from} and its
     * values fill empty slots; returns the index of its first line, else {@code page.size()}
     * (a block repeating a field the header has already stays where it is, in the body, rather
     * than lose a line).
     */
    static int read(Page page, int from, HeaderBuilder header) {
        int info = find(page);
        if (info < from || info >= page.size()) return page.size();
        List<Line> furniture = new ArrayList<>();
        furniture.add(page.line(info));
        Map<FieldLabel, int[]> ranges = new EnumMap<>(FieldLabel.class);
        FieldLabel current = null;
        boolean inList = false;
        for (int i = info + 1; i < page.size(); i++) {
            Line line = page.line(i);
            if (line.isBlank()) continue;
            FieldLabel label = FieldLabel.of(line.text(), true).orElse(null);
            if (label != null && !ranges.containsKey(label)) {
                furniture.add(line);
                current = label;
                inList = false;
                ranges.put(label, null);
            } else if (label != null) {
                furniture.add(line); // a label printed twice ("Credits:" "Credits:") is a label, not its own value
            } else if (SiteChrome.isSectionHeading(line.text())) {
                furniture.add(line); // "Record ID", "Related Documents": the page's, with the entries under them
                inList = true;
            } else if (inList && Sentence.isProse(line.text()) && !SiteChrome.isFurniture(line.text())) {
                // A sentence among the page's own entries is no entry of theirs: the block stays
                // where it is, in the body, rather than drop the sentence as furniture.
                return page.size();
            } else if (inList || SiteChrome.isFurniture(line.text())) {
                furniture.add(line);
            } else {
                int[] r = ranges.get(current); // an unknown line belongs to the value above it
                ranges.put(current, r == null ? new int[] {i, i} : new int[] {r[0], i});
            }
        }
        for (Map.Entry<FieldLabel, int[]> e : ranges.entrySet()) {
            if (e.getValue() != null && header.has(e.getKey().slot())) return page.size();
        }
        furniture.forEach(header::furniture);
        ranges.forEach((label, r) -> {
            if (r != null) header.offer(label.slot(), page.span(r[0], r[1]));
        });
        return info;
    }

    /** The "Document Information" line, if a label follows it; else there is no information block. */
    private static int find(Page page) {
        for (int i = page.size() - 1; i >= 0; i--) {
            if (SiteChrome.is(page.line(i).text(), "document information")) {
                int next = page.nextContent(i + 1, page.size());
                boolean labelled = next < page.size() && FieldLabel.of(page.line(next).text(), true).isPresent();
                return labelled ? i : page.size();
            }
        }
        return page.size();
    }
}
