package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentIdTest {
    @Test
    void takesTheArchiveNumberFromTheUrl() {
        assertEquals("wcda-4711", DocumentId.of("https://archive.example.org/document/4711", "x.txt"));
    }

    @Test
    void fallsBackToTheFileNameWithoutFoldersAndExtension() {
        assertEquals("report_1960", DocumentId.of(null, "in/put/report_1960.txt"));
        assertEquals("report", DocumentId.of("https://example.org/page", "report.txt"));
    }

    @Test
    void makesTheFileNameAnXmlName() {
        assertEquals("Bericht-über-den-Besuch", DocumentId.fromFileName("Bericht über den Besuch!.txt"));
        assertEquals("doc-09_embassy", DocumentId.fromFileName("09_embassy.txt"));
        assertEquals("doc", DocumentId.fromFileName("???.txt"));
        assertEquals("doc-.hidden", DocumentId.fromFileName(".hidden"));
    }
}
