package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.teikit.Integration;
import org.teikit.io.OutputFiles;

/** Every kind of page teikit writes passes the Nu Html Checker without errors. */
@Integration
class HtmlConformanceTest {
    private static final Path OUT = Path.of("target", "conformance");

    @Test
    void everyPageTeikitWritesIsValidHtml() throws Exception {
        List<Path> pages = new ArrayList<>();
        for (String fixture : List.of("tei/shape.xml", "render/lossless/memo.xml", "render/foreign/varia.xml",
                "render/foreign/anthology.xml")) {
            for (Reading reading : Reading.values()) {
                Path page = OUT.resolve("single").resolve(OutputNames.stem(Path.of(fixture)) + "-" + reading.id() + ".html");
                OutputFiles.write(page, Renderer.get().html(Fixtures.read(fixture), reading).getBytes(StandardCharsets.UTF_8));
                pages.add(page);
            }
        }
        Path site = OUT.resolve("site");
        pages.addAll(CorpusSite.builder(site).addAll(Fixtures.corpus()).build().write().written());
        // Registers split into parts, as a large corpus has them.
        pages.addAll(CorpusSite.builder(OUT.resolve("parts")).addAll(Fixtures.corpus()).mentionsPerPage(2).build().write()
                .written().stream().filter(p -> p.getFileName().toString().matches("(persons|places|organisations).*")).toList());
        // A site from other projects' TEI: contents, characters, names grouped by name, a flagged page, a register file.
        pages.addAll(CorpusSite.builder(OUT.resolve("tei-site")).addAll(Fixtures.teiSite())
                .register(Renderer.get().read(Fixtures.siteRegister())).build().write().written());
        pages.removeIf(p -> !p.getFileName().toString().endsWith(".html"));
        assertTrue(pages.size() >= 20, "pages checked: " + pages.size());

        List<String> errors = HtmlChecker.errors(pages);
        assertEquals(List.of(), errors);
    }

    @Test
    void everyLinkWithinAPageLandsOnAnAnchor() throws Exception {
        // The checker does not follow links; this does, within each page of a site.
        Path site = OUT.resolve("links");
        List<Path> documents = new ArrayList<>(Fixtures.corpus());
        documents.addAll(Fixtures.teiSite());
        CorpusSite.builder(site).addAll(documents).register(Renderer.get().read(Fixtures.siteRegister())).build().write();
        try (Stream<Path> files = Files.list(site)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var doc = org.jsoup.Jsoup.parse(Fixtures.string(page));
                for (var a : doc.select("a[href^=#]")) {
                    String id = a.attr("href").substring(1);
                    assertTrue(doc.getElementById(id) != null, page.getFileName() + ": dead link #" + id);
                }
            }
        }
    }
}
