package org.teikit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.teikit.InputException;
import org.teikit.TeikitException;

/**
 * A folder of schemas kept under the URLs documents name them by, with what they include:
 * {@code schemas/} mirrors the URLs, {@code index.tsv} says what each is, {@code cache/} holds
 * what teikit compiled from them. Nothing here touches the network; see {@link SchemaFetcher}.
 *
 * <p>Changes are staged beside the store, checked, then moved in, and the index is replaced
 * atomically, so an interrupted {@code add} or {@code fetch} leaves the store as it was.
 */
public final class SchemaStore {
    private static final String INDEX_HEADER = "# teikit schema store 1: url, kind, version, size, sha256, added, file, files";

    private final Path root;
    private volatile List<StoredSchema> entries;

    private SchemaStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static SchemaStore at(Path root) {
        return new SchemaStore(root);
    }

    /** The user's store ({@link StoreLocation}). */
    public static SchemaStore standard() {
        return new SchemaStore(StoreLocation.standard());
    }

    public Path root() {
        return root;
    }

    public boolean exists() {
        return Files.isDirectory(root);
    }

    /** Where compiled Schematron is kept; null when the store does not exist (validation never creates it). */
    public @Nullable Path cacheDirectory(String what) {
        return exists() ? root.resolve("cache").resolve(what) : null;
    }

    private Path schemas() {
        return root.resolve("schemas");
    }

    /** Every schema in the store, by URL. */
    public List<StoredSchema> list() {
        List<StoredSchema> e = entries;
        if (e == null) entries = e = readIndex();
        return e;
    }

    /** The local file of the schema stored under exactly this URL. */
    public Optional<Path> find(String url) {
        String key = key(url);
        if (key == null) return Optional.empty();
        return list().stream().filter(s -> s.url().equals(key)).findFirst().map(s -> s.path(schemas()));
    }

    /**
     * The stored TEI schema of this customisation ({@code tei_all}): the one under the TEI's
     * release URL if there is one, else the newest release.
     */
    public Optional<StoredSchema> tei(String kind) {
        return list().stream().filter(s -> s.kind().equals(kind))
                .max(Comparator.comparing((StoredSchema s) -> s.url().startsWith(TeiReleases.RELAXNG_DIR))
                        .thenComparing(s -> s.version(), SchemaStore::compareVersions));
    }

    public Path file(StoredSchema schema) {
        return schema.path(schemas());
    }

