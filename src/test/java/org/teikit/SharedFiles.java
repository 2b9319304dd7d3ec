package org.teikit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared measuring material lives ({@code ../shared} beside the checkout, or
 * {@code $TEIKIT_SHARED}). Tests that need it skip when it is absent; {@code .ci/run} makes
 * sure it is present, so there they run.
 */
public final class SharedFiles {
    private SharedFiles() { }

    /** The shared folder, or skips the calling test when there is none. */
    public static Path require() {
        Path p = locate();
        assumeTrue(p != null, "../shared is absent: skipping a test that needs it");
        return p;
    }

    /** A path inside the shared folder, or skips the calling test when it is absent. */
    public static Path require(String relative) {
        Path p = require().resolve(relative);
        assumeTrue(Files.exists(p), relative + " is absent from ../shared: skipping");
        return p;
    }

    public static Path locate() {
        String env = System.getenv("TEIKIT_SHARED");
        if (env != null && Files.isDirectory(Path.of(env))) return Path.of(env).toAbsolutePath();
        Path beside = Path.of("").toAbsolutePath().resolveSibling("shared");
        return Files.isDirectory(beside) ? beside : null;
    }
}
