package org.teikit.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TeikitException;

class InputIndexTest {
    @TempDir
    Path dir;

    @Test
    void refusesAnInputGivenByAnotherSpelling() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "x");
        InputIndex index = new InputIndex(List.of(in));
        TeikitException e = assertThrows(TeikitException.class, () -> index.refuseAsOutput(dir.resolve("sub/../a.txt")));
        assertTrue(e.oneLine().contains("the output would overwrite the input " + in), e.oneLine());
    }

    @Test
    void refusesAnInputReachedThroughALink() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "x");
        Path link = Files.createLink(dir.resolve("hard.txt"), in);
        InputIndex index = new InputIndex(List.of(in));
        assertThrows(TeikitException.class, () -> index.refuseAsOutput(link));
    }

    @Test
    void letsEveryOtherOutputThrough() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "x");
        Path b = Files.writeString(dir.resolve("b.txt"), "y");
        Path existingOutput = Files.writeString(dir.resolve("a.xml"), "<old/>");
        InputIndex index = new InputIndex(List.of(a, b));
        assertDoesNotThrow(() -> index.refuseAsOutput(existingOutput));
        assertDoesNotThrow(() -> index.refuseAsOutput(dir.resolve("not-yet.xml")));
    }

    @Test
    void manyOutputsAreCheckedAgainstTheInputsAtOnce() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "x");
        TeikitException e = assertThrows(TeikitException.class,
                () -> OutputFiles.refuseOverwritingInputs(List.of(dir.resolve("a.xml"), dir.resolve("./a.txt")), List.of(a)));
        assertTrue(e.oneLine().startsWith(dir.resolve("./a.txt").toString()), e.oneLine());
    }
}
