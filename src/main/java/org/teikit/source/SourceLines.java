package org.teikit.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.source.HeaderBuilder.Slot;

/**
 * A source note on a line of its own, label and value together ("Source: Lyndon Baines Johnson
 * Library, National Security File, …"), as other archives' pages print it above or below the
 * document: the label is furniture, the value the header's source field.
 */
final class SourceLines {
    private static final Pattern SOURCE = Pattern.compile("(?i)^(source\\s*:)\\s*(\\S.*)$");

    private SourceLines() { }

    /** Whether the line is a source note that {@code header} can still take. */
    static boolean is(String text, HeaderBuilder header) {
        return !header.has(Slot.SOURCE) && SOURCE.matcher(text).matches();
    }

    /** Takes a source note line into {@code header} (label as furniture, value as the source field). */
    static void take(Line line, HeaderBuilder header) {
        Matcher m = SOURCE.matcher(line.text());
        if (!m.matches()) throw new IllegalArgumentException("not a source line: " + line.text());
        header.furniture(new Field(m.group(1), line.start() + m.start(1)));
        header.offer(Slot.SOURCE, new Field(m.group(2), line.start() + m.start(2)));
    }

    /** Passes furniture and one source note at the start of [{@code from}, {@code limit}); returns where the text starts. */
    static int read(Page page, int from, int limit, HeaderBuilder header) {
        int i = page.nextContentSkippingFurniture(from, limit, header::furniture);
        if (i < limit && is(page.line(i).text(), header)) {
            take(page.line(i), header);
            i = page.nextContentSkippingFurniture(i + 1, limit, header::furniture);
        }
        return i;
    }
}
