package org.teikit.render;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.teikit.InputException;
import org.teikit.batch.Batch;
import org.teikit.io.OutputFiles;
import org.teikit.io.ScratchDirectory;

/**
 * Writes the registers {@code persons.html}, {@code places.html} and {@code organisations.html}.
 *
 * <p>Memory does not grow with the corpus: the entries and their counts are gathered first
 * ({@link RegisterBook}); then the documents' summaries are read again and each mention goes to a
 * scratch file for the page that will show it; each page is made from its file alone. A
 * register whose mentions fit on one page is that page. A larger one lists its entries with
 * their counts, each linked to the part ({@code persons-1.html}, {@code persons-2.html} …) where
 * its mentions are shown in context; an entry is never split between parts.
 */
final class RegisterPages {
    /** Each register's page name, without ".html"; its parts add "-1", "-2" …. */
    static final Map<String, String> PAGE_STEMS = Map.of("person", "persons", "place", "places", "org", "organisations",
            "cast", "characters");
    /** The registers' own pages, in register order. */
    static final List<String> PAGES = RegisterBook.KINDS.stream().map(k -> partFile(k, 0)).toList();
    /** Part pages; documents may not take these names (see {@code CorpusSite}). */
    static final Pattern PART_PAGE = Pattern.compile("(?:" + String.join("|", PAGE_STEMS.values()) + ")-\\d+\\.html");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter LINE = JSON.writerFor(Spilled.class);

    private final Path outDir;
    private final Renderer renderer;
    private final int threads;
    private final int mentionsPerPage;

    RegisterPages(Path outDir, Renderer renderer, int threads, int mentionsPerPage) {
        this.outDir = outDir;
        this.renderer = renderer;
        this.threads = threads;
        this.mentionsPerPage = mentionsPerPage;
    }

    /** A page to write: its register, its part (0: the register's own page), and the entries it shows. */
    private record PageOfRegister(String kind, int part, List<SiteModel.Part> parts, List<SiteModel.Entry> entries,
                                  Path scratch) {
        String file() {
            return partFile(kind, part);
        }

        boolean showsMentions() {
            return scratch != null;
        }
    }

    /** One mention as the scratch files keep it. */
    private record Spilled(String entry, int doc, String anchor, String text, String before, String after) { }

    /** Writes the registers of {@code docs} (in site order) and removes parts an earlier, larger site left. */
    List<Path> write(List<SiteDocument> docs) {
        RegisterBook book = new RegisterBook();
        Batch.map(docs, threads, d -> CorpusSite.parse(d.member().summary().get(), DocumentSummary.Counts.class), book::add);
        ScratchDirectory scratch = scratchDirectory();
        try {
            List<PageOfRegister> pages = new ArrayList<>();
            Map<String, PageOfRegister> pageOfEntry = new HashMap<>();
            for (String kind : RegisterBook.KINDS) {
                for (PageOfRegister p : paginate(kind, book.entries(kind), scratch.path())) {
                    pages.add(p);
                    if (p.showsMentions()) for (SiteModel.Entry e : p.entries()) pageOfEntry.put(RegisterBook.key(kind, e.id()), p);
                }
            }
            spill(docs, pages, pageOfEntry);
            List<Path> written = Batch.map(pages, threads, p -> writePage(p, docs));
            removeOtherParts(written);
            return written;
        } finally {
            try {
                scratch.close();
            } catch (IOException e) {
                // Scratch space in the system's temporary directory: the system clears what is left.
            }
        }
    }

