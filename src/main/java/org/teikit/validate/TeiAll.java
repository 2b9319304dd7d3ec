package org.teikit.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.teikit.TeikitException;

/**
 * Finds the official {@code tei_all.rng} on this machine, never on the network: through the
 * user's catalog (mapping the TEI's release URL), {@code $TEI_ALL_RNG}, or
 * {@code ../shared/tei/tei_all.rng} beside the working directory or the jar.
 */
public final class TeiAll {
    /** The URL the TEI publishes tei_all.rng under; a catalog can map it to a local copy. */
    public static final String RELEASE_URL = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng";
    static final String ENV = "TEI_ALL_RNG";
    private static final String SHARED = "shared/tei/tei_all.rng";

    private final Catalogs catalogs;
    private final Function<String, String> env;
    private final Path workingDirectory;
    private final Optional<Path> jarDirectory;

    TeiAll(Catalogs catalogs, Function<String, String> env, Path workingDirectory, Optional<Path> jarDirectory) {
        this.catalogs = catalogs;
        this.env = env;
        this.workingDirectory = workingDirectory;
        this.jarDirectory = jarDirectory;
    }

    public static TeiAll standard(Catalogs catalogs) {
        return new TeiAll(catalogs, System::getenv, Path.of("").toAbsolutePath(), jarDirectory());
    }

    /** The local tei_all.rng, or a clear error saying how to provide it. */
    public Path require() {
        return locate().orElseThrow(() -> new TeikitException("tei_all.rng", "the official TEI schema is not available on this machine",
                "download tei_all.rng from the TEI release (" + RELEASE_URL + ") once, then set $" + ENV
                        + " to its path, or map that URL to it in a catalog given with --catalog"));
    }

    public Optional<Path> locate() {
        for (Path p : candidates()) {
            if (Files.isRegularFile(p)) return Optional.of(p.toAbsolutePath().normalize());
        }
        return Optional.empty();
    }

    private List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        catalogs.lookup(RELEASE_URL).filter(u -> "file".equals(u.getScheme())).map(Path::of).ifPresent(out::add);
        String fromEnv = env.apply(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) out.add(Path.of(fromEnv));
        out.add(workingDirectory.resolve("..").resolve(SHARED));
        jarDirectory.ifPresent(dir -> {
            out.add(dir.resolve("..").resolve(SHARED));        // jar at the top of a checkout
            out.add(dir.resolve("../..").resolve(SHARED));     // jar in target/ of a checkout
        });
        return out;
    }

    private static Optional<Path> jarDirectory() {
        try {
            var source = TeiAll.class.getProtectionDomain().getCodeSource();
            if (source == null) return Optional.empty();
            URI uri = source.getLocation().toURI();
            Path p = Path.of(uri);
            return Optional.ofNullable(Files.isDirectory(p) ? p : p.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
