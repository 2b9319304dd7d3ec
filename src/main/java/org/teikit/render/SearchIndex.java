package org.teikit.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.teikit.InputException;
import org.teikit.batch.Batch;
import org.teikit.io.OutputFiles;
import org.teikit.io.ScratchDirectory;

/**
 * The corpus index in pieces a browser loads only when asked, so that the index page of a large
 * corpus opens at once: {@code data/docs-N.js} holds the index rows of documents N·{@value #ROWS}
 * onwards (the page itself shows the first piece), and {@code data/words-KEY.js} the full-text
 * search index of the words beginning with KEY (their first two letters, folded as
 * {@code tk:fold} folds them) — each word with the numbers of the documents, in site order, that
 * hold it. The script loads a piece with a {@code script} element (a page opened from disk may
 * not fetch files) and each piece hands its data to {@code window.tkIndexData}.
 *
 * <p>Memory does not grow with the corpus: the words of each document go to one of a few
 * scratch files by their key, and each piece is made from its scratch file alone.
 */
final class SearchIndex {
    /** Index rows per piece. */
    static final int ROWS = 500;
    static final String DIR = "data";
    private static final int SCRATCH_FILES = 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path outDir;
    private final int threads;

    SearchIndex(Path outDir, int threads) {
        this.outDir = outDir;
        this.threads = threads;
    }

    /** Writes every piece of {@code docs} (in site order), removes pieces an earlier build left, and returns what it wrote. */
    List<Path> write(List<SiteDocument> docs) {
        List<Path> written = new ArrayList<>();
        for (int from = 0; from < docs.size(); from += ROWS) {
            List<SiteModel.Document> rows = docs.subList(from, Math.min(docs.size(), from + ROWS)).stream().map(SiteDocument::row).toList();
            written.add(piece("docs-" + (from / ROWS), "docs(" + (from / ROWS) + ", " + json(rows) + ");"));
        }
        written.addAll(words(docs));
        removeOthers(written);
        return written;
    }

    /** Folded words are keyed by their first two characters; a file name keeps ASCII letters and digits and spells out the rest. */
    static String key(String word) {
        StringBuilder key = new StringBuilder();
        word.codePoints().limit(2).forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key.append((char) c);
            else key.append('_').append(Integer.toHexString(c));
        });
        return key.toString();
    }

    private List<Path> words(List<SiteDocument> docs) {
        try (ScratchDirectory scratch = ScratchDirectory.create("teikit-words-")) {
            List<Path> files = IntStream.range(0, SCRATCH_FILES).mapToObj(i -> scratch.path().resolve(i + ".tsv")).toList();
            spill(docs, files);
            List<Path> written = new ArrayList<>();
            for (Path f : files) written.addAll(pieces(f));
            return written;
        } catch (IOException e) {
            throw new InputException(System.getProperty("java.io.tmpdir"), "cannot keep the search index in scratch files: "
                    + e.getMessage(), "free some space in the temporary directory, or set another with -Djava.io.tmpdir=DIR");
        }
    }

    /** Each document's words, document by document in site order, to the scratch file of their key. */
    private void spill(List<SiteDocument> docs, List<Path> files) throws IOException {
        List<Writer> open = new ArrayList<>();
        try {
            for (Path f : files) open.add(Files.newBufferedWriter(f, StandardCharsets.UTF_8));
            List<Integer> order = IntStream.range(0, docs.size()).boxed().toList();
            Batch.map(order, threads, i -> Map.entry(i, CorpusSite.parse(docs.get(i).member().summary().get(), DocumentSummary.Words.class).list()), read -> {
                try {
                    for (String w : read.getValue()) {
                        if (w.isEmpty() || w.indexOf('\t') >= 0 || w.indexOf('\n') >= 0) continue;
                        Writer out = open.get(Math.floorMod(key(w).hashCode(), SCRATCH_FILES));
                        out.write(w);
                        out.write('\t');
                        out.write(Integer.toString(read.getKey()));
                        out.write('\n');
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (Writer w : open) w.close();
        }
    }

    /** The pieces of one scratch file: its words grouped by key, each word's documents in site order. */
    private List<Path> pieces(Path scratch) throws IOException {
        Map<String, Map<String, List<Integer>>> byKey = new TreeMap<>();
        try (BufferedReader in = Files.newBufferedReader(scratch, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                String word = line.substring(0, tab);
                byKey.computeIfAbsent(key(word), k -> new TreeMap<>()).computeIfAbsent(word, k -> new ArrayList<>())
                        .add(Integer.parseInt(line.substring(tab + 1)));
            }
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Integer>>> e : byKey.entrySet()) {
            written.add(piece("words-" + e.getKey(), "words(" + json(e.getKey()) + ", " + json(new LinkedHashMap<>(e.getValue())) + ");"));
        }
        return written;
    }

    /** Writes a piece unless it holds these bytes already: a corpus that changed in one document changes few pieces. */
    private Path piece(String name, String call) {
        Path target = outDir.resolve(DIR).resolve(name + ".js");
        byte[] bytes = ("window.tkIndexData." + call + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) return target;
        } catch (IOException e) {
            // Unreadable: written anew.
        }
        OutputFiles.write(target, bytes);
        return target;
    }

    private void removeOthers(List<Path> written) {
        Path dir = outDir.resolve(DIR);
        if (!Files.isDirectory(dir)) return;
        java.util.Set<Path> keep = new java.util.HashSet<>(written);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (!keep.contains(f) && (n.startsWith("docs-") || n.startsWith("words-")) && n.endsWith(".js")) Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot remove a search piece an earlier build left: " + e.getMessage(),
                    "check the permissions of the site directory");
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index as JSON", e);
        }
    }
}
