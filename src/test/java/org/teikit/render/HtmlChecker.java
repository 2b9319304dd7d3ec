package org.teikit.render;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Nu Html Checker, run in a JVM of its own: it carries its own Jing, which must not meet
 * Jing 20241231 on the test class path. Maven writes its class path to target/vnu.classpath.
 */
final class HtmlChecker {
    private HtmlChecker() { }

    /** The checker's error lines for these pages; skips the calling test when the checker is absent. */
    static List<String> errors(List<Path> pages) throws IOException, InterruptedException {
        String file = System.getProperty("teikit.vnu.classpath", "target/vnu.classpath");
        Path classpath = Path.of(file);
        assumeTrue(Files.isRegularFile(classpath), "no " + file + ": the Nu Html Checker is not set up; skipping");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Files.readString(classpath).strip(),
                "nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--format", "gnu"));
        for (Path page : pages) command.add(page.toAbsolutePath().toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the Nu Html Checker did not finish");
        }
        // The checker's web-server library announces itself on start; that line is no finding.
        return output.lines().filter(l -> l.contains("error")).filter(l -> !l.contains("Logging initialized")).toList();
    }
}
