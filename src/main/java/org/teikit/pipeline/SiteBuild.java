package org.teikit.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.saxon.s9api.XdmNode;
import org.jspecify.annotations.Nullable;
import org.teikit.InputException;
import org.teikit.TeikitException;
import org.teikit.Version;
import org.teikit.batch.Batch;
import org.teikit.batch.Progress;
import org.teikit.io.InputFiles;
import org.teikit.io.OutputFiles;
import org.teikit.render.CorpusSite;
import org.teikit.render.Customization;
import org.teikit.render.KeptTrees;
import org.teikit.render.RenderOptions;
import org.teikit.render.Renderer;
import org.teikit.render.Validity;
import org.teikit.store.SchemaStore;

/**
 * The whole pipeline over a corpus, into a site: each text encoded (and checked) into
 * {@code SITEDIR/tei/NAME.xml}, each TEI input read and checked as it is, its summary kept in
 * {@code SITEDIR/.teikit/summaries/}, then the pages. Incremental: a document whose input bytes,
 * settings and teikit version are those of the last build ({@link Manifest}) is not touched;
 * pages are rewritten only where the document or its neighbours by date changed, and the index
 * and registers only when any document did. Documents no longer among the inputs leave the site.
 * One bad document never stops the others.
 *
 * <p>Encode once; afterwards the TEI belongs to the editors. {@code tei/NAME.xml} is written only
 * when it does not exist or still holds exactly what teikit wrote last time (its hash is in the
 * manifest). A file changed by hand is published as it is and never overwritten or removed,
 * unless {@link Options#overwriteEdited()} asks for it; TEI inputs are never written at all.
 */
public final class SiteBuild {

    private final Path site;
    private final TextToTei encoder;
    private final String settings;
    private final Options options;
    private final TeiCheck check;
    private final XdmNode register;
    private final Renderer renderer;

    /**
     * How a build runs.
     *
     * @param threads         documents processed at once
     * @param force           rebuild every document, even those unchanged since the last build
     * @param overwriteEdited re-encode a text even where its TEI was changed by hand
     * @param catalogs        OASIS catalogs mapping the schemas TEI inputs declare to local files
     * @param register        a TEI file of persons, places and organisations the documents' names may point into, or null
     * @param store           the schema store TEI inputs' schemas (tei_all above all) are looked up in
     * @param customization   a project's stylesheet and parameter values for the pages and text views
     */
    public record Options(int threads, boolean force, boolean overwriteEdited, List<Path> catalogs, @Nullable Path register,
                          SchemaStore store, Customization customization) {
        public Options {
            catalogs = List.copyOf(catalogs);
            customization = customization == null ? Customization.NONE : customization;
        }

        public Options(int threads, boolean force, boolean overwriteEdited, List<Path> catalogs, @Nullable Path register,
                       SchemaStore store) {
            this(threads, force, overwriteEdited, catalogs, register, store, Customization.NONE);
        }

        public Options(int threads, boolean force, boolean overwriteEdited, List<Path> catalogs) {
            this(threads, force, overwriteEdited, catalogs, null, SchemaStore.standard());
        }
    }

    /**
     * @param settings everything besides the input that shapes the output (see {@code org.teikit.api.Encoder}, which makes them);
     *                 teikit's version and the page options are added here
     */
    public SiteBuild(Path site, TextToTei encoder, String settings, Options options) {
        this.site = site;
        this.encoder = encoder;
        this.options = options;
        this.register = options.register() == null ? null : Renderer.get().read(options.register());
        // Compiled and checked before anything is written: a broken customisation stops the build whole.
        this.renderer = Renderer.get().customized(options.customization());
        // A register file shapes every page that names someone in it: a new one rebuilds the site.
        // So does a customisation (its own file and values; a module it imports is not looked into: --force).
        // Summaries kept by a build whose summaries had another shape are made again (a snapshot
        // build of teikit has the same version as the one before it).
        this.settings = Fingerprint.of(settings + "summaries=" + CorpusSite.SUMMARY_SHAPE + "\n" + "text=" + RenderOptions.text() + "\n"
                + (options.register() == null ? "" : "register=" + Fingerprint.of(read(options.register())) + "\n")
                + customizationSettings(options.customization()));
        this.check = new TeiCheck(options.catalogs(), options.store());
        // Compiled while the inputs are listed and the first ones read, not when the first
        // document needs them; a build with nothing to do needs the page stylesheet anyway.
        Renderer.get().compileInBackground();
    }

