package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

class KeptTreesTest {
    private static final XdmNode TREE = Renderer.get().reader().read(
            "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><p>x</p></body></text></TEI>", "t.xml");

    @Test
    void keepsTreesUntilTheBudgetIsSpent() {
        KeptTrees kept = new KeptTrees(4 * 250);
        assertTrue(kept.keep(Path.of("a.xml"), TREE, 100));
        assertTrue(kept.keep(Path.of("b.xml"), TREE, 150));
        assertFalse(kept.keep(Path.of("c.xml"), TREE, 1), "the budget is spent");
        assertNull(kept.take(Path.of("c.xml")));
    }

    @Test
    void aTreeTakenIsGoneAndFreesItsShare() {
        KeptTrees kept = new KeptTrees(4 * 100);
        assertTrue(kept.keep(Path.of("a.xml"), TREE, 100));
        assertSame(TREE, kept.take(Path.of("a.xml")));
        assertNull(kept.take(Path.of("a.xml")), "taken once");
        assertTrue(kept.keep(Path.of("b.xml"), TREE, 100), "the share of a taken tree is free again");
    }

    @Test
    void keepingAFileAgainReplacesItsTree() {
        KeptTrees kept = new KeptTrees(4 * 100);
        assertTrue(kept.keep(Path.of("a.xml"), TREE, 100));
        assertTrue(kept.keep(Path.of("a.xml"), TREE, 100), "not counted twice");
        kept.clear();
        assertNull(kept.take(Path.of("a.xml")));
    }

    @Integration
    @Test
    void aSiteIsTheSameWhetherItsTreesWereKeptOrReadAgain(@TempDir Path dir) throws IOException {
        Path kept = dir.resolve("kept");
        Path reread = dir.resolve("reread");
        CorpusSite.builder(kept).addAll(Fixtures.corpus()).threads(2).withTextViews(RenderOptions.text())
                .keptTrees(KeptTrees.withinHeap()).build().write();
        CorpusSite.builder(reread).addAll(Fixtures.corpus()).threads(2).withTextViews(RenderOptions.text())
                .keptTrees(new KeptTrees(0)).build().write();
        Map<String, String> a = files(kept);
        assertTrue(a.keySet().containsAll(List.of("index.html", "note-1976-pyongyang.html", "note-1976-pyongyang.txt")), a.keySet().toString());
        assertEquals(a, files(reread));
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) out.put(dir.relativize(f).toString(), Files.readString(f));
        }
        return out;
    }
}
