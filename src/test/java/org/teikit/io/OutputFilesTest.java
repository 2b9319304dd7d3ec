package org.teikit.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TeikitException;

class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFiles() throws IOException {
        Path target = dir.resolve("sub/out.xml");
        OutputFiles.write(target, "<a/>".getBytes(StandardCharsets.UTF_8));
        OutputFiles.write(target, "<b/>".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("<b/>".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void writtenFilesAreAsReadableAsAnyOtherFileTheUserMakes() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        Path written = dir.resolve("page.html");
        OutputFiles.write(written, "<p/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(written));
    }

    @Test
    void refusesToOverwriteAnInput() throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "text");
        TeikitException e = assertThrows(TeikitException.class,
                () -> OutputFiles.refuseOverwritingInput(dir.resolve("./in.txt"), List.of(input)));
        assertTrue(e.oneLine().contains("would overwrite the input"), e.oneLine());
    }

    @Test
    void refusesAnOutputDirectoryHoldingAnInput() throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "text");
        TeikitException e = assertThrows(TeikitException.class,
                () -> OutputFiles.refuseDirectoryAmongInputs(dir, List.of(input), List.of(input)));
        assertTrue(e.oneLine().contains("the output directory holds the input"), e.oneLine());
    }

    @Test
    void refusesAnOutputDirectoryInsideAnInputDirectory() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Path input = Files.writeString(texts.resolve("in.txt"), "text");
        TeikitException e = assertThrows(TeikitException.class,
                () -> OutputFiles.refuseDirectoryAmongInputs(texts.resolve("site"), List.of(texts), List.of(input)));
        assertTrue(e.oneLine().contains("lies inside the input directory"), e.oneLine());
    }

    @Test
    void acceptsAnOutputDirectoryBesideTheInputDirectory() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Path input = Files.writeString(texts.resolve("in.txt"), "text");
        OutputFiles.refuseDirectoryAmongInputs(dir.resolve("site"), List.of(texts), List.of(input));
    }

    @Test
    void acceptsAnOutputBesideTheInput() throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "text");
        OutputFiles.refuseOverwritingInput(dir.resolve("in.xml"), List.of(input));
    }

    @Test
    void reportsAnUnwritableDirectoryInOneLine() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        TeikitException e = assertThrows(TeikitException.class,
                () -> OutputFiles.write(blocker.resolve("out.xml"), new byte[] {1}));
        assertTrue(e.oneLine().startsWith(blocker.resolve("out.xml") + ": error: cannot write"), e.oneLine());
    }
}