    /** Trees read while checking and summing up, for the pages: each file is parsed once while they fit. */
    private final KeptTrees kept = KeptTrees.withinHeap();

    public SiteBuild(Path site, TextToTei encoder, String settings, int threads, boolean force) {
        this(site, encoder, settings, new Options(threads, force, false, List.of()));
    }

    /**
     * What a build did.
     *
     * @param encoded   documents encoded in this run
     * @param unchanged documents left as the last build made them
     * @param removed   documents whose input is gone, taken out of the site
     * @param pages     document pages (and text views) written
     * @param corpus    whether the index and registers were written
     * @param teiInputs documents given as TEI
     * @param edited    text inputs whose TEI was changed by hand, published as it is
     * @param flagged   documents published although checking found them wanting, by input name
     * @param notices   what checking the TEI inputs says once for the run (the schema files declaring none got)
     */
    public record Result(int documents, int encoded, int unchanged, int removed, int pages, boolean corpus,
                         List<TeikitException> problems, List<String> warnings, int teiInputs, int edited,
                         Map<String, Validity> flagged, List<String> notices) { }

    /**
     * One input's part in the build.
     *
     * @param tei       the TEI its page is made from: {@code tei/NAME.xml}, or the TEI input itself
     * @param written   hash of the TEI teikit wrote for a text input ("" for TEI inputs)
     * @param published hash of the TEI the page is made from
     * @param edited    a text input whose TEI was changed by hand
     */
    private record Doc(String input, Path tei, String sha256, String written, String published, boolean changed,
                       Validity validity, boolean teiInput, boolean edited, List<String> warnings) { }

    public Result run(List<Path> inputs, Progress progress) {
        List<TeikitException> problems = new ArrayList<>();
        List<Path> files = distinctNames(inputs, problems);
        Manifest last = Manifest.read(site);
        boolean fresh = options.force() || !last.teikit().equals(Version.get()) || !last.settings().equals(settings);
        Map<String, Manifest.Entry> written = last.byInput();
        Map<String, Manifest.Entry> before = fresh ? Map.of() : written;

        List<Doc> docs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Batch.forEach(files, options.threads(), in -> build(in, before.get(name(in)), written.get(name(in))), o -> {
            progress.step();
            if (o.ok()) {
                docs.add(o.value());
                o.value().warnings().forEach(w -> warnings.add(o.file() + ": " + w));
            } else {
                problems.add(o.error());
            }
        });

        Set<String> present = new HashSet<>();
        docs.forEach(d -> present.add(d.input()));
        Set<String> given = new HashSet<>();
        files.forEach(f -> given.add(name(f)));
        int removed = 0;
        for (Manifest.Entry e : last.documents()) {
            if (!present.contains(e.input())) {
                delete(e);
                if (!given.contains(e.input())) removed++;
            }
        }
        int encoded = (int) docs.stream().filter(Doc::changed).count();
        boolean corpusChanged = fresh || encoded > 0 || removed > 0 || !corpusPagesExist();

        Map<String, Manifest.Entry> now = new LinkedHashMap<>();
        int pages = 0;
        if (docs.isEmpty()) {
            deleteAll(relative(CorpusSite.corpusPages(site).toArray(Path[]::new)));
        } else if (corpusChanged) {
            pages = writePages(docs, before, now, progress);
        } else {
            for (Doc d : docs) now.put(d.input(), before.get(d.input()));
        }
        new Manifest(Version.get(), settings, List.copyOf(now.values())).write(site);
        Map<String, Validity> flagged = new TreeMap<>();
        for (Doc d : docs) if (!d.validity().state().equals(Validity.VALID)) flagged.put(d.tei().toString(), d.validity());
        return new Result(docs.size(), (int) docs.stream().filter(d -> d.changed() && !d.teiInput() && !d.edited()).count(),
                docs.size() - encoded, removed, pages, corpusChanged && !docs.isEmpty(),
                List.copyOf(problems), List.copyOf(warnings), (int) docs.stream().filter(Doc::teiInput).count(),
                (int) docs.stream().filter(Doc::edited).count(), flagged, check.notices());
    }

