package org.teikit.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.teikit.annotate.DocumentAnnotator;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.Block;
import org.teikit.source.Metadata;
import org.teikit.source.RecordParser;
import org.teikit.source.SourceText;

/** The check the encoder makes before writing covers the whole input file, not only what the parser called the body. */
class WholeFileCheckTest {
    private static final String PAGE = """
            March 14, 1959

            Note on a Conversation with Comrade Lame

            Credits:

            This document was made possible with support from the Adriatic History Fund

            Contents:

            English Translation

            On 12 March I received Comrade Lame at his request.

            He asked whether our Embassy could forward a parcel to Tirana.
            """;

    private static final DocumentAnnotator ANNOTATOR = DocumentAnnotator.withAuthorities(List.of());

    private static Document encode(ArchiveRecord record) {
        return new TeiEncoder("9.9").encode(ANNOTATOR.annotate(record));
    }

    private static ArchiveRecord parse() {
        return RecordParser.parse(SourceText.of("note.txt", PAGE));
    }

    @Test
    void aWholeParsedFileIsAccountedFor() {
        ArchiveRecord r = parse();
        assertNull(WholeFileCheck.problem(r, encode(r)));
    }

    @Test
    void theCreditsSentenceAndTheContentsLineAreInTheHeaderVerbatim() {
        String header = DiplomaticText.ofHeader(encode(parse()));
        assertTrue(header.contains("This document was made possible with support from the Adriatic History Fund"), header);
        assertTrue(header.contains("English Translation"), header);
    }

    @Test
    void aBodyLineTheParserDroppedFailsTheCheck() {
        ArchiveRecord r = parse();
        List<Block> blocks = new ArrayList<>(r.body());
        blocks.remove(blocks.size() - 1);
        ArchiveRecord lossy = r.withBody(blocks);
        WholeFileCheck.Loss loss = WholeFileCheck.problem(lossy, encode(lossy));
        assertNotNull(loss);
        assertEquals(15, loss.line(), loss.message());
    }

    @Test
    void aHeaderFieldThatIsNotWrittenFailsTheCheck() {
        ArchiveRecord r = parse();
        Metadata m = r.metadata();
        Metadata withoutCredits = new Metadata(m.layout(), m.date(), m.title(), m.citation(), m.summary(), null, null,
                m.originalLanguage(), m.contents(), m.source(), m.archive(), m.rights());
        ArchiveRecord lossy = new ArchiveRecord(r.id(), r.source(), withoutCredits, r.body(), r.lines());
        WholeFileCheck.Loss loss = WholeFileCheck.problem(lossy, encode(lossy));
        assertNotNull(loss);
        assertEquals(7, loss.line());
        assertTrue(loss.message().contains("credits"), loss.message());
    }

    @Test
    void everyFieldOfAPageWithBothACitationAndAnInformationBlockIsWritten() {
        ArchiveRecord r = RecordParser.parse(SourceText.of("both.txt", """
                Letter to the Embassy

                Citation:

                "Letter to the Embassy," May 2, 1961, Harbour Digital Archive, Central Archive (CA), F 1, 2.

                Contents:

                The text of the letter.

                Document Information

                Source

                CA, F 1, 2. Translated by Ann Lee.

                Original Archive

                The Central Archive.
                """));
        assertNull(WholeFileCheck.problem(r, encode(r)));
    }
}
