package org.teikit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared measuring material lives ({@code ../shared} beside the checkout, or
 * {@code $TEIKIT_SHARED}). Tests that need it skip when it is absent; {@code .ci/run} makes
 * sure it is present and sets {@code TEIKIT_REQUIRE_SHARED=1}, so there a missing file fails
 * the test instead of skipping it.
 */
public final class SharedFiles {
    private SharedFiles() { }

    /** The shared folder, or skips the calling test when there is none. */
    public static Path require() {
        Path p = locate();
        present(p != null, "../shared is absent");
        return p;
    }

    /** A path inside the shared folder, or skips the calling test when it is absent. */
    public static Path require(String relative) {
        Path p = require().resolve(relative);
        present(Files.exists(p), relative + " is absent from ../shared");
        return p;
    }

    private static void present(boolean condition, String what) {
        if (!condition && System.getenv("TEIKIT_REQUIRE_SHARED") != null) {
            fail(what + " but TEIKIT_REQUIRE_SHARED is set");
        }
        assumeTrue(condition, what + ": skipping a test that needs it");
    }

    public static Path locate() {
        String env = System.getenv("TEIKIT_SHARED");
        if (env != null && Files.isDirectory(Path.of(env))) return Path.of(env).toAbsolutePath();
        Path beside = Path.of("").toAbsolutePath().resolveSibling("shared");
        return Files.isDirectory(beside) ? beside : null;
    }
}