    /** TEI inputs are taken as they are; anything else is text to encode. */
    public static boolean isTei(Path input) {
        return input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /**
     * One input's part, unless the last build made its outputs from the same bytes.
     *
     * @param last    its entry in the last build, if that build counts (not forced, same settings)
     * @param written its entry in the last manifest whatever the settings: what teikit last wrote
     */
    private Doc build(Path input, Manifest.Entry last, Manifest.Entry written) {
        return isTei(input) ? fromTei(input, last) : fromText(input, last, written);
    }

    private Doc fromTei(Path input, Manifest.Entry last) {
        byte[] bytes = read(input);
        String sha = Fingerprint.of(bytes);
        String name = name(input);
        if (last != null && last.sha256().equals(sha) && last.page().equals(sha) && outputsExist(last)) {
            return new Doc(name, input, sha, "", sha, false, last.validity(), true, false, List.of());
        }
        TeiCheck.Checked c = check.check(input);
        writeSummary(name, c.tei());
        kept.keep(input, c.tei(), bytes.length);
        return new Doc(name, input, sha, "", sha, true, c.validity(), true, false, List.of());
    }

    private Doc fromText(Path input, Manifest.Entry last, Manifest.Entry written) {
        String sha = Fingerprint.of(read(input));
        Path tei = teiDir().resolve(InputFiles.renamed(input, ".xml"));
        String name = name(input);
        byte[] teiBytes = Files.isRegularFile(tei) ? read(tei) : null;
        String present = teiBytes == null ? null : Fingerprint.of(teiBytes);
        String teikitWrote = written == null ? "" : written.tei();
        // A manifest from before teikit kept the hash: the TEI it lists as its own output is taken as teikit's.
        if (teikitWrote.isEmpty() && written != null && written.outputs().contains("tei/" + tei.getFileName())) teikitWrote = present;
        if (present != null && !present.equals(teikitWrote) && !options.overwriteEdited()) {
            // The editors' TEI: published as it is; the text no longer shapes it.
            List<String> said = List.of("tei/" + tei.getFileName() + " was changed by hand: published as it is, not encoded again from "
                    + name + " (--overwrite-edited encodes over it)");
            if (last != null && last.page().equals(present) && outputsExist(last)) {
                return new Doc(name, tei, sha, teikitWrote, present, false, last.validity(), false, true, said);
            }
            TeiCheck.Checked c = check.check(tei);
            writeSummary(name, c.tei());
            kept.keep(tei, c.tei(), teiBytes.length);
            return new Doc(name, tei, sha, teikitWrote, present, true, c.validity(), false, true, said);
        }
        if (last != null && last.sha256().equals(sha) && present != null && present.equals(last.page()) && outputsExist(last)) {
            return new Doc(name, tei, sha, teikitWrote, present, false, last.validity(), false, false, List.of());
        }
        TextToTei.Encoded e = encoder.encode(input);
        OutputFiles.write(tei, e.bytes());
        XdmNode node = Renderer.get().reader().read(e.bytes().decode(StandardCharsets.UTF_8), tei.toString());
        writeSummary(name, node);
        String hash = Fingerprint.of(e.bytes().toArray());
        return new Doc(name, tei, sha, hash, hash, true, Validity.OK, false, false, e.warnings());
    }

    private void writeSummary(String name, XdmNode tei) {
        OutputFiles.write(summaryFile(name), CorpusSite.summary(tei, register).getBytes(StandardCharsets.UTF_8));
    }

    private boolean outputsExist(Manifest.Entry e) {
        return e.outputs().stream().allMatch(o -> Files.isRegularFile(site.resolve(o)));
    }

    private int writePages(List<Doc> docs, Map<String, Manifest.Entry> before, Map<String, Manifest.Entry> now,
                           Progress progress) {
        Map<Path, Doc> byTei = new HashMap<>();
        List<CorpusSite.Member> members = new ArrayList<>();
        for (Doc d : docs) {
            Manifest.Entry last = before.get(d.input());
            byTei.put(d.tei(), d);
            members.add(new CorpusSite.Member(d.tei(), () -> readSummary(d.input()), d.changed(),
                    last == null ? null : last.neighbours(), d.validity()));
        }
        CorpusSite.Update update = CorpusSite.builder(site).renderer(renderer).threads(options.threads()).withTextViews(RenderOptions.text()).register(register).keptTrees(kept)
                .onPageWritten(progress::step).build().update(members, n -> progress.stage("rendering", n));
        for (CorpusSite.Placed p : update.documents()) {
            Doc d = byTei.get(p.tei());
            now.put(d.input(), new Manifest.Entry(d.input(), d.sha256(), d.written(), d.published(), d.validity(),
                    relative(d.teiInput() ? null : p.tei(), p.page(), p.text(), summaryFile(d.input())), p.neighbours()));
        }
        return update.pages();
    }

    /** Two inputs of the same name would write the same outputs: the first is built, the other reported. */
    private static List<Path> distinctNames(List<Path> inputs, List<TeikitException> problems) {
        Map<String, Path> seen = new LinkedHashMap<>();
        for (Path in : inputs) {
            Path earlier = seen.putIfAbsent(InputFiles.renamed(in, ""), in);
            if (earlier != null) {
                problems.add(new InputException(in.toString(), "has the same name as " + earlier
                        + ", so both would be written to the same pages", "rename one of them"));
            }
        }
        return List.copyOf(seen.values());
    }

    private static String name(Path input) {
        return input.getFileName().toString();
    }

    private Path teiDir() {
        return site.resolve("tei");
    }

    private Path summaryFile(String input) {
        return site.resolve(".teikit").resolve("summaries").resolve(InputFiles.renamed(Path.of(input), ".json"));
    }

    private String readSummary(String input) {
        try {
            return Files.readString(summaryFile(input), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(summaryFile(input).toString(), "cannot read what the last build kept: " + e.getMessage(),
                    "run the build again with --force");
        }
    }

    private boolean corpusPagesExist() {
        for (String page : CorpusSite.PAGES) if (!Files.isRegularFile(site.resolve(page))) return false;
        return true;
    }

    private List<String> relative(Path... files) {
        List<String> out = new ArrayList<>();
        for (Path f : files) if (f != null) out.add(site.relativize(f).toString().replace('\\', '/'));
        return out;
    }

    /** A document's outputs, all but TEI changed by hand since teikit wrote it: that stays the editors'. */
    private void delete(Manifest.Entry entry) {
        for (String o : entry.outputs()) {
            Path file = site.resolve(o);
            if (o.startsWith("tei/") && Files.isRegularFile(file) && !Fingerprint.of(read(file)).equals(entry.tei())) continue;
            try {
                Files.deleteIfExists(site.resolve(o));
            } catch (IOException e) {
                throw new InputException(site.resolve(o).toString(), "cannot remove the output of a document no longer built: "
                        + e.getMessage(), "check the permissions of the site directory");
            }
        }
    }

    private void deleteAll(List<String> outputs) {
        delete(new Manifest.Entry("", "", "", "", null, outputs, null));
    }

    private static String customizationSettings(Customization c) {
        if (c.isNone()) return "";
        return "customization=" + (c.stylesheet() == null ? "" : Fingerprint.of(read(c.stylesheet()))) + " " + c.params() + "\n";
    }

    private static byte[] read(Path input) {
        try {
            return Files.readAllBytes(input);
        } catch (IOException e) {
            throw new InputException(input.toString(), "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
        }
    }
}