    /** The register's page, and its parts when its mentions do not fit on one page. */
    private List<PageOfRegister> paginate(String kind, List<SiteModel.Entry> entries, Path scratch) {
        List<List<SiteModel.Entry>> groups = new ArrayList<>();
        int inGroup = 0;
        for (SiteModel.Entry e : entries) {
            if (groups.isEmpty() || (inGroup > 0 && inGroup + e.total() > mentionsPerPage)) {
                groups.add(new ArrayList<>());
                inGroup = 0;
            }
            groups.get(groups.size() - 1).add(e);
            inGroup += e.total();
        }
        if (groups.size() <= 1) {
            return List.of(new PageOfRegister(kind, 0, List.of(), entries, scratch.resolve(kind + ".jsonl")));
        }
        List<SiteModel.Part> parts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<SiteModel.Entry> g = groups.get(i);
            parts.add(new SiteModel.Part(partFile(kind, i + 1), g.get(0).name(), g.get(g.size() - 1).name()));
        }
        List<PageOfRegister> pages = new ArrayList<>();
        List<SiteModel.Entry> listed = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            pages.add(new PageOfRegister(kind, i + 1, parts, groups.get(i), scratch.resolve(kind + "-" + (i + 1) + ".jsonl")));
            for (SiteModel.Entry e : groups.get(i)) listed.add(e.withMentions(partFile(kind, i + 1), List.of()));
        }
        pages.add(0, new PageOfRegister(kind, 0, parts, listed, null));
        return pages;
    }

    private static String partFile(String kind, int part) {
        return PAGE_STEMS.get(kind) + (part == 0 ? "" : "-" + part) + ".html";
    }

    /** Every mention, document by document in site order, to the scratch file of the page that shows it. */
    private void spill(List<SiteDocument> docs, List<PageOfRegister> pages, Map<String, PageOfRegister> pageOfEntry) {
        Map<Path, Writer> open = new HashMap<>();
        try {
            for (PageOfRegister p : pages) {
                if (p.showsMentions()) open.put(p.scratch(), Files.newBufferedWriter(p.scratch(), StandardCharsets.UTF_8));
            }
            List<Integer> order = IntStream.range(0, docs.size()).boxed().toList();
            Batch.map(order, threads, i -> new Read(i, CorpusSite.parse(docs.get(i).member().summary().get(), DocumentSummary.class)),
                    read -> spill(read, pageOfEntry, open));
        } catch (IOException e) {
            throw scratchFailure(e);
        } finally {
            for (Writer w : open.values()) {
                try {
                    w.close();
                } catch (IOException e) {
                    // Only a file whose writing failed can fail to close, and that failure is being reported.
                }
            }
        }
    }

    private record Read(int doc, DocumentSummary summary) { }

    private static void spill(Read read, Map<String, PageOfRegister> pageOfEntry, Map<Path, Writer> open) {
        Map<String, DocumentSummary.Entry> entryOf = new HashMap<>();
        for (DocumentSummary.Entry e : read.summary().entries()) entryOf.put(e.id(), e);
        for (DocumentSummary.Mention m : read.summary().everyMention()) {
            DocumentSummary.Entry e = entryOf.get(m.entry());
            if (e == null) continue;
            PageOfRegister page = pageOfEntry.get(RegisterBook.key(e.kind(), e.corpus()));
            if (page == null) continue;
            try {
                Writer w = open.get(page.scratch());
                w.write(LINE.writeValueAsString(new Spilled(e.corpus(), read.doc(), m.anchor(), m.text(), m.before(), m.after())));
                w.write('\n');
            } catch (IOException failure) {
                throw scratchFailure(failure);
            }
        }
    }

    private Path writePage(PageOfRegister p, List<SiteDocument> docs) {
        List<SiteModel.Entry> entries = p.showsMentions() ? withMentions(p, docs) : p.entries();
        SiteModel.RegisterPage model = new SiteModel.RegisterPage(p.part(), p.parts(), entries);
        Path target = outDir.resolve(p.file());
        OutputFiles.write(target, renderer.sitePage(model, p.kind()).getBytes(StandardCharsets.UTF_8));
        return target;
    }

    /** The page's entries, each with its mentions by document, read back from the page's scratch file. */
    private static List<SiteModel.Entry> withMentions(PageOfRegister p, List<SiteDocument> docs) {
        Map<String, Map<Integer, List<SiteModel.Mention>>> byEntry = new HashMap<>();
        try (MappingIterator<Spilled> lines = JSON.readerFor(Spilled.class).readValues(p.scratch().toFile())) {
            while (lines.hasNext()) {
                Spilled s = lines.next();
                byEntry.computeIfAbsent(s.entry(), k -> new LinkedHashMap<>()).computeIfAbsent(s.doc(), k -> new ArrayList<>())
                        .add(new SiteModel.Mention(s.anchor(), s.text(), s.before(), s.after()));
            }
        } catch (IOException e) {
            throw scratchFailure(e);
        }
        List<SiteModel.Entry> out = new ArrayList<>();
        for (SiteModel.Entry e : p.entries()) {
            List<SiteModel.Occurrence> occurrences = new ArrayList<>();
            byEntry.getOrDefault(e.id(), Map.of()).forEach((doc, mentions) -> {
                SiteModel.Document d = docs.get(doc).row();
                occurrences.add(new SiteModel.Occurrence(d.page(), d.title(), d.date(), List.copyOf(mentions)));
            });
            out.add(e.withMentions("", occurrences));
        }
        return out;
    }

    private void removeOtherParts(List<Path> written) {
        try {
            for (Path f : partsIn(outDir)) if (!written.contains(f)) Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new InputException(outDir.toString(), "cannot remove a register part an earlier build left: " + e.getMessage(),
                    "check the permissions of the site directory");
        }
    }

    /** The register parts in a site directory. */
    static List<Path> partsIn(Path outDir) {
        if (!Files.isDirectory(outDir)) return List.of();
        try (Stream<Path> files = Files.list(outDir)) {
            return files.filter(f -> PART_PAGE.matcher(f.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new InputException(outDir.toString(), "cannot list the site directory: " + e.getMessage(),
                    "check the permissions of the site directory");
        }
    }

    private static ScratchDirectory scratchDirectory() {
        try {
            return ScratchDirectory.create("teikit-mentions-");
        } catch (IOException e) {
            throw scratchFailure(e);
        }
    }

    private static InputException scratchFailure(IOException e) {
        return new InputException(System.getProperty("java.io.tmpdir"), "cannot keep the registers' mentions in scratch files: "
                + e.getMessage(), "free some space in the temporary directory, or set another with -Djava.io.tmpdir=DIR");
    }
}
