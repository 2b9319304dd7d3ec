package org.teikit.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.teikit.InputException;
import org.teikit.store.SchemaStore;
import org.teikit.store.StoredSchema;
import org.teikit.store.TeiReleases;

/**
 * Finds the official {@code tei_all} on this machine, never on the network: the user's catalog
 * (mapping the TEI's release URL), the schema store, or {@code $TEI_ALL_RNG}.
 */
public final class TeiAll {
    /** The URL the TEI publishes tei_all.rng under; a catalog can map it to a local copy. */
    public static final String RELEASE_URL = TeiReleases.TEI_ALL;
    static final String ENV = "TEI_ALL_RNG";
    /** What to tell a user who has no tei_all. */
    public static final String HOW_TO_ADD = "add it once with `teikit schemas fetch tei-all`, which downloads it from the TEI,"
            + " or `teikit schemas add tei_all.rng` for a copy you have";

    private final Catalogs catalogs;
    private final SchemaStore store;
    private final Function<String, String> env;

    TeiAll(Catalogs catalogs, SchemaStore store, Function<String, String> env) {
        this.catalogs = catalogs;
        this.store = store;
        this.env = env;
    }

    public static TeiAll standard(Catalogs catalogs, SchemaStore store) {
        return new TeiAll(catalogs, store, System::getenv);
    }

    /**
     * A local tei_all.
     *
     * @param file  the schema
     * @param about how reports name it: "tei_all.rng (TEI P5 4.11.0, schema store)"
     */
    public record Found(Path file, String about) { }

    /** The local tei_all.rng, or a clear error saying how to provide it. */
    public Path require() {
        return find().map(Found::file).orElseThrow(() -> new InputException("tei_all.rng",
                "the official TEI schema is not in the schema store (" + store.root() + ")", HOW_TO_ADD));
    }

    public Optional<Path> locate() {
        return find().map(Found::file);
    }

    public Optional<Found> find() {
        Optional<Path> mapped = catalogs.lookup(RELEASE_URL).filter(u -> "file".equals(u.getScheme())).map(Path::of).filter(Files::isRegularFile);
        if (mapped.isPresent()) return Optional.of(new Found(mapped.get().toAbsolutePath().normalize(), "tei_all.rng (from the catalog)"));
        Optional<StoredSchema> stored = store.tei("tei_all");
        if (stored.isPresent() && Files.isRegularFile(store.file(stored.get()))) {
            StoredSchema s = stored.get();
            return Optional.of(new Found(store.file(s), "tei_all" + (s.version().isEmpty() ? "" : " (TEI P5 " + s.version() + ")")
                    + " from the schema store"));
        }
        String fromEnv = env.apply(ENV);
        if (fromEnv != null && !fromEnv.isBlank() && Files.isRegularFile(Path.of(fromEnv))) {
            return Optional.of(new Found(Path.of(fromEnv).toAbsolutePath().normalize(), "tei_all.rng (from $" + ENV + ")"));
        }
        return Optional.empty();
    }
}
