package org.teikit.source;

import java.util.List;

/**
 * A document as the archive gave it: its metadata and its body blocks in source order.
 *
 * @param id       an XML name for the document: "wcda-114288" from the archive URL, else from the file name
 * @param source   the text it was read from
 * @param metadata the header fields
 * @param body     the body blocks, in source order
 */
public record ArchiveRecord(String id, SourceText source, Metadata metadata, List<Block> body) {
    public ArchiveRecord {
        body = List.copyOf(body);
    }
}
