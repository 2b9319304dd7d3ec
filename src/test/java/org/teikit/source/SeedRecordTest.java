package org.teikit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed document of the repository ({@code seeds/}) read into the record issue 2 asks for. */
class SeedRecordTest {
    private static ArchiveRecord seed;

    @BeforeAll
    static void read() {
        seed = RecordParser.parse(SourceReader.auto().read(Path.of("seeds/000_692fb7ee3c54d17c.txt")));
    }

    private static List<Block> of(BlockKind kind) {
        return seed.body().stream().filter(b -> b.kind() == kind).toList();
    }

    @Test
    void readsTheHeader() {
        Metadata m = seed.metadata();
        assertEquals("wcda-114288", seed.id());
        assertEquals(Layout.ARCHIVE_EXPORT, m.layout());
        assertEquals("May 13, 1976", m.date().text());
        assertTrue(m.title().text().startsWith("Report from the GDR Embassy in the USSR, \"Note about a Conversation"));
        assertTrue(m.summary().text().startsWith("Summary of a conversation between Comrade Bauer and Comrade Basmanov"));
        assertEquals("Leon Levy Foundation", m.funder());
        assertEquals("German", m.originalLanguage().text());
        assertEquals("Translation - English", m.contents().text());
    }

    @Test
    void takesTheCitationApart() {
        Citation c = seed.metadata().citation();
        assertTrue(c.title().endsWith("on 10 May, 1976.\""), c.title());
        assertEquals("May 13, 1976", c.date());
        assertEquals("Wilson Center Digital Archive", c.publisher());
        assertEquals("Political Archive of the Federal Foreign Office, Berlin (PolA AA)", c.repository());
        assertEquals("MfAA", c.collection());
        assertEquals("C 6857", c.idno());
        assertEquals("Bernd Schaefer", c.translator());
        assertEquals("NKIDP", c.translatedFor());
        assertEquals("https://wilson-center-digital-archive.dvincitest.com/document/114288", c.url());
    }

    @Test
    void findsTheBodyStructure() {
        assertEquals(List.of("GDR Embassy to the USSR Political Department Moscow, 13 May, 1976"),
                of(BlockKind.DATELINE).stream().map(Block::text).toList());
        assertEquals(List.of("Note"), of(BlockKind.HEAD).stream().map(Block::text).toList());
        assertTrue(of(BlockKind.SUBHEAD).get(0).text().startsWith("About a Conversation between Comrade Bauer"));
        assertEquals(List.of("[Oprofine Proportion of Relations Between DPRK-USSR and DPRK-PRC",
                "Der Options to Integrate the DPRK More Strongly into the Socialist Community",
                "Control Situation in South Korea and the Issue of Korean Reunification"),
                of(BlockKind.SECTION_HEAD).stream().map(Block::text).toList());
        assertEquals(List.of("[Signed] Heidenreich Attache"), of(BlockKind.SIGNATURE).stream().map(Block::text).toList());
        assertTrue(of(BlockKind.DISTRIBUTION).get(0).text().startsWith("CC: 3 x Ministry of Foreign Affairs"));
        assertEquals(BlockKind.DISTRIBUTION, seed.body().get(seed.body().size() - 1).kind());
    }

    @Test
    void joinsTheParagraphThatThePageBreakCut() {
        List<Block> cut = seed.body().stream().filter(b -> !b.breaks().isEmpty() && b.kind() == BlockKind.PARAGRAPH).toList();
        assertEquals(1, cut.size());
        Block p = cut.get(0);
        int at = p.breaks().get(0).offset();
        assertEquals(Break.Kind.PAGE, p.breaks().get(0).kind());
        assertTrue(p.text().substring(0, at).endsWith("between the North and"));
        assertTrue(p.text().substring(at).strip().startsWith("South. The situation at the demarcation line"));
    }
}
