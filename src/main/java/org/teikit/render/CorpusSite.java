package org.teikit.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.jspecify.annotations.Nullable;
import org.teikit.InputException;
import org.teikit.batch.Batch;
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
 * <p>Each document is read once for what the index and registers need (its summary), once to
 * write its page. The index row of every document is held; the registers' mentions are not
 * (see {@link RegisterPages}), so memory grows with the corpus only by those rows. Nothing is
 * written until every document has been read: a corpus with a broken file fails whole, with that
 * file's error.
 */
public final class CorpusSite {
    private static final String INDEX = "index.html";
    /** The pages of the corpus as a whole: the index and the registers (their parts aside). */
    public static final List<String> PAGES = Stream.concat(Stream.of(INDEX), RegisterPages.PAGES.stream()).toList();
    /**
     * The shape of the summaries {@code summary.xsl} writes, which a build keeps between runs: a
     * new one whenever a field changes its type, so that summaries of the old shape are made again.
     */
    public static final int SUMMARY_SHAPE = 2;
    /** Mentions a register page shows in context before its mentions are split into parts. */
    private static final int MENTIONS_PER_PAGE = 5000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path outDir;
    private final List<Path> inputs;
    private final Reading reading;
    private final int threads;
    private final RenderOptions textViews;
    private final Runnable pageDone;
    private final int mentionsPerPage;
    private final Renderer renderer;
    private final XdmNode register;
    private final KeptTrees kept;

    private CorpusSite(Builder b) {
        this.outDir = b.outDir;
        this.inputs = List.copyOf(b.inputs);
        this.reading = b.reading;
        this.threads = b.threads;
        this.textViews = b.textViews;
        this.pageDone = b.pageDone;
        this.mentionsPerPage = b.mentionsPerPage;
        this.register = b.register;
        this.renderer = b.renderer;
        this.kept = b.kept;
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
        private Runnable pageDone = () -> { };
        private int mentionsPerPage = MENTIONS_PER_PAGE;
        private XdmNode register;
        private Renderer renderer = Renderer.get();
        private KeptTrees kept = KeptTrees.withinHeap();

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

        /** Called once per document page written, on the thread that called {@link #update} or {@link #write}. */
        public Builder onPageWritten(Runnable pageDone) {
            this.pageDone = pageDone;
            return this;
        }

        /** How many mentions a register page shows before the register is split into parts. */
        public Builder mentionsPerPage(int n) {
            if (n < 1) throw new IllegalArgumentException("a register page shows at least one mention");
            this.mentionsPerPage = n;
            return this;
        }

        /** A register file (a project's list of persons, places, organisations) the documents' names may point into. */
        public Builder register(XdmNode registerFile) {
            this.register = registerFile;
            return this;
        }

        /** The renderer pages and text views are made with: a project's customisation ({@link Renderer#customized}), or teikit's own. */
        public Builder renderer(Renderer r) {
            this.renderer = r;
            return this;
        }

        /** Trees read before the pages are written (for summaries, for checking): a page whose tree is kept there is not read again. */
        public Builder keptTrees(KeptTrees trees) {
            this.kept = trees;
            return this;
        }

        public CorpusSite build() {
            return new CorpusSite(this);
        }
    }

    /** The files written, pages first, and how many documents the site holds. */
    public record Result(List<Path> written, int documents) { }

    /**
     * A document of the site as a build knows it.
     *
     * @param summary     its summary ({@link #summary(XdmNode)}), made now or kept from an earlier build;
     *                    asked for more than once and from any thread, so that no summary need be held
     * @param changed     whether its TEI changed since its page was last written
     * @param lastWritten the neighbours its page was last written with; null if it has no page yet
     * @param validity    what checking its TEI found, shown on its page and in the index
     */
    public record Member(Path tei, Supplier<String> summary, boolean changed, @Nullable Neighbours lastWritten,
                         Validity validity) {
        public Member {
            validity = validity == null ? Validity.OK : validity;
        }

        public Member(Path tei, Supplier<String> summary, boolean changed, Neighbours lastWritten) {
            this(tei, summary, changed, lastWritten, Validity.OK);
        }
    }

    /** Where a member's page and text view are, and the neighbours its page links to. */
    public record Placed(Path tei, Path page, Path text, Neighbours neighbours) { }

    /** What {@link #update} wrote, how many of those were document pages, and every member's place in the site, in site order. */
    public record Update(List<Path> written, int pages, List<Placed> documents) { }

