package org.teikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the build packs (run by failsafe, after {@code package}): {@code teikit.jar}, and any other
 * jar of the product, without the benchmark harness; {@code teikit-bench.jar} with the harness
 * alone, runnable beside it.
 */
@Integration
class PackagedJarsIT {
    private static final Path TARGET = Path.of(System.getProperty("teikit.jars", "target"));
    private static final Path PRODUCT = TARGET.resolve("teikit.jar");
    private static final Path BENCH = TARGET.resolve("teikit-bench.jar");

    @Test
    void theProductJarsHoldNoBenchmarkClass() throws IOException {
        try (JarFile jar = new JarFile(PRODUCT.toFile())) {
            assertNotNull(jar.getEntry("org/teikit/cli/Main.class"), "the command line is in " + PRODUCT);
        }
        List<Path> products;
        try (Stream<Path> files = Files.list(TARGET)) {
            products = files.filter(f -> f.toString().endsWith(".jar") && !f.equals(BENCH)).sorted().toList();
        }
        assertTrue(products.contains(PRODUCT), products.toString());
        for (Path product : products) {
            try (JarFile jar = new JarFile(product.toFile())) {
                assertEquals(List.of(), names(jar).stream().filter(n -> n.startsWith("org/teikit/bench/")).toList(), product.toString());
            }
        }
    }

    @Test
    void theBenchJarHoldsTheHarnessAloneAndNamesTeikitBesideIt() throws IOException {
        try (JarFile jar = new JarFile(BENCH.toFile())) {
            assertNotNull(jar.getEntry("org/teikit/bench/BenchCommand.class"));
            List<String> strays = names(jar).stream()
                    .filter(n -> !n.startsWith("org/teikit/bench/") && !n.startsWith("META-INF/") && !n.equals("org/") && !n.equals("org/teikit/"))
                    .toList();
            assertEquals(List.of(), strays, "only the harness");
            assertEquals(List.of(), names(jar).stream().filter(n -> n.matches(".*Test(\\$.*)?\\.class")).toList(), "no test class");
            Attributes main = jar.getManifest().getMainAttributes();
            assertEquals("org.teikit.bench.BenchCommand", main.getValue(Attributes.Name.MAIN_CLASS));
            assertEquals("teikit.jar", main.getValue(Attributes.Name.CLASS_PATH));
        }
    }

    @Test
    void theBenchJarRunsBesideTheProductJar() throws Exception {
        // --version is read from teikit.jar's own resources: it answers only if the Class-Path holds.
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", BENCH.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.startsWith("teikit ") && !out.contains("unknown"), out);
    }

    private static List<String> names(JarFile jar) {
        return jar.stream().map(JarEntry::getName).toList();
    }
}
