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
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.TeikitException;
import org.teikit.Version;
import org.teikit.io.InputFiles;
import org.teikit.io.OutputFiles;
import org.teikit.render.CorpusSite;
import org.teikit.render.RenderOptions;
import org.teikit.render.Renderer;

/**
 * The whole pipeline over a corpus, into a site: each text encoded (and checked) into
 * {@code SITEDIR/tei/NAME.xml}, its summary kept in {@code SITEDIR/.teikit/summaries/}, then the
 * pages. Incremental: a document whose input bytes, settings and teikit version are those of
 * the last build ({@link Manifest}) is not touched; pages are rewritten only where the document
 * or its neighbours by date changed, and the index and registers only when any document did.
 * Documents no longer among the inputs leave the site. One bad document never stops the others.
 */
public final class SiteBuild {

    private final Path site;
    private final TextToTei encoder;
    private final String settings;
    private final int threads;
    private final boolean force;

    /**
     * @param settings everything besides the input that shapes the output (see {@code EncodingOptions.settings()});
     *                 teikit's version and the page options are added here
     */
    public SiteBuild(Path site, TextToTei encoder, String settings, int threads, boolean force) {
        this.site = site;
        this.encoder = encoder;
        this.settings = Fingerprint.of(settings + "text=" + RenderOptions.text() + "\n");
        this.threads = threads;
        this.force = force;
    }

    /**
     * What a build did.
     *
     * @param encoded   documents encoded in this run
     * @param unchanged documents left as the last build made them
     * @param removed   documents whose input is gone, taken out of the site
     * @param pages     document pages (and text views) written
     * @param corpus    whether the index and registers were written
     */
    public record Result(int documents, int encoded, int unchanged, int removed, int pages, boolean corpus,
                         List<TeikitException> problems, List<String> warnings) { }

    /** One input's part in the build. */
    private record Doc(String input, Path tei, String sha256, boolean changed, List<String> warnings) { }

    public Result run(List<Path> inputs, Progress progress) {
        List<TeikitException> problems = new ArrayList<>();
        List<Path> files = distinctNames(inputs, problems);
        Manifest last = Manifest.read(site);
        boolean fresh = force || !last.teikit().equals(Version.get()) || !last.settings().equals(settings);
        Map<String, Manifest.Entry> before = fresh ? Map.of() : last.byInput();

        List<Doc> docs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Batch.forEach(files, threads, in -> build(in, before.get(name(in))), o -> {
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
        int removed = 0;
        for (Manifest.Entry e : last.documents()) {
            if (!present.contains(e.input())) {
                delete(e.outputs());
                removed++;
            }
        }
        int encoded = (int) docs.stream().filter(Doc::changed).count();
        boolean corpusChanged = fresh || encoded > 0 || removed > 0 || !corpusPagesExist();

        Map<String, Manifest.Entry> now = new LinkedHashMap<>();
        int pages = 0;
        if (docs.isEmpty()) {
            delete(relative(CorpusSite.corpusPages(site).toArray(Path[]::new)));
        } else if (corpusChanged) {
            pages = writePages(docs, before, now, progress);
        } else {
            for (Doc d : docs) now.put(d.input(), before.get(d.input()));
        }
        new Manifest(Version.get(), settings, List.copyOf(now.values())).write(site);
        return new Result(docs.size(), encoded, docs.size() - encoded, removed, pages, corpusChanged && !docs.isEmpty(),
                List.copyOf(problems), List.copyOf(warnings));
    }

    /** Encodes one input, unless the last build made its outputs from the same bytes. */
    private Doc build(Path input, Manifest.Entry last) {
        byte[] bytes = read(input);
        String sha = Fingerprint.of(bytes);
        Path tei = teiDir().resolve(InputFiles.renamed(input, ".xml"));
        String name = name(input);
        if (last != null && last.sha256().equals(sha) && last.outputs().stream().allMatch(o -> Files.isRegularFile(site.resolve(o)))) {
            return new Doc(name, tei, sha, false, List.of());
        }
        TextToTei.Encoded e = encoder.encode(input);
        OutputFiles.write(tei, e.bytes());
        XdmNode node = Renderer.get().reader().read(new String(e.bytes(), StandardCharsets.UTF_8), tei.toString());
        OutputFiles.write(summaryFile(name), CorpusSite.summary(node).getBytes(StandardCharsets.UTF_8));
        return new Doc(name, tei, sha, true, e.warnings());
    }

    private int writePages(List<Doc> docs, Map<String, Manifest.Entry> before, Map<String, Manifest.Entry> now,
                           Progress progress) {
        Map<Path, Doc> byTei = new HashMap<>();
        List<CorpusSite.Member> members = new ArrayList<>();
        for (Doc d : docs) {
            Manifest.Entry last = before.get(d.input());
            byTei.put(d.tei(), d);
            members.add(new CorpusSite.Member(d.tei(), () -> readSummary(d.input()), d.changed(),
                    last == null ? null : last.neighbours()));
        }
        CorpusSite.Update update = CorpusSite.builder(site).threads(threads).withTextViews(RenderOptions.text())
                .onPageWritten(progress::step).build().update(members, n -> progress.stage("rendering", n));
        for (CorpusSite.Placed p : update.documents()) {
            Doc d = byTei.get(p.tei());
            now.put(d.input(), new Manifest.Entry(d.input(), d.sha256(),
                    relative(p.tei(), p.page(), p.text(), summaryFile(d.input())), p.neighbours()));
        }
        return update.pages();
    }

    /** Two inputs of the same name would write the same outputs: the first is built, the other reported. */
    private static List<Path> distinctNames(List<Path> inputs, List<TeikitException> problems) {
        Map<String, Path> seen = new LinkedHashMap<>();
        for (Path in : inputs) {
            Path earlier = seen.putIfAbsent(InputFiles.renamed(in, ""), in);
            if (earlier != null) {
                problems.add(new TeikitException(in.toString(), "has the same name as " + earlier
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
            throw new TeikitException(summaryFile(input).toString(), "cannot read what the last build kept: " + e.getMessage(),
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

    private void delete(List<String> outputs) {
        for (String o : outputs) {
            try {
                Files.deleteIfExists(site.resolve(o));
            } catch (IOException e) {
                throw new TeikitException(site.resolve(o).toString(), "cannot remove the output of a document no longer built: "
                        + e.getMessage(), "check the permissions of the site directory");
            }
        }
    }

    private static byte[] read(Path input) {
        try {
            return Files.readAllBytes(input);
        } catch (IOException e) {
            throw new TeikitException(input.toString(), "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
        }
    }
}
