package org.teikit.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Test documents under src/test/resources/fixtures, read and rendered. */
final class Fixtures {
    private Fixtures() { }

    static Path path(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + relative, e);
        }
    }

    static Path shape() {
        return path("tei/shape.xml");
    }

    static List<Path> corpus() {
        return xmlIn("render/corpus");
    }

    /** Other projects' TEI, written for these tests: a play, a memorandum with its own lists, an invalid file, a note pointing into a register file. */
    static List<Path> teiSite() {
        return xmlIn("site");
    }

    /** The register file the notes of {@link #teiSite()} point into. */
    static Path siteRegister() {
        return path("site-register/persons.xml");
    }

    private static List<Path> xmlIn(String dir) {
        try (Stream<Path> files = Files.list(path(dir))) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XdmNode read(String relative) {
        return Renderer.get().read(path(relative));
    }

    static XdmNode parse(String xml) {
        return Renderer.get().reader().read(xml, "test.xml");
    }

    static Document html(XdmNode tei) {
        return Jsoup.parse(Renderer.get().html(tei, Reading.NORMALISED));
    }

    static Document html(String relative) {
        return html(read(relative));
    }

    static String text(String relative, Reading reading, int width) {
        return Renderer.get().text(read(relative), reading, width, true);
    }

    static String string(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal TEI document around a body. */
    static String tei(String body) {
        return "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
                + "<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>"
                + "<text><body>" + body + "</body></text></TEI>";
    }
}