    /** The index, the registers and their parts that {@code outDir} holds now. */
    public static List<Path> corpusPages(Path outDir) {
        List<Path> pages = new ArrayList<>();
        for (String name : PAGES) {
            if (Files.isRegularFile(outDir.resolve(name))) pages.add(outDir.resolve(name));
        }
        pages.addAll(RegisterPages.partsIn(outDir));
        Path data = outDir.resolve(SearchIndex.DIR);
        if (Files.isDirectory(data)) {
            try (Stream<Path> files = Files.list(data)) {
                files.filter(f -> f.getFileName().toString().endsWith(".js")).sorted().forEach(pages::add);
            } catch (java.io.IOException e) {
                throw new InputException(data.toString(), "cannot list the search pieces: " + e.getMessage(),
                        "check the permissions of the site directory");
            }
        }
        return pages;
    }

    /** Builds the whole site; a document that cannot be read fails it before anything is written. */
    public Result write() {
        List<Path> files = OutputNames.distinct(inputs);
        if (files.isEmpty()) {
            throw new InputException(outDir.toString(), "no documents to build a site from", "give at least one TEI file");
        }
        OutputDirectory.prepare(outDir, files);
        // Summaries held in memory: this is for a set of TEI files at hand; SiteBuild keeps them on disk.
        List<Member> members = Batch.map(files, threads, f -> {
            XdmNode tei = renderer.read(f);
            kept.keep(f, tei, size(f));
            String summary = summary(tei, register);
            return new Member(f, () -> summary, true, null);
        });
        Update u = update(members);
        return new Result(u.written(), u.documents().size());
    }

    /** What the index and registers need of one document, as JSON to keep between builds. Any thread. */
    public static String summary(XdmNode tei) {
        return summary(tei, null);
    }

    /** Like {@link #summary(XdmNode)}, with a register file the document's names may point into (or null). */
    public static String summary(XdmNode tei, @Nullable XdmNode register) {
        return Renderer.get().summaryJson(tei, register);
    }

    /**
     * Brings the site up to date with {@code members}: writes the page (and text view) of every
     * member that changed, has no page yet, or whose neighbours by date are no longer those its
     * page links to; then the index and the registers.
     */
    public Update update(List<Member> members) {
        return update(members, stale -> { });
    }

    /** Like {@link #update(List)}; {@code pagesToWrite} learns how many document pages are about to be written. */
    public Update update(List<Member> members, IntConsumer pagesToWrite) {
        List<Path> files = OutputNames.distinct(members.stream().map(Member::tei).toList());
        if (files.isEmpty()) {
            throw new InputException(outDir.toString(), "no documents to build a site from", "give at least one TEI file");
        }
        OutputDirectory.prepare(outDir, files);
        List<SiteDocument> docs = new ArrayList<>(Batch.map(members, threads, m -> listed(m, parse(m.summary().get(), DocumentSummary.Listing.class))));
        docs.sort(SITE_ORDER);
        List<Path> outputs = new ArrayList<>();
        for (SiteDocument d : docs) {
            outputs.add(outDir.resolve(d.page()));
            if (textViews != null) outputs.add(textPath(d));
        }
        OutputFiles.refuseOverwritingInputs(outputs, files);

        List<Placed> placed = IntStream.range(0, docs.size()).mapToObj(i -> place(docs, i)).toList();
        List<Integer> stale = IntStream.range(0, docs.size()).filter(i -> isStale(docs.get(i).member(), placed.get(i)))
                .boxed().toList();
        pagesToWrite.accept(stale.size());
        // The index and the registers need the summaries and the site's order only: made beside the
        // pages, they use the time the pages' workers leave (a last long document keeps one busy, the
        // other idle) instead of starting when the last page is done.
        Future<List<Path>> corpusPages = Batch.beside(() -> writeCorpusPages(docs));
        List<Path> written = new ArrayList<>();
        try {
            Batch.map(stale, threads, i -> writeDocument(docs.get(i), placed.get(i)), paths -> {
                written.addAll(paths);
                pageDone.run();
            });
        } catch (RuntimeException | Error e) {
            // Nothing is left running after this returns: the corpus pages finish (or fail) first.
            try {
                Batch.join(corpusPages);
            } catch (RuntimeException | Error also) {
                e.addSuppressed(also);
            }
            throw e;
        }
        kept.clear();
        written.addAll(Batch.join(corpusPages));
        return new Update(List.copyOf(written), stale.size(), placed);
    }

    /** The search index, the index page and the registers, in that order. */
    private List<Path> writeCorpusPages(List<SiteDocument> docs) {
        List<Path> written = new ArrayList<>(new SearchIndex(outDir, threads).write(docs));
        written.add(writePage(INDEX, renderer.sitePage(index(docs), null)));
        written.addAll(new RegisterPages(outDir, renderer, threads, mentionsPerPage).write(docs));
        return written;
    }

