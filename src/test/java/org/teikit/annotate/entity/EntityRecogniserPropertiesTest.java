package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.teikit.annotate.AnnotatedText;
import org.teikit.annotate.Mark;
import org.teikit.annotate.Span;
import org.teikit.source.BlockKind;

/** Any text, however broken, gets spans inside it that nest, and the same spans on a second run. */
class EntityRecogniserPropertiesTest {
    private static final List<String> PIECES = List.of("Comrade", "Comrades", "Ambassador", "Kim", "Il", "II", "Sung",
            "Ri", "Dong-geon", "L.", "I.", "N.G.", "W[illiam]", "[", "]", "(", ")", ":", ";", ",", ".", "'s", "'",
            "of", "the", "in", "to", "and", "Embassy", "Ministry", "Foreign", "Affairs", "GDR", "USSR", "Soviet", "Union",
            "CC", "KWP", "Party", "Workers'", "People's", "Republic", "Moscow", "region", "Island", "[Signed]", "Signed:",
            "S?ucza?ski", "KIS", "Pak", "Yeong-chan", "Yong", "Chan", "Attache", "Heidenreich", "Halmos", "Endre",
            "José", "Ortega", "Viera", "\n", "\n\n", "1976", "13", "May", "I", "V", "[1]", "*", "Department", "Political");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(40)
                .map(words -> String.join(" ", words).replace("\n ", "\n"));
    }

    @Provide
    Arbitrary<BlockKind> kinds() {
        return Arbitraries.of(BlockKind.PARAGRAPH, BlockKind.SIGNATURE, BlockKind.DATELINE, BlockKind.FOOTNOTE);
    }

    @Property(tries = 400)
    void spansStayInsideTheirTextNestAndRepeat(@ForAll("texts") String a, @ForAll("texts") String b, @ForAll("kinds") BlockKind kind) {
        List<EntityRecogniser.Input> inputs = List.of(new EntityRecogniser.Input(a, kind), new EntityRecogniser.Input(b, BlockKind.PARAGRAPH));
        DocumentEntities first = Found.RECOGNISER.recognise(inputs);
        DocumentEntities again = Found.RECOGNISER.recognise(inputs);
        assertEquals(first, again);
        assertEquals(first.spans(), again.spans());
        assertEquals(first.register(), again.register());
        for (int i = 0; i < inputs.size(); i++) {
            List<Span> spans = first.spans().get(i);
            new AnnotatedText(inputs.get(i).text(), spans);
            for (Span s : spans) {
                if (s.mark() instanceof Mark.Mention m) {
                    assertTrue(first.register().byId(m.entryId()).isPresent(), m.entryId());
                    assertTrue(s.length() > 0 && !inputs.get(i).text().substring(s.start(), s.end()).isBlank());
                }
            }
        }
    }
}
