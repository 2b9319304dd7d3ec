package org.teikit.source;

import java.util.List;

/**
 * A document as the archive gave it: its metadata and its body blocks in source order.
 *
 * @param id       an XML name for the document: "wcda-114288" from the archive URL, else from the file name
 * @param source   the text it was read from
 * @param metadata the header fields
 * @param body     the body blocks, in source order
 * @param lines    how every line of the source was read (see {@link SourceLine}); empty for a record
 *                 not parsed from a file, which then has only its body to account for
 */
public record ArchiveRecord(String id, SourceText source, Metadata metadata, List<Block> body, List<SourceLine> lines) {
    public ArchiveRecord {
        body = List.copyOf(body);
        lines = List.copyOf(lines);
    }

    public ArchiveRecord(String id, SourceText source, Metadata metadata, List<Block> body) {
        this(id, source, metadata, body, List.of());
    }

    /** The same record with other body blocks (and the same account of the source). */
    public ArchiveRecord withBody(List<Block> blocks) {
        return new ArchiveRecord(id, source, metadata, blocks, lines);
    }
}
