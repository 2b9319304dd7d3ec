package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.teikit.Integration;
import org.teikit.SharedFiles;
import org.teikit.TeikitException;
import org.teikit.io.InputFiles;

/**
 * Real TEI from other projects (../shared/corpora: German drama, US diplomatic history) renders
 * to HTML and text, file by file, and the pages pass the Nu Html Checker.
 */
@Integration
class CorporaRenderTest {
    private static final Path OUT = Path.of("target", "corpora");

    private static List<Path> corpora() {
        Path dir = SharedFiles.require("corpora");
        return InputFiles.expand(List.of(dir), "*.xml").files();
    }

    private static void assertAllWritten(List<Path> files, FileRenderer.Outcome outcome) {
        assertEquals(List.of(), outcome.failures().stream().map(TeikitException::oneLine).toList());
        assertEquals(files.size(), outcome.written().size());
    }

    @Test
    void everyCorpusFileRendersToValidHtml() throws Exception {
        List<Path> files = corpora();
        assertTrue(files.size() >= 300, "expected the 308 corpus files, found " + files.size());
        FileRenderer html = new FileRenderer(Renderer.get(), RenderOptions.html(), 2);
        FileRenderer.Outcome outcome = html.renderAll(files, OUT.resolve("html"));
        assertAllWritten(files, outcome);
        assertEquals(List.of(), HtmlChecker.errors(outcome.written()));
    }

    @Test
    void everyCorpusFileRendersToText() {
        List<Path> files = corpora();
        FileRenderer text = new FileRenderer(Renderer.get(), RenderOptions.text(), 2);
        FileRenderer.Outcome outcome = text.renderAll(files, OUT.resolve("text"));
        assertAllWritten(files, outcome);
        for (Path written : outcome.written()) {
            assertTrue(Fixtures.string(written).lines().count() > 5, written + " is nearly empty");
        }
    }
}
