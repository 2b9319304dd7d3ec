package org.teikit.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.teikit.TeikitException;
import org.teikit.io.OutputFiles;

/**
 * A reading edition of a whole corpus: one page per document (linked to its neighbours by date
 * and to the registers), {@code index.html} (sortable, searchable), and the registers
 * {@code persons.html}, {@code places.html} and {@code organisations.html}, whose entries link to
 * every mention in every document.
 *
 * <pre>{@code
 * CorpusSite.Result r = CorpusSite.builder(Path.of("site"))
 *         .addAll(teiFiles)
 *         .threads(4)
 *         .build()
 *         .write();
 * }</pre>
 *
 * <p>Each document is read twice: once for what the index and registers need, once to write its
 * page. Between the two only that summary is held, so memory does not grow with the documents'
 * size. Nothing is written until every document has been read: a corpus with a broken file
 * fails whole, with that file's error.
 */
public final class CorpusSite {
    /** Page names the site itself uses; a document called so gets a suffix. */
    private static final Set<String> RESERVED = Set.of("index", "persons", "places", "organisations");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path outDir;
    private final List<Path> inputs;
    private final Reading reading;
    private final int threads;
    private final RenderOptions textViews;
    private final Renderer renderer = Renderer.get();

    private CorpusSite(Builder b) {
        this.outDir = b.outDir;
        this.inputs = List.copyOf(b.inputs);
        this.reading = b.reading;
        this.threads = b.threads;
        this.textViews = b.textViews;
    }

    public static Builder builder(Path outDir) {
        return new Builder(outDir);
    }

    public static final class Builder {
        private final Path outDir;
        private final List<Path> inputs = new ArrayList<>();
        private Reading reading = Reading.NORMALISED;
        private int threads = Runtime.getRuntime().availableProcessors();
        private RenderOptions textViews;

        private Builder(Path outDir) {
            this.outDir = outDir;
        }

        public Builder add(Path teiFile) {
            inputs.add(teiFile);
            return this;
        }

        public Builder addAll(Collection<Path> teiFiles) {
            inputs.addAll(teiFiles);
            return this;
        }

        /** The reading pages open in until the reader switches. */
        public Builder reading(Reading r) {
            this.reading = r;
            return this;
        }

        public Builder threads(int n) {
            if (n < 1) throw new IllegalArgumentException("threads must be 1 or more");
            this.threads = n;
            return this;
        }

        /** Also write each document's text view ({@code NAME.txt}) with these options. */
        public Builder withTextViews(RenderOptions text) {
            if (text.format() != Format.TEXT) throw new IllegalArgumentException("text views need text options");
            this.textViews = text;
            return this;
        }

        public CorpusSite build() {
            return new CorpusSite(this);
        }
    }

    /** The files written, pages first, and how many documents the site holds. */
    public record Result(List<Path> written, int documents) { }

    private record Summarised(Path file, String page, DocumentSummary summary) { }

    public Result write() {
        List<Path> files = OutputNames.distinct(inputs);
        if (files.isEmpty()) {
            throw new TeikitException(outDir.toString(), "no documents to build a site from", "give at least one TEI file");
        }
        OutputDirectory.prepare(outDir, files);

        List<Summarised> docs = new ArrayList<>(Workers.map(files, threads,
                f -> new Summarised(f, pageName(f), summarise(f))));
        docs.sort(SITE_ORDER);
        for (Summarised d : docs) {
            OutputFiles.refuseOverwritingInput(outDir.resolve(d.page()), files);
            if (textViews != null) OutputFiles.refuseOverwritingInput(textPath(d), files);
        }

        RegisterBook registers = new RegisterBook();
        List<SiteModel.Document> index = new ArrayList<>();
        for (Summarised d : docs) {
            registers.add(d.page(), d.summary());
            DocumentSummary s = d.summary();
            index.add(new SiteModel.Document(d.page(), s.title(), s.date(), s.iso(), s.sort(), s.summary(), s.source(),
                    s.entries().stream().map(DocumentSummary.Entry::name).distinct().toList()));
        }

        List<Path> written = new ArrayList<>();
        written.addAll(Workers.map(IntStream.range(0, docs.size()).boxed().toList(), threads,
                i -> writeDocument(docs, i)).stream().flatMap(List::stream).toList());
        String model = json(new SiteModel(index, registers.build()));
        written.add(writePage("index.html", renderer.sitePage(model, null)));
        written.add(writePage("persons.html", renderer.sitePage(model, "person")));
        written.add(writePage("places.html", renderer.sitePage(model, "place")));
        written.add(writePage("organisations.html", renderer.sitePage(model, "org")));
        return new Result(List.copyOf(written), docs.size());
    }

    /** By date (undated last), then title, then page name: the same order whatever the input order. */
    private static final Comparator<Summarised> SITE_ORDER = Comparator
            .comparing((Summarised d) -> d.summary().sort().isEmpty())
            .thenComparing(d -> d.summary().sort())
            .thenComparing(d -> d.summary().title().toLowerCase(Locale.ROOT))
            .thenComparing(Summarised::page);

    private List<Path> writeDocument(List<Summarised> docs, int i) {
        Summarised d = docs.get(i);
        Summarised prev = i > 0 ? docs.get(i - 1) : null;
        Summarised next = i + 1 < docs.size() ? docs.get(i + 1) : null;
        Neighbours n = new Neighbours(
                prev == null ? "" : prev.page(), prev == null ? "" : prev.summary().title(),
                next == null ? "" : next.page(), next == null ? "" : next.summary().title());
        var tei = renderer.read(d.file());
        List<Path> out = new ArrayList<>();
        out.add(writePage(d.page(), renderer.sitePage(tei, reading, n)));
        if (textViews != null) {
            Path text = textPath(d);
            OutputFiles.write(text, renderer.render(tei, textViews).getBytes(StandardCharsets.UTF_8));
            out.add(text);
        }
        return out;
    }

    private Path textPath(Summarised d) {
        return outDir.resolve(d.page().replaceFirst("\\.html$", ".txt"));
    }

    private Path writePage(String name, String html) {
        Path target = outDir.resolve(name);
        OutputFiles.write(target, html.getBytes(StandardCharsets.UTF_8));
        return target;
    }

    private DocumentSummary summarise(Path file) {
        String json = renderer.summaryJson(renderer.read(file));
        try {
            return JSON.readValue(json, DocumentSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary.xsl wrote JSON that does not fit DocumentSummary: " + e.getMessage(), e);
        }
    }

    private static String pageName(Path file) {
        String stem = OutputNames.stem(file);
        return (RESERVED.contains(stem.toLowerCase(Locale.ROOT)) ? stem + "-document" : stem) + ".html";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the site model as JSON", e);
        }
    }
}
