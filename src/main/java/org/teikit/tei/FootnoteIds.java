package org.teikit.tei;

import java.util.HashMap;
import java.util.Map;
import nu.xom.Element;
import org.jspecify.annotations.Nullable;

/**
 * Pairs footnote markers in the text with the footnote blocks they point at, minting the ids
 * that link them both ways ({@code fnref-1} ↔ {@code fn-1}).
 */
final class FootnoteIds {
    static final FootnoteIds NONE = new FootnoteIds(Map.of());

    private final Map<String, String> noteIdByMarker;
    private final Map<String, Integer> anchorsSeen = new HashMap<>();

    private FootnoteIds(Map<String, String> noteIdByMarker) {
        this.noteIdByMarker = noteIdByMarker;
    }

    /** @param markers the footnote markers of the document, in order ("1", "2", "*") */
    static FootnoteIds forMarkers(Iterable<String> markers, IdMinter ids) {
        Map<String, String> map = new HashMap<>();
        for (String m : markers) {
            map.computeIfAbsent(m, k -> ids.mint("fn-" + slug(k)));
        }
        return new FootnoteIds(map);
    }

    String noteId(String marker) {
        return noteIdByMarker.get(marker);
    }

    /** The id of the first anchor pointing at the footnote with this marker (for the back-link), or null. */
    @Nullable String firstAnchorId(String marker) {
        return anchorsSeen.containsKey(marker) ? anchorId(noteIdByMarker.get(marker), 1) : null;
    }

    private static String anchorId(String noteId, int occurrence) {
        return "fnref-" + noteId.substring("fn-".length()) + (occurrence > 1 ? "-" + occurrence : "");
    }

    /** Makes {@code ref} (an empty {@code ref} element) the anchor of the footnote with this marker. */
    Element anchor(Element ref, String marker) {
        Tei.attr(ref, "type", "noteAnchor");
        String target = noteIdByMarker.get(marker);
        if (target != null) {
            Tei.attr(ref, "target", "#" + target);
            int seen = anchorsSeen.merge(marker, 1, Integer::sum);
            Tei.xmlId(ref, anchorId(target, seen));
        }
        return ref;
    }

    private static String slug(String marker) {
        String s = marker.replaceAll("[^0-9A-Za-z]", "");
        if (!s.isEmpty()) return s;
        return marker.chars().allMatch(c -> c == '*') ? "star" + (marker.length() > 1 ? marker.length() : "") : "mark";
    }
}
