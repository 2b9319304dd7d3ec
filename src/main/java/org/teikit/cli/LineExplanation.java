package org.teikit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.teikit.TeikitException;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.RecordParser;
import org.teikit.source.SourceLine;
import org.teikit.source.SourceReader;
import org.teikit.source.SourceText;

/**
 * {@code encode --explain}: how each line of an input was read, so a user can see why a line
 * ended up in the header, was dropped as a label or site furniture, or became body text.
 * One line per piece: line number, class, field or block kind, and the start of its text.
 */
final class LineExplanation {
    private static final int EXCERPT = 70;

    private LineExplanation() { }

    static void print(Path file, SourceReader reader, PrintWriter out) {
        ArchiveRecord record;
        try {
            record = RecordParser.parse(reader.read(file));
        } catch (TeikitException e) {
            out.println("== " + file + ": not read (" + e.getMessage() + ")");
            return;
        }
        String layout = record.metadata().layout().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        out.println("== " + file + " (layout: " + layout + ")");
        SourceText source = record.source();
        for (SourceLine l : record.lines()) {
            out.printf(Locale.ROOT, "%5d  %-9s  %-17s  %s%n", l.line(), l.role().label(), l.detail(), excerpt(l.text(source)));
        }
        out.flush();
    }

    private static String excerpt(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() <= EXCERPT ? one : one.substring(0, EXCERPT - 1) + "…";
    }
}
