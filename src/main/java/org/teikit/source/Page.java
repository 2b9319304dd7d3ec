package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A source text cut into lines, with the few questions every layout asks of them. A page
 * flattened onto one line has its labels run into the text; such a line is cut before and
 * after each label (see {@link InlineLabels}), so the layouts read it like any other.
 */
final class Page {
    private final SourceText source;
    private final List<Line> lines;

    private Page(SourceText source, List<Line> lines) {
        this.source = source;
        this.lines = lines;
    }

    static Page of(SourceText source) {
        String t = source.text();
        List<Line> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\n') {
                int from = lineStart;
                for (int cut : InlineLabels.cuts(t, lineStart, i)) {
                    add(lines, t, from, cut);
                    from = cut;
                }
                add(lines, t, from, i);
                lineStart = i + 1;
            }
        }
        return new Page(source, List.copyOf(lines));
    }

    /** The line [{@code s}, {@code e}) without its surrounding whitespace. */
    private static void add(List<Line> lines, String t, int s, int e) {
        while (s < e && isSpace(t.charAt(s))) s++;
        while (e > s && isSpace(t.charAt(e - 1))) e--;
        lines.add(new Line(lines.size(), s, e, t.substring(s, e)));
    }

    /** Whitespace, the no-break space included: a line of no-break spaces is a blank line of the page. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    SourceText source() {
        return source;
    }

    int size() {
        return lines.size();
    }

    Line line(int i) {
        return lines.get(i);
    }

    /** The first non-blank line at or after {@code i} (and before {@code limit}), else {@code limit}. */
    int nextContent(int i, int limit) {
        while (i < limit && lines.get(i).isBlank()) i++;
        return i;
    }

    /** Like {@link #nextContent}, but also passes over site chrome, handing each chrome line to {@code chrome}. */
    int nextContentSkippingChrome(int i, int limit, Consumer<Line> chrome) {
        return nextContentSkipping(i, limit, SiteChrome::isChrome, chrome);
    }

    /**
     * Like {@link #nextContentSkippingChrome}, but passes over all page furniture (menus, buttons,
     * banners): only where the document's text cannot be, around it.
     */
    int nextContentSkippingFurniture(int i, int limit, Consumer<Line> furniture) {
        return nextContentSkipping(i, limit, SiteChrome::isHeaderFurniture, furniture);
    }

    private int nextContentSkipping(int i, int limit, Predicate<String> skip, Consumer<Line> skipped) {
        int j = nextContent(i, limit);
        while (j < limit && skip.test(lines.get(j).text())) {
            skipped.accept(lines.get(j));
            j = nextContent(j + 1, limit);
        }
        return j;
    }

    /** The last non-blank line before {@code i} and not before {@code floor}, else {@code floor - 1}. */
    int lastContentBefore(int i, int floor) {
        int j = i - 1;
        while (j >= floor && lines.get(j).isBlank()) j--;
        return j;
    }

    /** The last line of the paragraph (run of non-blank lines) that starts at {@code start}. */
    int paragraphEnd(int start) {
        int i = start;
        while (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) i++;
        return i;
    }

    /** The first line of the paragraph that ends at {@code last}, not before {@code floor}. */
    int paragraphStart(int last, int floor) {
        int i = last;
        while (i - 1 >= floor && !lines.get(i - 1).isBlank()) i--;
        return i;
    }

    /** The text from the start of line {@code first} to the end of line {@code last}, as a field. */
    Field span(int first, int last) {
        int s = lines.get(first).start();
        int e = lines.get(last).end();
        return new Field(source.text().substring(s, e), s);
    }
}
