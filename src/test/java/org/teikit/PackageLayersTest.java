package org.teikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packages depend one way, lowest first as {@link PackageLayers#LAYERS} lists them, and each says its job. */
class PackageLayersTest {
    private static final List<Path> SOURCES = List.of(Path.of("src", "main", "java"), Path.of("src", "bench", "java"));

    @Test
    void teikitsPackagesUseOnlyThoseBelowThem() {
        List<String> found = PackageLayers.violations(SOURCES.toArray(Path[]::new));
        assertEquals(List.of(), found, "backward uses:\n" + String.join("\n", found));
    }

    @Test
    void aBackwardImportIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path render = write(dir, "org/teikit/render/Page.java", """
                package org.teikit.render;

                import org.teikit.io.OutputFiles;
                import org.teikit.pipeline.SiteBuild;

                class Page { }
                """);
        assertEquals(List.of(render + ":4: org.teikit.render uses org.teikit.pipeline.SiteBuild, which is not below it"),
                PackageLayers.violations(dir));
    }

    @Test
    void fullyQualifiedNamesStaticAndWildcardImportsCountButCommentsAndStringsDoNot(@TempDir Path dir) throws IOException {
        write(dir, "org/teikit/source/Reader.java", """
                package org.teikit.source;

                import static org.teikit.tei.Tei.NS;
                import org.teikit.cli.*;

                /** Unlike {@link org.teikit.cli.Main}, this reads. */
                class Reader {
                    String main = "org.teikit.cli.Main"; // org.teikit.cli.Main
                    Object encoder = new org.teikit.tei.TeiEncoder();
                }
                """);
        List<String> found = PackageLayers.violations(dir);
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).endsWith(":3: org.teikit.source uses org.teikit.tei.Tei, which is not below it"), found.get(0));
        assertTrue(found.get(1).contains(":4: org.teikit.source uses org.teikit.cli.*"), found.get(1));
        assertTrue(found.get(2).contains(":9: org.teikit.source uses org.teikit.tei.TeiEncoder"), found.get(2));
    }

    @Test
    void neighboursOnOneLayerMayNotUseEachOther() {
        assertTrue(!PackageLayers.allowed("org.teikit.validate", "org.teikit.render"));
        assertTrue(!PackageLayers.allowed("org.teikit.render", "org.teikit.validate"));
        assertTrue(PackageLayers.allowed("org.teikit.render", "org.teikit.batch"));
    }

    @Test
    void aPackageAndItsSubPackagesAreOneUnitAndTheRootStandsAlone() {
        assertTrue(PackageLayers.allowed("org.teikit.annotate", "org.teikit.annotate.date"));
        assertTrue(PackageLayers.allowed("org.teikit.annotate.entity", "org.teikit.annotate"));
        assertTrue(PackageLayers.allowed("org.teikit.io", "org.teikit"));
        assertTrue(!PackageLayers.allowed("org.teikit", "org.teikit.io"));
    }

    @Test
    void aPackageWithNoLayerIsReported(@TempDir Path dir) throws IOException {
        Path file = write(dir, "org/teikit/extra/Thing.java", "package org.teikit.extra;\nclass Thing { }\n");
        assertEquals(List.of(file + ": package org.teikit.extra has no layer: add it to PackageLayers.LAYERS"),
                PackageLayers.violations(dir));
    }

    /** Every package has a package-info.java with its job (one Javadoc line) and JSpecify's @NullMarked. */
    @Test
    void everyPackageSaysItsJobAndIsNullMarked() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> dirs = Files.walk(root)) {
                for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                    if (!hasJava(d)) continue;
                    Path info = d.resolve("package-info.java");
                    if (!Files.exists(info)) {
                        missing.add(info + ": missing");
                        continue;
                    }
                    String text = Files.readString(info, StandardCharsets.UTF_8);
                    if (!text.contains("/**")) missing.add(info + ": no Javadoc saying the package's job");
                    if (!text.contains("@NullMarked") && !text.contains("@org.jspecify.annotations.NullMarked")) {
                        missing.add(info + ": not @NullMarked");
                    }
                }
            }
        }
        assertEquals(List.of(), missing, String.join("\n", missing));
    }

    private static boolean hasJava(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        }
    }

    private static Path write(Path root, String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
