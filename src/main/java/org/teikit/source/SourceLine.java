package org.teikit.source;

import java.util.Locale;

/**
 * How one line of the source (or one piece of it, where a line holds two things, such as a
 * summary glued to the citation) was read. Every non-blank line of a parsed file has at least
 * one; together they are the whole-file account the encoder proves before it writes.
 *
 * @param line   1-based line number in the file
 * @param column 1-based column where the piece starts
 * @param offset offset of the piece in {@link SourceText#text()}
 * @param length its length in characters
 * @param role   what the piece is
 * @param detail the header field ("title", "citation"), the label's name, or the body block's kind
 */
public record SourceLine(int line, int column, int offset, int length, Role role, String detail) {

    /** What a piece of the source is. */
    public enum Role {
        /** Document text: must reappear in the body's diplomatic text. */
        BODY,
        /** A header field's value: must reappear verbatim in the teiHeader. */
        HEADER,
        /** A label of the archive's page ("Summary:", "Document Information"): accounted for, written nowhere. */
        LABEL,
        /** Site furniture ("Skip to content", "get citation"): accounted for, written nowhere. */
        FURNITURE,
        /** Nothing took it: the parser lost it. The encoder refuses to write such a document. */
        UNPLACED;

        /** The name shown to users: "body", "header", … */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The piece's text, as in the source. */
    public String text(SourceText source) {
        return source.text().substring(offset, offset + length);
    }
}
