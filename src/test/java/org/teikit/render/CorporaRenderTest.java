package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.teikit.Integration;
import org.teikit.SharedFiles;
import org.teikit.TeikitException;
import org.teikit.io.InputFiles;

/**
 * Real TEI from other projects (../shared/corpora: German drama, US diplomatic history) renders
 * to HTML and text, file by file: the pages pass the Nu Html Checker, and every word of each
 * file's {@code <text>} reaches its page and its text view ({@link RenderedWords}). One render
 * run per view over the whole corpus, as a user's {@code render} command makes it.
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

    /** Every file whose rendering lacks words of its text, with the first few of them. */
    private static void assertEveryWordArrives(List<Path> files, Function<Path, Path> output, Function<Path, String> shown) {
        List<String> short_ = files.parallelStream().map(file -> {
            List<String> missing = RenderedWords.missing(RenderedWords.of(Renderer.get().read(file)), shown.apply(output.apply(file)));
            return missing.isEmpty() ? "" : file.getFileName() + ": " + missing.size() + " words short, "
                    + String.join(", ", missing.subList(0, Math.min(8, missing.size())));
        }).filter(s -> !s.isEmpty()).toList();
        assertEquals(List.of(), short_);
    }

    /**
     * The text nodes of a page's body as they are, one apart from the next: jsoup's own text()
     * would fold no-break spaces into spaces and drop soft hyphens, which are characters of the words.
     */
    private static String pageText(Path page) {
        StringBuilder out = new StringBuilder();
        for (Element e : Jsoup.parse(Fixtures.string(page)).body().getAllElements()) {
            for (TextNode t : e.textNodes()) out.append(t.getWholeText()).append(' ');
        }
        return out.toString();
    }

    @Test
    void everyCorpusFileRendersToValidHtmlWithEveryWordOfItsText() throws Exception {
        List<Path> files = corpora();
        assertTrue(files.size() >= 300, "expected the 308 corpus files, found " + files.size());
        FileRenderer html = new FileRenderer(Renderer.get(), RenderOptions.html(), 2);
        FileRenderer.Outcome outcome = html.renderAll(files, OUT.resolve("html"));
        assertAllWritten(files, outcome);
        assertEveryWordArrives(files, f -> html.outputFor(f, OUT.resolve("html")), CorporaRenderTest::pageText);
        assertEquals(List.of(), HtmlChecker.errors(outcome.written()));
    }

    @Test
    void everyCorpusFileRendersToTextWithEveryWordOfItsText() {
        List<Path> files = corpora();
        // The diplomatic reading: the text as transmitted, whose words RenderedWords counts.
        FileRenderer text = new FileRenderer(Renderer.get(), RenderOptions.text().withReading(Reading.DIPLOMATIC), 2);
        FileRenderer.Outcome outcome = text.renderAll(files, OUT.resolve("text"));
        assertAllWritten(files, outcome);
        assertEveryWordArrives(files, f -> text.outputFor(f, OUT.resolve("text")), Fixtures::string);
    }
}