    /** The index page's model: the first piece of rows, how many there are, and what the filters offer. */
    private static SiteModel.Index index(List<SiteDocument> docs) {
        java.util.TreeMap<String, Integer> authors = new java.util.TreeMap<>(java.text.Collator.getInstance(Locale.ENGLISH));
        java.util.TreeMap<String, Integer> types = new java.util.TreeMap<>(java.text.Collator.getInstance(Locale.ENGLISH));
        for (SiteDocument d : docs) {
            d.row().authors().forEach(a -> authors.merge(a, 1, Integer::sum));
            if (!d.row().type().isEmpty()) types.merge(d.row().type(), 1, Integer::sum);
        }
        List<SiteDocument> first = docs.subList(0, Math.min(docs.size(), SearchIndex.ROWS));
        return new SiteModel.Index(first.stream().map(SiteDocument::row).toList(), docs.size(), SearchIndex.ROWS,
                List.copyOf(authors.keySet()), List.copyOf(types.keySet()));
    }

    /** What the site holds of a document: its index row; the rest of its summary is read again when needed. */
    private static SiteDocument listed(Member m, DocumentSummary.Listing s) {
        List<String> names = s.entries().stream().map(DocumentSummary.Entry::name).distinct().toList();
        return new SiteDocument(m, new SiteModel.Document(pageName(m.tei()), s.title(), s.date(), s.iso(), s.sort(), s.summary(),
                s.source(), names, m.validity().state(), s.authors(), s.type()));
    }

    /** By date (undated last), then title, then page name: the same order whatever the input order. */
    private static final Comparator<SiteDocument> SITE_ORDER = Comparator
            .comparing((SiteDocument d) -> d.row().sort().isEmpty())
            .thenComparing(d -> d.row().sort())
            .thenComparing(d -> d.row().title().toLowerCase(Locale.ROOT))
            .thenComparing(SiteDocument::page);

    private Placed place(List<SiteDocument> docs, int i) {
        SiteDocument d = docs.get(i);
        SiteDocument prev = i > 0 ? docs.get(i - 1) : null;
        SiteDocument next = i + 1 < docs.size() ? docs.get(i + 1) : null;
        Neighbours n = new Neighbours(
                prev == null ? "" : prev.page(), prev == null ? "" : prev.row().title(),
                next == null ? "" : next.page(), next == null ? "" : next.row().title());
        return new Placed(d.member().tei(), outDir.resolve(d.page()), textViews == null ? null : textPath(d), n);
    }

    private boolean isStale(Member m, Placed p) {
        return m.changed() || !p.neighbours().equals(m.lastWritten()) || !Files.exists(p.page())
                || (p.text() != null && !Files.exists(p.text()));
    }

    private List<Path> writeDocument(SiteDocument d, Placed p) {
        XdmNode tei = kept.take(d.member().tei());
        if (tei == null) tei = renderer.read(d.member().tei());
        List<Path> out = new ArrayList<>();
        OutputFiles.write(p.page(), renderer.sitePage(tei, reading, p.neighbours(), d.member().validity(), register).getBytes(StandardCharsets.UTF_8));
        out.add(p.page());
        if (p.text() != null && (d.member().changed() || !Files.exists(p.text()))) {
            OutputFiles.write(p.text(), renderer.render(tei, textViews).getBytes(StandardCharsets.UTF_8));
            out.add(p.text());
        }
        return out;
    }

    /** A file's size, to weigh its tree by; a file that cannot be weighed is not kept (its page reads it again). */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return Long.MAX_VALUE / 8;
        }
    }

    private Path textPath(SiteDocument d) {
        return outDir.resolve(d.page().replaceFirst("\\.html$", ".txt"));
    }

    private Path writePage(String name, String html) {
        Path target = outDir.resolve(name);
        OutputFiles.write(target, html.getBytes(StandardCharsets.UTF_8));
        return target;
    }

    /** A summary read as {@link DocumentSummary} or one of its smaller views. */
    static <T> T parse(String json, Class<T> view) {
        try {
            return JSON.readValue(json, view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document summary is not the JSON summary.xsl writes: " + e.getMessage(), e);
        }
    }

    private static String pageName(Path file) {
        String stem = OutputNames.stem(file);
        // A document may not take a page name the site itself uses: it gets a suffix.
        String page = stem + ".html";
        String lower = page.toLowerCase(Locale.ROOT);
        boolean taken = PAGES.contains(lower) || RegisterPages.PART_PAGE.matcher(lower).matches();
        return taken ? stem + "-document.html" : page;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the site model as JSON", e);
        }
    }
}
