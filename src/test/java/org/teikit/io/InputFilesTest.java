package org.teikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void takesMatchingFilesFromDirectoriesRecursivelyInStableOrder() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Path z = Files.writeString(dir.resolve("z.txt"), "z");
        Path a = Files.writeString(dir.resolve("b/a.txt"), "a");
        Files.writeString(dir.resolve("b/a.xml"), "<a/>");
        Files.writeString(dir.resolve(".hidden.txt"), "h");
        InputFiles.Found found = InputFiles.expand(List.of(dir), "*.txt");
        assertEquals(List.of(a, z), found.files());
        assertTrue(found.problems().isEmpty());
    }

    @Test
    void reportsMissingPathsAndEmptyDirectories() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        InputFiles.Found found = InputFiles.expand(List.of(dir.resolve("missing.txt"), empty), "*.txt");
        assertEquals(List.of(), found.files());
        assertEquals(2, found.problems().size());
        assertTrue(found.problems().get(0).oneLine().contains("missing.txt: error: no such file or directory"));
        assertTrue(found.problems().get(1).oneLine().contains("no *.txt files in this directory"));
    }

    @Test
    void takesANamedFileWhateverItsExtension() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.md"), "x");
        assertEquals(List.of(f), InputFiles.expand(List.of(f, f), "*.txt").files());
    }

    @Test
    void renamesTheExtension() {
        assertEquals("doc.xml", InputFiles.renamed(Path.of("a/doc.txt"), ".xml"));
        assertEquals("README.html", InputFiles.renamed(Path.of("README"), ".html"));
    }
}