    /**
     * Copies {@code file} and what it includes into the store under {@code url}, or — when url
     * is null — under the TEI's release URL of the TEI schema the file turns out to be.
     *
     * @param name how the file is named in messages; its extension decides .rng or .rnc
     */
    public StoredSchema add(Path file, String name, String url, SchemaCheck check) {
        if (!Files.isRegularFile(file)) throw new InputException(name, "schema file not found", "give the path of a .rng or .rnc file");
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".rng") && !lower.endsWith(".rnc")) {
            throw new InputException(name, "the store holds RELAX NG schemas (.rng or .rnc)", "give a .rng or .rnc file");
        }
        SchemaFacts facts = SchemaFacts.read(file, name);
        String key;
        if (url != null) {
            key = UrlPaths.parse(TeiReleases.expand(url)).toString();
        } else if (facts.isTei() && !facts.kind().equals("tei")) {
            key = TeiReleases.url(facts.kind(), facts.compact());
        } else {
            throw new InputException(name, facts.isTei() ? "a TEI customisation teikit cannot name" : "not a TEI P5 schema",
                    "say which URL documents declare it by: --as URL (the href of their <?xml-model?>)");
        }
        String mainRelative = UrlPaths.relativePath(URI.create(key));
        Map<Path, String> toCopy = new LinkedHashMap<>();
        collect(file.toAbsolutePath().normalize(), facts, mainRelative, toCopy, name);
        try {
            Files.createDirectories(root);
            Path stage = Files.createTempDirectory(root, ".stage-");
            try {
                for (var e : toCopy.entrySet()) {
                    Path target = stage.resolve(e.getValue());
                    Files.createDirectories(target.getParent());
                    Files.copy(e.getKey(), target);
                }
                check.check(stage.resolve(mainRelative), this);
                Path main = stage.resolve(mainRelative);
                StoredSchema entry = new StoredSchema(key, facts.kind() == null ? (facts.compact() ? "relaxng-compact" : "relaxng") : facts.kind(),
                        facts.version() == null ? "" : facts.version(), Files.size(main), sha256(main),
                        Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                        mainRelative, List.copyOf(toCopy.values()));
                try (Lock lock = lock()) {
                    for (String relative : toCopy.values()) moveIn(stage.resolve(relative), schemas().resolve(relative));
                    List<StoredSchema> next = new ArrayList<>(readIndex());
                    next.removeIf(s -> s.url().equals(key));
                    next.add(entry);
                    writeIndex(next);
                }
                return entry;
            } finally {
                deleteTree(stage);
            }
        } catch (IOException e) {
            throw new InputException(root.toString(), "the schema store could not be written: " + e.getMessage(),
                    "check that the folder is writable, or choose another with --store");
        }
    }

    /** Takes the schema under {@code url} out, with the files no other stored schema uses. */
    public StoredSchema remove(String url) {
        String key = key(TeiReleases.expand(url));
        try (Lock lock = lock()) {
            List<StoredSchema> all = new ArrayList<>(readIndex());
            StoredSchema gone = all.stream().filter(s -> s.url().equals(key)).findFirst().orElseThrow(() ->
                    new InputException(url, "no schema is stored under this URL", "see the stored URLs with: teikit schemas list"));
            all.remove(gone);
            writeIndex(all);
            for (String f : gone.files()) {
                if (all.stream().noneMatch(s -> s.files().contains(f))) Files.deleteIfExists(schemas().resolve(f));
            }
            return gone;
        } catch (IOException e) {
            throw new InputException(root.toString(), "the schema store could not be changed: " + e.getMessage(), null);
        }
    }

    // ------------------------------------------------------------------ includes

    private void collect(Path file, SchemaFacts facts, String relative, Map<Path, String> out, String name) {
        if (out.containsKey(file)) return;
        out.put(file, relative);
        for (String href : facts.includes()) {
            if (href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) continue;   // a URL: looked up when the schema compiles
            Path included = file.resolveSibling(href).normalize();
            if (!Files.isRegularFile(included)) {
                throw new InputException(name, "it includes \"" + href + "\", which was not found (looked for " + included + ")",
                        "keep the included files beside the schema as it refers to them");
            }
            String target = Path.of(relative).resolveSibling(href).normalize().toString().replace('\\', '/');
            String hostDir = relative.substring(0, relative.indexOf('/', relative.indexOf('/') + 1) + 1);
            if (target.startsWith("..") || !target.startsWith(hostDir)) {
                throw new InputException(name, "it includes \"" + href + "\", which lies outside its URL's site",
                        "add the included schema on its own with --as its URL");
            }
            SchemaFacts inner = SchemaFacts.read(included, included.toString());
            collect(included, inner, target, out, name);
        }
    }

    // ------------------------------------------------------------------ index

    private List<StoredSchema> readIndex() {
        Path index = root.resolve("index.tsv");
        if (!Files.isRegularFile(index)) return List.of();
        List<StoredSchema> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 8) continue;
                out.add(new StoredSchema(f[0], f[1], f[2], Long.parseLong(f[3]), f[4], Instant.parse(f[5]), f[6], List.of(f[7].split(" "))));
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(index.toString(), "the schema store's index cannot be read: " + e.getMessage(),
                    "remove the store folder and add the schemas again");
        }
        out.sort(Comparator.comparing(StoredSchema::url));
        return List.copyOf(out);
    }

    private void writeIndex(List<StoredSchema> all) throws IOException {
        List<StoredSchema> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(StoredSchema::url));
        StringBuilder sb = new StringBuilder(INDEX_HEADER).append('\n');
        for (StoredSchema s : sorted) {
            sb.append(String.join("\t", s.url(), s.kind(), s.version(), Long.toString(s.size()), s.sha256(), s.added().toString(),
                    s.file(), String.join(" ", s.files()))).append('\n');
        }
        Path tmp = Files.createTempFile(root, ".index-", ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        moveIn(tmp, root.resolve("index.tsv"));
        entries = List.copyOf(sorted);
    }

    private static @Nullable String key(String url) {
        try {
            return UrlPaths.parse(url).toString();
        } catch (TeikitException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ files

    private static void moveIn(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // A stale stage folder is harmless; its name starts with a dot and nothing reads it.
        }
    }

    /** Hex SHA-256 of a file. */
    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? number(x[i]) : 0;
            int q = i < y.length ? number(y[i]) : 0;
            if (p != q) return Integer.compare(p, q);
        }
        return 0;
    }

    private static int number(String s) {
        String digits = s.replaceAll("\\D.*$", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits.length() > 8 ? digits.substring(0, 8) : digits);
    }

    /** Serialises changes between teikit processes sharing a store. */
    private Lock lock() throws IOException {
        Files.createDirectories(root);
        FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return new Lock(channel, channel.lock());
    }

    private record Lock(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
