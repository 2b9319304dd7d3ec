package org.teikit.tei;

import java.util.List;
import nu.xom.Document;
import org.jspecify.annotations.Nullable;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.Block;
import org.teikit.source.SourceLine;
import org.teikit.source.SourceText;

/**
 * The proof, made before a document is written, that the whole input file is accounted for:
 * every line was placed (body, header field, label or furniture); every non-whitespace
 * character of the body lines is in the body's diplomatic text, in order; every header-field
 * line is in the teiHeader verbatim (whitespace aside).
 */
public final class WholeFileCheck {
    private static final int EXCERPT = 50;

    private WholeFileCheck() { }

    /** What was lost, and where in the source (1-based line and column). */
    public record Loss(int line, int column, String message) { }

    /** The first loss found, or {@code null} when the whole file is accounted for. */
    public static @Nullable Loss problem(ArchiveRecord record, Document doc) {
        SourceText source = record.source();
        List<SourceLine> lines = record.lines();
        for (SourceLine l : lines) {
            if (l.role() == SourceLine.Role.UNPLACED) {
                return new Loss(l.line(), l.column(), "teikit placed this text nowhere: \"" + excerpt(l.text(source)) + "\"");
            }
        }
        Loss body = bodyLoss(record, doc);
        if (body != null) return body;
        String header = DiplomaticText.nonWhitespace(DiplomaticText.ofHeader(doc));
        for (SourceLine l : lines) {
            if (l.role() == SourceLine.Role.HEADER
                    && !header.contains(DiplomaticText.nonWhitespace(l.text(source)))) {
                return new Loss(l.line(), l.column(), "the " + l.detail() + " is not in the teiHeader as written: \""
                        + excerpt(l.text(source)) + "\"");
            }
        }
        return null;
    }

    /** The body lines (or, for a record not read from a file, its blocks) against the body's diplomatic text. */
    private static @Nullable Loss bodyLoss(ArchiveRecord record, Document doc) {
        SourceText source = record.source();
        StringBuilder expected = new StringBuilder();
        if (record.lines().isEmpty()) {
            for (Block b : record.body()) expected.append(DiplomaticText.nonWhitespace(b.text()));
        } else {
            for (SourceLine l : record.lines()) {
                if (l.role() == SourceLine.Role.BODY) expected.append(DiplomaticText.nonWhitespace(l.text(source)));
            }
        }
        String want = expected.toString();
        String got = DiplomaticText.nonWhitespace(DiplomaticText.ofBody(doc));
        if (want.equals(got)) return null;
        int at = firstDifference(want, got);
        return new Loss(lineOf(record, at), 1, "teikit would lose or change body text near \""
                + want.substring(Math.max(0, at - 20), Math.min(want.length(), at + 20)) + "\"");
    }

    /** The source line of the {@code at}-th non-whitespace character of the body. */
    private static int lineOf(ArchiveRecord record, int at) {
        int seen = 0;
        for (SourceLine l : record.lines()) {
            if (l.role() != SourceLine.Role.BODY) continue;
            seen += DiplomaticText.nonWhitespace(l.text(record.source())).length();
            if (seen > at) return l.line();
        }
        return record.body().isEmpty() ? 1 : record.source().lineOf(record.body().get(record.body().size() - 1).offset());
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) return i;
        }
        return n;
    }

    private static String excerpt(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= EXCERPT ? one : one.substring(0, EXCERPT) + "…";
    }
}
